package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.DprdDecision;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The DPRD answered. */
@Revision("1")
public record DprdDecisionRecorded(CooperationId cooperationId,
                                   DprdDecision decision,
                                   LocalDate decidedOn,
                                   DocumentReference decisionLetter,
                                   String note) implements CooperationEvent {
}
