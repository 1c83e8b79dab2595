package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.Stage;

import java.util.Collection;
import java.util.List;

import static id.kerjasama.command.cooperation.Rule.STAGE_ORDER;

/** No stage may be skipped or repeated (Permendagri 22/2020): a step belongs to its stages and follows its steps. */
@Decides(STAGE_ORDER)
public final class StageOrderPolicy {

    private StageOrderPolicy() {
    }

    public static Verdict inStage(Stage stage, Stage... allowed) {
        return inStage(stage, List.of(allowed));
    }

    public static Verdict inStage(Stage stage, Collection<Stage> allowed) {
        return Verdict.when(!allowed.contains(stage), STAGE_ORDER,
                "this step belongs to " + allowed + "; the cooperation is in " + stage);
    }

    /** A step within a stage comes after the one it follows; {@code reason} says which is missing. */
    public static Verdict follows(boolean earlierStepTaken, String reason) {
        return Verdict.when(!earlierStepTaken, STAGE_ORDER, reason);
    }
}
