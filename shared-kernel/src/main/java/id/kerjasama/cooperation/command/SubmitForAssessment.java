package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands a complete preparation to the regional coordination team (TKKSD). */
public record SubmitForAssessment(@TargetAggregateIdentifier CooperationId cooperationId) implements CooperationCommand {

    public SubmitForAssessment {
        Require.present(cooperationId, "cooperationId");
    }
}
