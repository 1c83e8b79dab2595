package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationCriterion;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Records an evaluation: self-report, TKKSD review or the secretariat's final evaluation. */
public record RecordEvaluation(@TargetAggregateIdentifier CooperationId cooperationId,
                               EvaluationId evaluationId,
                               EvaluationKind kind,
                               @HappenedOn LocalDate periodStart,
                               @HappenedOn LocalDate periodEnd,
                               Map<EvaluationCriterion, Integer> grades,
                               Integer overallRating,
                               Recommendation recommendation,
                               List<FollowUpAction> followUpActions,
                               String summary) implements CooperationCommand {

    public RecordEvaluation {
        Require.present(cooperationId, "cooperationId");
        evaluationId = evaluationId == null ? EvaluationId.generate() : evaluationId;
        Require.present(kind, "kind");
        Require.present(periodStart, "periodStart");
        Require.present(periodEnd, "periodEnd");
        grades = Require.map(grades, "grades");
        Require.present(recommendation, "recommendation");
        followUpActions = Require.list(followUpActions, "followUpActions");
        summary = Require.text(summary, "summary");
        Require.notBefore(periodEnd, periodStart, "periodEnd", "periodStart");
        grades.forEach((criterion, grade) -> Require.that(grade != null && grade >= 1 && grade <= 5, "grades." + criterion, "GRADE_1_TO_5", "each grade must be from 1 to 5"));
        Require.that(overallRating == null || overallRating >= 1 && overallRating <= 5, "overallRating", "GRADE_1_TO_5", "overallRating must be from 1 to 5");
    }
}
