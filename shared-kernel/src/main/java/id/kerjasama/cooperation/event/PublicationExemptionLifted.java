package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.ExemptionId;
import org.axonframework.serialization.Revision;

/** The PPID lifted an exemption before its last day: what it withheld is public again. */
@Revision("1")
public record PublicationExemptionLifted(CooperationId cooperationId,
                                         ExemptionId exemptionId,
                                         String reason) implements CooperationEvent {
}
