package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DormancyAnswer;
import id.kerjasama.cooperation.FollowUpAction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.ACTION_PLAN_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

class DormancyAnswerPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static List<FollowUpAction> planDue(LocalDate dueDate) {
        return List.of(new FollowUpAction("Susun rancangan PKS", "Bagian Kerja Sama", dueDate));
    }

    @Test
    void reviving_needs_at_least_one_action() {
        assertThat(brokenRule(DormancyAnswerPolicy.check(DormancyAnswer.REVIVE, List.of(), TODAY))).contains(ACTION_PLAN_REQUIRED);
    }

    @Test
    void an_action_of_the_plan_is_due_today_or_later() {
        assertThat(brokenRule(DormancyAnswerPolicy.check(DormancyAnswer.REVIVE, planDue(TODAY.minusDays(1)), TODAY)))
                .contains(ACTION_PLAN_REQUIRED);
        assertThat(DormancyAnswerPolicy.check(DormancyAnswer.REVIVE, planDue(TODAY), TODAY).isAllowed()).isTrue();
    }

    @Test
    void amending_or_terminating_needs_no_plan() {
        assertThat(DormancyAnswerPolicy.check(DormancyAnswer.AMEND, List.of(), TODAY).isAllowed()).isTrue();
        assertThat(DormancyAnswerPolicy.check(DormancyAnswer.TERMINATE, List.of(), TODAY).isAllowed()).isTrue();
    }
}
