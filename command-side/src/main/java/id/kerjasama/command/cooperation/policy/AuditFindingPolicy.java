package id.kerjasama.command.cooperation.policy;

import java.util.List;

import static id.kerjasama.command.cooperation.Rule.FINDING_REFERS_TO_HISTORY;

/**
 * An inspector's finding points at what happened: events of this cooperation that exist, numbered from 0 (its
 * first event) to its current version, so that anyone replaying the history finds what the finding is about.
 */
@Decides(FINDING_REFERS_TO_HISTORY)
public final class AuditFindingPolicy {

    private AuditFindingPolicy() {
    }

    public static Verdict refersToHistory(List<Long> eventSequenceNumbers, long lastSequenceNumber) {
        List<Long> unknown = eventSequenceNumbers.stream().filter(n -> n > lastSequenceNumber).toList();
        return Verdict.when(!unknown.isEmpty(), FINDING_REFERS_TO_HISTORY,
                "events " + unknown + " are not in this cooperation's history, which ends at " + lastSequenceNumber);
    }
}
