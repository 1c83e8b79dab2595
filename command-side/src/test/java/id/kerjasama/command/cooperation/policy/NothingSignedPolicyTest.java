package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentKind;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.NOTHING_SIGNED;
import static org.assertj.core.api.Assertions.assertThat;

class NothingSignedPolicyTest {

    @Test
    void a_cooperation_with_its_signed_kb_is_terminated_or_extended() {
        assertThat(NothingSignedPolicy.frameworkSigned(true, DocumentKind.KB).isAllowed()).isTrue();
    }

    @Test
    void a_cooperation_whose_nk_is_unsigned_has_nothing_to_end() {
        Verdict unsigned = NothingSignedPolicy.frameworkSigned(false, DocumentKind.NK);
        assertThat(brokenRule(unsigned)).contains(NOTHING_SIGNED);
        assertThat(unsigned.refusal().orElseThrow()).hasMessage("no NK has been signed");
    }
}
