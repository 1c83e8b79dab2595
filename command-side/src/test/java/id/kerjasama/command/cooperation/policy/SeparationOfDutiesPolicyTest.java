package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.SEPARATION_OF_DUTIES;
import static org.assertj.core.api.Assertions.assertThat;

class SeparationOfDutiesPolicyTest {

    @Test
    void whoever_drafted_may_not_also_approve() {
        assertThat(brokenRule(SeparationOfDutiesPolicy.check(SECRETARIAT, SECRETARIAT, "drafted the KB")))
                .contains(SEPARATION_OF_DUTIES);
    }

    @Test
    void another_tkksd_member_approves() {
        assertThat(SeparationOfDutiesPolicy.check(SECRETARIAT, TKKSD, "drafted the KB").isAllowed()).isTrue();
    }

    @Test
    void a_decision_without_a_recorded_author_is_allowed() {
        assertThat(SeparationOfDutiesPolicy.check(null, TKKSD, "drafted the KB").isAllowed()).isTrue();
    }
}
