package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.AMEND_SIGNED_ORIGINAL;
import static id.kerjasama.cooperation.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class AmendSignedOriginalPolicyTest {

    @Test
    void a_signed_kb_is_amended() {
        assertThat(AmendSignedOriginalPolicy.amends(true, KB, LAMANDAU_CBI.frameworkId).isAllowed()).isTrue();
    }

    @Test
    void a_draft_or_an_adendum_is_not_amended() {
        assertThat(brokenRule(AmendSignedOriginalPolicy.amends(false, KB, LAMANDAU_CBI.frameworkId)))
                .contains(AMEND_SIGNED_ORIGINAL);
        assertThat(brokenRule(AmendSignedOriginalPolicy.amends(true, ADENDUM, LAMANDAU_CBI.frameworkId)))
                .contains(AMEND_SIGNED_ORIGINAL);
    }

    @Test
    void an_adendum_is_not_drafted_on_its_own() {
        assertThat(AmendSignedOriginalPolicy.drafted(PKS).isAllowed()).isTrue();
        assertThat(brokenRule(AmendSignedOriginalPolicy.drafted(ADENDUM))).contains(AMEND_SIGNED_ORIGINAL);
    }
}
