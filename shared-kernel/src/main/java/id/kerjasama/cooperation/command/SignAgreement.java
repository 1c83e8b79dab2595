package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Records the signing of an approved document, with every signatory and the SHA-256 of the signed file. */
public record SignAgreement(@TargetAggregateIdentifier CooperationId cooperationId,
                            DocumentId documentId,
                            String documentNumber,
                            List<Signatory> signatories,
                            @HappenedOn LocalDate signedOn,
                            String signedAt,
                            DocumentReference signedFile) implements CooperationCommand {

    public SignAgreement {
        Require.present(cooperationId, "cooperationId");
        Require.present(documentId, "documentId");
        documentNumber = Require.text(documentNumber, "documentNumber");
        signatories = Require.nonEmpty(signatories, "signatories");
        Require.present(signedOn, "signedOn");
        signedAt = Require.text(signedAt, "signedAt");
        Require.present(signedFile, "signedFile");
    }
}
