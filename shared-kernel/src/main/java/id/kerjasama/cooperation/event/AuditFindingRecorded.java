package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.FindingSeverity;
import org.axonframework.serialization.Revision;

import java.util.List;

/** An inspector recorded a finding about the events of this cooperation's history with these sequence numbers. */
@Revision("1")
public record AuditFindingRecorded(CooperationId cooperationId,
                                   AuditFindingId findingId,
                                   FindingSeverity severity,
                                   String description,
                                   List<Long> eventSequenceNumbers) implements CooperationEvent {
}
