package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.DRAFT_APPROVED_BEFORE_SIGNING;
import static id.kerjasama.cooperation.DocumentKind.PKS;
import static org.assertj.core.api.Assertions.assertThat;

class DraftApprovedBeforeSigningPolicyTest {

    @Test
    void a_pks_the_tkksd_approved_is_signed() {
        assertThat(DraftApprovedBeforeSigningPolicy.check(true, PKS, LAMANDAU_CBI.implementingId).isAllowed()).isTrue();
    }

    @Test
    void a_pks_the_tkksd_did_not_approve_is_not() {
        assertThat(brokenRule(DraftApprovedBeforeSigningPolicy.check(false, PKS, LAMANDAU_CBI.implementingId)))
                .contains(DRAFT_APPROVED_BEFORE_SIGNING);
    }
}
