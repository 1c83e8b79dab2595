package id.kerjasama.query.publicregister.web;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.Term;
import id.kerjasama.query.cooperation.CooperationDetail;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the public may see of a signed cooperation (UU 14/2008 art. 11): the parties, the object, and the signed
 * documents as signed. Never drafts, deliberations, internal notes or who operated the system.
 */
public record PublicCooperation(String id, String title, CooperationType type, String typeTerm, Stage stage,
                                String stageTerm, CooperationDetail.RegionView region, String partnerName,
                                Set<GovernmentAffair> affairs, LocalDate signedOn, LocalDate termEnd,
                                List<SignedDocument> documents) {

    public record SignedDocument(String documentId, DocumentKind kind, String documentNumber, String title,
                                 List<String> scope, Term term, Set<FundingSource> funding, LocalDate signedOn,
                                 String signedAt, List<Signatory> signatories, String fileSha256) {
    }

    static PublicCooperation of(CooperationDetail d) {
        CooperationDetail.Document framework = d.framework();
        List<SignedDocument> signed = d.documents.stream().filter(doc -> doc.signing != null)
                .map(doc -> new SignedDocument(doc.documentId, doc.kind, doc.signing.documentNumber(), doc.content.title(),
                        doc.content.scope(), doc.effectiveTerm, doc.content.funding().sources(), doc.signing.signedOn(),
                        doc.signing.signedAt(), doc.signing.signatories(), doc.signing.signedFile().sha256()))
                .toList();
        return new PublicCooperation(d.id, d.title, d.type, d.type.term(), d.stage, d.stage.term(), d.initiatingRegion,
                d.partner.name(), d.affairs, framework.signing.signedOn(), framework.effectiveTerm.end(), signed);
    }

    static boolean isPublic(CooperationDetail d) {
        CooperationDetail.Document framework = d.framework();
        return framework != null && framework.signing != null;
    }
}
