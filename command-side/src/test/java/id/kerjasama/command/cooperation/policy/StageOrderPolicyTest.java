package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.STAGE_ORDER;
import static id.kerjasama.cooperation.Stage.*;
import static org.assertj.core.api.Assertions.assertThat;

class StageOrderPolicyTest {

    @Test
    void a_step_is_taken_in_a_stage_it_belongs_to() {
        assertThat(StageOrderPolicy.inStage(OFFER, OFFER).isAllowed()).isTrue();
        assertThat(StageOrderPolicy.inStage(IMPLEMENTATION, DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, IMPLEMENTATION).isAllowed())
                .isTrue();
    }

    @Test
    void a_stage_is_not_skipped() {
        Verdict sendingAnOfferInPreparation = StageOrderPolicy.inStage(PREPARATION, OFFER);
        assertThat(brokenRule(sendingAnOfferInPreparation)).contains(STAGE_ORDER);
        assertThat(sendingAnOfferInPreparation.refusal().orElseThrow())
                .hasMessage("this step belongs to [OFFER]; the cooperation is in PREPARATION");
    }

    @Test
    void a_step_within_a_stage_waits_for_the_step_it_follows() {
        assertThat(StageOrderPolicy.follows(true, "no offer has been sent yet").isAllowed()).isTrue();
        assertThat(brokenRule(StageOrderPolicy.follows(false, "no offer has been sent yet"))).contains(STAGE_ORDER);
    }
}
