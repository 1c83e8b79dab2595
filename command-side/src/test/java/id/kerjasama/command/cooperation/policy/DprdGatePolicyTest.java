package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.DPRD_GATE;
import static id.kerjasama.cooperation.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class DprdGatePolicyTest {

    @Test
    void a_pks_is_signed_once_the_dprd_approved() {
        assertThat(DprdGatePolicy.check(PKS, true, true, true).isAllowed()).isTrue();
    }

    @Test
    void a_pks_waits_for_the_dprd() {
        assertThat(DprdGatePolicy.check(PKS, true, true, false).refusal().orElseThrow())
                .hasMessage("the DPRD has not approved this cooperation");
        assertThat(DprdGatePolicy.check(PKS, true, false, false).refusal().orElseThrow())
                .hasMessage("whether the DPRD must approve has not been determined");
        assertThat(brokenRule(DprdGatePolicy.check(PKS, true, false, false))).contains(DPRD_GATE);
    }

    @Test
    void nothing_waits_for_the_dprd_without_a_kb_that_goes_before_it() {
        assertThat(DprdGatePolicy.check(PKS, false, false, false).isAllowed()).isTrue();
        assertThat(DprdGatePolicy.check(RENCANA_KERJA, false, false, false).isAllowed()).isTrue();
        assertThat(DprdGatePolicy.check(KB, true, false, false).isAllowed()).isTrue();
    }
}
