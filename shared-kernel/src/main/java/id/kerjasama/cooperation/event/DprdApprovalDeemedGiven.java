package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The DPRD did not answer by its due date, and the region's rules count that silence as approval. */
@Revision("1")
public record DprdApprovalDeemedGiven(CooperationId cooperationId,
                                      LocalDate requestedOn,
                                      LocalDate answerDueOn) implements CooperationEvent {
}
