package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The TKKSD takes up a submitted cooperation. */
public record StartAssessment(@TargetAggregateIdentifier CooperationId cooperationId) implements CooperationCommand {

    public StartAssessment {
        Require.present(cooperationId, "cooperationId");
    }
}
