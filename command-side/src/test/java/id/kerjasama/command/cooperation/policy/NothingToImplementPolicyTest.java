package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.NOTHING_TO_IMPLEMENT;
import static id.kerjasama.cooperation.DocumentKind.KB;
import static id.kerjasama.cooperation.DocumentKind.NK;
import static org.assertj.core.api.Assertions.assertThat;

class NothingToImplementPolicyTest {

    @Test
    void a_kb_cooperation_is_implemented_once_a_pks_is_signed() {
        assertThat(NothingToImplementPolicy.check(KB, true, true, false).isAllowed()).isTrue();
        assertThat(NothingToImplementPolicy.check(KB, true, false, false).refusal().orElseThrow())
                .hasMessage("no PKS has been signed");
    }

    @Test
    void a_synergy_is_implemented_once_its_nk_and_a_rencana_kerja_are_signed() {
        assertThat(NothingToImplementPolicy.check(NK, true, false, true).isAllowed()).isTrue();
        assertThat(brokenRule(NothingToImplementPolicy.check(NK, true, false, false))).contains(NOTHING_TO_IMPLEMENT);
        assertThat(brokenRule(NothingToImplementPolicy.check(NK, false, false, true))).contains(NOTHING_TO_IMPLEMENT);
    }
}
