package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.Stage;

import java.util.Set;

import static id.kerjasama.command.cooperation.Rule.NOT_ACTIVE;

/** Activities, reports and evaluations are recorded only while the cooperation is implemented. */
@Decides(NOT_ACTIVE)
public final class NotActivePolicy {

    private NotActivePolicy() {
    }

    /** @param active the stages the step is recorded in, as {@code CommandStages} says ({@code [IMPLEMENTATION]}) */
    public static Verdict active(Stage stage, Set<Stage> active) {
        return Verdict.when(!active.contains(stage), NOT_ACTIVE, "the cooperation is in " + stage + ", not in "
                + (active.size() == 1 ? active.iterator().next() : active));
    }
}
