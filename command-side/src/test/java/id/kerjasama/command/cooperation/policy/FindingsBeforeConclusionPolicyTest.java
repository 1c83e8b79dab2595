package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.FINDINGS_BEFORE_CONCLUSION;
import static org.assertj.core.api.Assertions.assertThat;

class FindingsBeforeConclusionPolicyTest {

    @Test
    void the_tkksd_concludes_on_what_it_found() {
        assertThat(FindingsBeforeConclusionPolicy.check(1).isAllowed()).isTrue();
    }

    @Test
    void the_tkksd_does_not_conclude_before_a_finding() {
        assertThat(brokenRule(FindingsBeforeConclusionPolicy.check(0))).contains(FINDINGS_BEFORE_CONCLUSION);
    }
}
