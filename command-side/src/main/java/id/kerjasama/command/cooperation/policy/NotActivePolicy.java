package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.Stage;

import static id.kerjasama.command.cooperation.Rule.NOT_ACTIVE;

/** Activities, reports and evaluations are recorded only while the cooperation is implemented. */
@Decides(NOT_ACTIVE)
public final class NotActivePolicy {

    private NotActivePolicy() {
    }

    public static Verdict active(Stage stage) {
        return Verdict.when(stage != Stage.IMPLEMENTATION, NOT_ACTIVE,
                "the cooperation is in " + stage + ", not in IMPLEMENTATION");
    }
}
