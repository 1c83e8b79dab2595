package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drafts an adendum to a signed document; once approved and signed, it changes the document without touching the signed original. */
public record AmendAgreement(@TargetAggregateIdentifier CooperationId cooperationId,
                             DocumentId documentId,
                             DocumentId amendedDocumentId,
                             String changes,
                             AgreementContent content) implements CooperationCommand {

    public AmendAgreement {
        Require.present(cooperationId, "cooperationId");
        documentId = documentId == null ? DocumentId.generate() : documentId;
        Require.present(amendedDocumentId, "amendedDocumentId");
        changes = Require.text(changes, "changes");
        Require.present(content, "content");
    }
}
