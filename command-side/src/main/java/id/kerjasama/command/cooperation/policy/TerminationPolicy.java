package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.TerminationReason;

import java.util.Set;

import static id.kerjasama.command.cooperation.Rule.TERMINATION_REASON_ACCEPTED;

/** A cooperation ends early only for a reason on the region's list (PP 28/2018; configurable). */
@Decides(TERMINATION_REASON_ACCEPTED)
public final class TerminationPolicy {

    private TerminationPolicy() {
    }

    public static Verdict check(TerminationReason reason, Set<TerminationReason> accepted) {
        return Verdict.when(!accepted.contains(reason), TERMINATION_REASON_ACCEPTED,
                reason + " is not an accepted reason here; accepted: " + accepted);
    }
}
