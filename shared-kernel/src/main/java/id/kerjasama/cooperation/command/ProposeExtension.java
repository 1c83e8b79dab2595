package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a new cooperation that continues this one; it goes through the whole procedure again. */
public record ProposeExtension(@TargetAggregateIdentifier CooperationId cooperationId,
                               CooperationId successorId,
                               String title,
                               String rationale) implements CooperationCommand {

    public ProposeExtension {
        Require.present(cooperationId, "cooperationId");
        successorId = successorId == null ? CooperationId.generate() : successorId;
        title = Require.text(title, "title");
        rationale = Require.text(rationale, "rationale");
    }
}
