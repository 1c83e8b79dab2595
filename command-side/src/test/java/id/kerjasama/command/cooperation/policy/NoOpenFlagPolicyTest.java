package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.NO_OPEN_FLAG;
import static id.kerjasama.cooperation.DormancyReason.NO_RECENT_ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;

class NoOpenFlagPolicyTest {

    @Test
    void an_open_flag_is_answered() {
        assertThat(NoOpenFlagPolicy.check(true, NO_RECENT_ACTIVITY).isAllowed()).isTrue();
    }

    @Test
    void a_flag_that_is_not_open_is_not_answered() {
        assertThat(brokenRule(NoOpenFlagPolicy.check(false, NO_RECENT_ACTIVITY))).contains(NO_OPEN_FLAG);
    }
}
