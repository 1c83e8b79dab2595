package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DormancyAnswer;
import id.kerjasama.cooperation.FollowUpAction;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.Rule.ACTION_PLAN_REQUIRED;

/**
 * A dormant cooperation is revived only with a plan someone can be held to (dormancy): at least one
 * action, each owned and due on a day still ahead. Amending or terminating needs no plan: the adendum or the
 * termination that follows is its own step.
 */
@Decides(ACTION_PLAN_REQUIRED)
public final class DormancyAnswerPolicy {

    private DormancyAnswerPolicy() {
    }

    public static Verdict check(DormancyAnswer answer, List<FollowUpAction> actionPlan, LocalDate today) {
        if (answer != DormancyAnswer.REVIVE) {
            return Verdict.allowed();
        }
        return Verdict.when(actionPlan.isEmpty(), ACTION_PLAN_REQUIRED, "reviving needs an action plan")
                .and(Verdict.when(actionPlan.stream().anyMatch(action -> action.dueDate().isBefore(today)),
                        ACTION_PLAN_REQUIRED, "every action of the plan must be due on " + today + " or later"));
    }
}
