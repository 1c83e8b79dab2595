package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.AuditFindingId;

import static id.kerjasama.command.cooperation.Rule.AUDIT_FINDING_CLOSED;

/** A closed audit finding takes no further follow-up and is not closed again. */
@Decides(AUDIT_FINDING_CLOSED)
public final class AuditFindingClosedPolicy {

    private AuditFindingClosedPolicy() {
    }

    public static Verdict check(boolean closed, AuditFindingId findingId) {
        return Verdict.when(closed, AUDIT_FINDING_CLOSED, "audit finding " + findingId + " is closed");
    }
}
