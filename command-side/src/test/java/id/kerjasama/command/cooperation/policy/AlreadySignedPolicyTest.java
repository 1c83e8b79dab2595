package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.ALREADY_SIGNED;
import static org.assertj.core.api.Assertions.assertThat;

class AlreadySignedPolicyTest {

    @Test
    void a_cooperation_with_nothing_signed_is_withdrawn() {
        assertThat(AlreadySignedPolicy.withdrawable(false).isAllowed()).isTrue();
    }

    @Test
    void a_cooperation_with_a_signed_document_is_terminated_not_withdrawn() {
        assertThat(brokenRule(AlreadySignedPolicy.withdrawable(true))).contains(ALREADY_SIGNED);
    }
}
