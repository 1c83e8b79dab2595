package id.kerjasama.query.publicregister;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.ExemptionGround;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.Term;
import id.kerjasama.query.cooperation.CooperationDetail;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static id.kerjasama.cooperation.PublicEntryField.*;

/**
 * What the public may see of a signed cooperation (UU 14/2008 art. 11): the parties, the type, the affairs, the
 * objective, the term, and the signed documents as signed, each with its file's name and hash and where to download
 * the signed original. Never drafts, deliberations, internal notes or who operated the system. What an exemption
 * withholds (art. 17) is left out, a withheld field as null and a withheld document altogether, and {@code withheld}
 * says what is withheld, on which ground and until when, with the PPID's decision a citizen may object to.
 */
public record PublicCooperation(String id, String title, CooperationType type, String typeTerm, Stage stage,
                                String stageTerm, CooperationDetail.RegionView region, String partnerName,
                                Set<GovernmentAffair> affairs, String objective, LocalDate signedOn, LocalDate termEnd,
                                List<SignedDocument> documents, List<Withheld> withheld) {

    /** Where the public downloads a signed original, without a token. */
    public static final String DOWNLOAD = "/api/public/cooperations/{id}/documents/{documentId}/file";

    /**
     * A signed document as the public sees it; {@code download} is the path of its signed original, once the file is
     * in the archive and while the agreement is in force.
     */
    public record SignedDocument(String documentId, DocumentKind kind, String documentNumber, String title,
                                 List<String> scope, Term term, Set<FundingSource> funding, LocalDate signedOn,
                                 String signedAt, List<Signatory> signatories, String fileName, String fileSha256,
                                 String download) {
    }

    /**
     * What one exemption withholds (a document, named by id and kind only, or fields), on which ground of art. 17,
     * by which decision of the PPID, up to and including {@code until}.
     */
    public record Withheld(String documentId, DocumentKind documentKind, Set<PublicEntryField> fields,
                           ExemptionGround ground, String groundTerm, String groundLabel, String article,
                           String decisionNumber, LocalDate decidedOn, LocalDate until) {
    }

    static PublicCooperation of(CooperationDetail d, Withholding w) {
        CooperationDetail.Document framework = d.framework();
        List<SignedDocument> signed = d.documents.stream()
                .filter(doc -> doc.signing != null && !w.withholdsDocument(doc.documentId))
                .map(doc -> new SignedDocument(doc.documentId, doc.kind, w.unless(DOCUMENT_NUMBER, doc.signing.documentNumber()),
                        w.unless(TITLE, doc.content.title()), w.unless(SCOPE, doc.content.scope()), doc.effectiveTerm,
                        w.unless(FUNDING, doc.content.funding().sources()), doc.signing.signedOn(),
                        w.unless(SIGNED_AT, doc.signing.signedAt()), w.unless(SIGNATORIES, doc.signing.signatories()),
                        doc.signing.signedFile().fileName(), doc.signing.signedFile().sha256(),
                        archived(published(d, w, doc.documentId)) ? DOWNLOAD.replace("{id}", d.id).replace("{documentId}", doc.documentId) : null))
                .toList();
        List<Withheld> withheld = w.exemptions().stream().map(e -> new Withheld(e.documentId,
                e.documentId == null ? null : d.document(e.documentId).kind, e.documentId == null ? e.fields : null,
                e.ground, e.ground.term(), e.ground.label(), e.ground.article(), e.decisionNumber, e.decidedOn, e.until))
                .toList();
        return new PublicCooperation(d.id, w.unless(TITLE, d.title), d.type, d.type.term(), d.stage, d.stage.term(),
                d.initiatingRegion, w.unless(PARTNER_NAME, d.partner.name()), w.unless(AFFAIRS, d.affairs),
                w.unless(OBJECTIVE, d.objective), framework.signing.signedOn(), framework.effectiveTerm.end(), signed,
                withheld);
    }

    /**
     * The file the public may download today, null for any other: the signed original of an agreement in force (its KB
     * or NK signed, the cooperation not ended) that no exemption withholds.
     */
    static CooperationDetail.RecordedFile published(CooperationDetail d, Withholding w, String documentId) {
        CooperationDetail.RecordedFile file = d.file(documentId);
        boolean inForce = isPublic(d) && d.endReason == null;
        return inForce && file != null && file.signedOriginal && !w.withholdsDocument(documentId) ? file : null;
    }

    private static boolean archived(CooperationDetail.RecordedFile file) {
        return file != null && file.archived != null;
    }

    /** Whether the cooperation is in the public register: its KB or NK is signed. */
    static boolean isPublic(CooperationDetail d) {
        CooperationDetail.Document framework = d.framework();
        return framework != null && framework.signing != null;
    }
}
