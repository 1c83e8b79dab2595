package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The TKKSD approves a draft for signing. */
public record ApproveDraft(@TargetAggregateIdentifier CooperationId cooperationId,
                           DocumentId documentId) implements CooperationCommand {

    public ApproveDraft {
        Require.present(cooperationId, "cooperationId");
        Require.present(documentId, "documentId");
    }
}
