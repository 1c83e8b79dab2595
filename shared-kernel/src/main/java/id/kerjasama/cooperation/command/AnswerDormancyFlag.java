package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DormancyAnswer;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Answers the open dormancy flag raised for {@code reason}: revive it with an action plan of owned, dated actions,
 * or record the decision to amend or to terminate it.
 */
public record AnswerDormancyFlag(@TargetAggregateIdentifier CooperationId cooperationId,
                                 DormancyReason reason,
                                 DormancyAnswer answer,
                                 List<FollowUpAction> actionPlan,
                                 String explanation) implements CooperationCommand {

    public AnswerDormancyFlag {
        Require.present(cooperationId, "cooperationId");
        Require.present(reason, "reason");
        Require.present(answer, "answer");
        actionPlan = Require.list(actionPlan, "actionPlan");
        explanation = Require.text(explanation, "explanation");
    }
}
