package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Brings in a KB or NK signed before the region adopted the system, with its source document. */
public record ImportSignedAgreement(@TargetAggregateIdentifier CooperationId cooperationId,
                                    CooperationType type,
                                    String reportedLabel,
                                    RegionCode initiatingRegion,
                                    String initiatingUnit,
                                    Partner partner,
                                    Set<GovernmentAffair> affairs,
                                    DocumentId documentId,
                                    DocumentKind kind,
                                    String documentNumber,
                                    AgreementContent content,
                                    List<Signatory> signatories,
                                    @HappenedOn LocalDate signedOn,
                                    String signedAt,
                                    DocumentReference signedFile,
                                    DocumentReference sourceDocument,
                                    String note) {

    public ImportSignedAgreement {
        cooperationId = cooperationId == null ? CooperationId.generate() : cooperationId;
        Require.present(type, "type");
        reportedLabel = Require.optionalText(reportedLabel, "reportedLabel");
        Require.present(initiatingRegion, "initiatingRegion");
        initiatingUnit = Require.text(initiatingUnit, "initiatingUnit");
        Require.present(partner, "partner");
        affairs = Require.nonEmpty(affairs, "affairs");
        documentId = documentId == null ? DocumentId.generate() : documentId;
        Require.present(kind, "kind");
        documentNumber = Require.text(documentNumber, "documentNumber");
        Require.present(content, "content");
        signatories = Require.nonEmpty(signatories, "signatories");
        Require.present(signedOn, "signedOn");
        signedAt = Require.text(signedAt, "signedAt");
        Require.present(signedFile, "signedFile");
        Require.present(sourceDocument, "sourceDocument");
        note = Require.optionalText(note, "note");
    }
}
