package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationCriterion;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.Recommendation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An evaluation was recorded. */
@Revision("1")
public record EvaluationRecorded(CooperationId cooperationId,
                                 EvaluationId evaluationId,
                                 EvaluationKind kind,
                                 LocalDate periodStart,
                                 LocalDate periodEnd,
                                 Map<EvaluationCriterion, Integer> grades,
                                 Integer overallRating,
                                 Recommendation recommendation,
                                 List<FollowUpAction> followUpActions,
                                 String summary) implements CooperationEvent {
}
