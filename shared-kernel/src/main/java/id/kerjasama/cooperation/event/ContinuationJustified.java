package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An evaluation's recommendation to stop was answered with the reasons to continue. */
@Revision("1")
public record ContinuationJustified(CooperationId cooperationId,
                                    EvaluationId evaluationId,
                                    String justification,
                                    LocalDate justifiedOn) implements CooperationEvent {
}
