package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DormancyReason;

import static id.kerjasama.command.cooperation.Rule.NO_OPEN_FLAG;

/** Only an open dormancy flag is answered. */
@Decides(NO_OPEN_FLAG)
public final class NoOpenFlagPolicy {

    private NoOpenFlagPolicy() {
    }

    public static Verdict check(boolean open, DormancyReason reason) {
        return Verdict.when(!open, NO_OPEN_FLAG, "no dormancy flag for " + reason + " is open");
    }
}
