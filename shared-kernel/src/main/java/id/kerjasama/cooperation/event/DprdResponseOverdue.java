package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The DPRD did not answer by its due date; the region's rules escalate that silence, and the DPRD still has to
 * decide.
 */
@Revision("1")
public record DprdResponseOverdue(CooperationId cooperationId,
                                  LocalDate requestedOn,
                                  LocalDate answerDueOn) implements CooperationEvent {
}
