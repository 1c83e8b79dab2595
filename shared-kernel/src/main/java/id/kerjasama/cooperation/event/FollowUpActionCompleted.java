package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A follow-up action of an evaluation (numbered from 1) was carried out. */
@Revision("1")
public record FollowUpActionCompleted(CooperationId cooperationId,
                                      EvaluationId evaluationId,
                                      int actionNumber,
                                      LocalDate completedOn,
                                      String note) implements CooperationEvent {
}
