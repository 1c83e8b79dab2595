package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that a follow-up action of an evaluation (numbered from 1, in the evaluation's order) was carried out. */
public record CompleteFollowUpAction(@TargetAggregateIdentifier CooperationId cooperationId,
                                     EvaluationId evaluationId,
                                     Integer actionNumber,
                                     @HappenedOn LocalDate completedOn,
                                     String note) implements CooperationCommand {

    public CompleteFollowUpAction {
        Require.present(cooperationId, "cooperationId");
        Require.present(evaluationId, "evaluationId");
        Require.present(actionNumber, "actionNumber");
        // a missing number is already refused: checking its value too would end the checks before completedOn's
        Require.that(actionNumber == null || actionNumber >= 1, "actionNumber", "AT_LEAST_ONE", "actionNumber counts from 1");
        Require.present(completedOn, "completedOn");
        note = Require.optionalText(note, "note");
    }
}
