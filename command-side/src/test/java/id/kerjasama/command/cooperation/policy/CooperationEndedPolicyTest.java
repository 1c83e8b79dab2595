package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.Stage;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.COOPERATION_ENDED;
import static org.assertj.core.api.Assertions.assertThat;

class CooperationEndedPolicyTest {

    @Test
    void a_running_cooperation_takes_its_next_step() {
        assertThat(CooperationEndedPolicy.notEnded(Stage.IMPLEMENTATION, null).isAllowed()).isTrue();
    }

    @Test
    void an_ended_cooperation_takes_no_step_and_says_why_it_ended() {
        Verdict afterTermination = CooperationEndedPolicy.notEnded(Stage.ENDED, EndReason.TERMINATED);
        assertThat(brokenRule(afterTermination)).contains(COOPERATION_ENDED);
        assertThat(afterTermination.refusal().orElseThrow()).hasMessageContaining("TERMINATED");
    }
}
