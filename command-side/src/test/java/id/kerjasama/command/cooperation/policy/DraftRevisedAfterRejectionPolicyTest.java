package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.DRAFT_REVISED_AFTER_REJECTION;
import static id.kerjasama.cooperation.DocumentKind.PKS;
import static org.assertj.core.api.Assertions.assertThat;

class DraftRevisedAfterRejectionPolicyTest {

    @Test
    void a_revised_draft_is_approved() {
        assertThat(DraftRevisedAfterRejectionPolicy.check(false, PKS, LAMANDAU_CBI.implementingId).isAllowed()).isTrue();
    }

    @Test
    void a_rejected_draft_is_not_approved_as_it_stands() {
        assertThat(brokenRule(DraftRevisedAfterRejectionPolicy.check(true, PKS, LAMANDAU_CBI.implementingId)))
                .contains(DRAFT_REVISED_AFTER_REJECTION);
    }
}
