package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Answers an evaluation's recommendation to stop with the recorded reasons to continue instead. */
public record JustifyContinuation(@TargetAggregateIdentifier CooperationId cooperationId,
                                  EvaluationId evaluationId,
                                  String justification) implements CooperationCommand {

    public JustifyContinuation {
        Require.present(cooperationId, "cooperationId");
        Require.present(evaluationId, "evaluationId");
        justification = Require.text(justification, "justification");
    }
}
