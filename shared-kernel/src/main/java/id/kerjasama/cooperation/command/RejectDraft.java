package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The TKKSD sends a draft back with its reason. */
public record RejectDraft(@TargetAggregateIdentifier CooperationId cooperationId,
                          DocumentId documentId,
                          String reason) implements CooperationCommand {

    public RejectDraft {
        Require.present(cooperationId, "cooperationId");
        Require.present(documentId, "documentId");
        reason = Require.text(reason, "reason");
    }
}
