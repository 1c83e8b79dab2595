package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An evaluation recommended stopping, and neither a termination nor a justification to continue followed by the
 * due date.
 */
@Revision("1")
public record StopRecommendationUnanswered(CooperationId cooperationId,
                                           EvaluationId evaluationId,
                                           LocalDate answerDueOn) implements CooperationEvent {
}
