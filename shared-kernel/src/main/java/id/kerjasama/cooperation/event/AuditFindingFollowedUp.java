package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Something was done about an audit finding (tindak lanjut). */
@Revision("1")
public record AuditFindingFollowedUp(CooperationId cooperationId,
                                     AuditFindingId findingId,
                                     String description,
                                     LocalDate followedUpOn,
                                     DocumentReference evidence) implements CooperationEvent {
}
