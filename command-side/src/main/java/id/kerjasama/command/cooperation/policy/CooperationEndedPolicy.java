package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.Stage;

import static id.kerjasama.command.cooperation.Rule.COOPERATION_ENDED;

/** An ended cooperation takes no further steps. */
@Decides(COOPERATION_ENDED)
public final class CooperationEndedPolicy {

    private CooperationEndedPolicy() {
    }

    public static Verdict notEnded(Stage stage, EndReason endReason) {
        return Verdict.when(stage == Stage.ENDED, COOPERATION_ENDED, "the cooperation has ended (" + endReason + ")");
    }
}
