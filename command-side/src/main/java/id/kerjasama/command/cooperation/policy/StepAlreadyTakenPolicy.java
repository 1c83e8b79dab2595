package id.kerjasama.command.cooperation.policy;

import static id.kerjasama.command.cooperation.Rule.STEP_ALREADY_TAKEN;

/**
 * A step is taken once: an offer sent, an assessment started, a decision recorded, an id given to a document, a
 * power of attorney, an evaluation or a finding. A retry of a step that was applied is told so, not applied twice.
 */
@Decides(STEP_ALREADY_TAKEN)
public final class StepAlreadyTakenPolicy {

    private StepAlreadyTakenPolicy() {
    }

    /** {@code reason} says when or how the step was taken. */
    public static Verdict notYetTaken(boolean taken, String reason) {
        return Verdict.when(taken, STEP_ALREADY_TAKEN, reason);
    }
}
