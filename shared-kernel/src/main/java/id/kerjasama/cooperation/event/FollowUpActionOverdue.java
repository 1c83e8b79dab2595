package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.FollowUpAction;
import org.axonframework.serialization.Revision;

/** A follow-up action of an evaluation (numbered from 1) was not completed by its due date. */
@Revision("1")
public record FollowUpActionOverdue(CooperationId cooperationId,
                                    EvaluationId evaluationId,
                                    int actionNumber,
                                    FollowUpAction action) implements CooperationEvent {
}
