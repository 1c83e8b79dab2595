package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.REGISTER_SIGNED_ONLY;
import static id.kerjasama.cooperation.DocumentKind.KB;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterSignedOnlyPolicyTest {

    @Test
    void a_signed_kb_is_registered() {
        assertThat(RegisterSignedOnlyPolicy.check(true, KB, LAMANDAU_CBI.frameworkId).isAllowed()).isTrue();
    }

    @Test
    void a_draft_is_not_registered() {
        assertThat(brokenRule(RegisterSignedOnlyPolicy.check(false, KB, LAMANDAU_CBI.frameworkId)))
                .contains(REGISTER_SIGNED_ONLY);
    }
}
