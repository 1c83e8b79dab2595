package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** The inspector closed an audit finding. */
@Revision("1")
public record AuditFindingClosed(CooperationId cooperationId,
                                 AuditFindingId findingId,
                                 String conclusion) implements CooperationEvent {
}
