package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DormancyAnswer;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.FollowUpAction;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Someone answered a dormancy flag: revived with an action plan, or decided to amend or to terminate. */
@Revision("1")
public record DormancyFlagAnswered(CooperationId cooperationId,
                                   DormancyReason reason,
                                   DormancyAnswer answer,
                                   List<FollowUpAction> actionPlan,
                                   String explanation,
                                   LocalDate answeredOn) implements CooperationEvent {
}
