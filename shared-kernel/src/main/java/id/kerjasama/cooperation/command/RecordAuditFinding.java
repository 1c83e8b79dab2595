package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.FindingSeverity;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * An inspector (APIP, BPK, the governor's or the ministry's supervisors) records a finding on a cooperation,
 * pointing at the events of its history it is about by their sequence numbers (0 is the first event).
 */
public record RecordAuditFinding(@TargetAggregateIdentifier CooperationId cooperationId,
                                 AuditFindingId findingId,
                                 FindingSeverity severity,
                                 String description,
                                 List<Long> eventSequenceNumbers) implements CooperationCommand {

    public RecordAuditFinding {
        Require.present(cooperationId, "cooperationId");
        findingId = findingId == null ? AuditFindingId.generate() : findingId;
        Require.present(severity, "severity");
        description = Require.text(description, "description");
        eventSequenceNumbers = Require.nonEmpty(eventSequenceNumbers, "eventSequenceNumbers");
        Require.that(eventSequenceNumbers.stream().allMatch(n -> n >= 0), "eventSequenceNumbers", "NOT_NEGATIVE",
                "sequence numbers count from 0");
    }
}
