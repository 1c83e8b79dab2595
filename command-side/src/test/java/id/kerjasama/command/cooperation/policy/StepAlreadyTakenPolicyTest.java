package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.STEP_ALREADY_TAKEN;
import static org.assertj.core.api.Assertions.assertThat;

class StepAlreadyTakenPolicyTest {

    @Test
    void a_step_not_taken_yet_is_taken() {
        assertThat(StepAlreadyTakenPolicy.notYetTaken(false, "the assessment has already started").isAllowed()).isTrue();
    }

    @Test
    void a_step_already_taken_is_not_taken_twice() {
        Verdict startingTwice = StepAlreadyTakenPolicy.notYetTaken(true, "the assessment has already started");
        assertThat(brokenRule(startingTwice)).contains(STEP_ALREADY_TAKEN);
        assertThat(startingTwice.refusal().orElseThrow()).hasMessage("the assessment has already started");
    }
}
