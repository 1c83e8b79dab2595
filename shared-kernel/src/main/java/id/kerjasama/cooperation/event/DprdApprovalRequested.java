package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The request went to the DPRD, which must answer by the due date. */
@Revision("1")
public record DprdApprovalRequested(CooperationId cooperationId,
                                    DocumentReference letter,
                                    LocalDate requestedOn,
                                    LocalDate answerDueOn) implements CooperationEvent {
}
