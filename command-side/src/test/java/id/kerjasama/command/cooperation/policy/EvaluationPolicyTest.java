package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.EvaluationCriterion;
import id.kerjasama.cooperation.EvaluationKind;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.FINAL_EVALUATION_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluationPolicyTest {

    private static Map<EvaluationCriterion, Integer> allTenGradedThree() {
        Map<EvaluationCriterion, Integer> grades = new EnumMap<>(EvaluationCriterion.class);
        for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
            grades.put(criterion, 3);
        }
        return grades;
    }

    @Test
    void a_self_report_or_review_may_grade_some_items() {
        assertThat(EvaluationPolicy.complete(EvaluationKind.SELF_REPORT, Map.of(), null).isAllowed()).isTrue();
        assertThat(EvaluationPolicy.complete(EvaluationKind.TKKSD_REVIEW, Map.of(EvaluationCriterion.IMPACT, 4), null).isAllowed())
                .isTrue();
    }

    @Test
    void a_final_evaluation_with_all_ten_grades_and_an_overall_rating_is_complete() {
        assertThat(EvaluationPolicy.complete(EvaluationKind.FINAL, allTenGradedThree(), 3).isAllowed()).isTrue();
    }

    @Test
    void a_final_evaluation_grades_all_ten_items() {
        Map<EvaluationCriterion, Integer> nine = allTenGradedThree();
        nine.remove(EvaluationCriterion.REGULAR_REPORTING);
        Verdict verdict = EvaluationPolicy.complete(EvaluationKind.FINAL, nine, 3);
        assertThat(brokenRule(verdict)).contains(FINAL_EVALUATION_COMPLETE);
        assertThat(verdict.refusal().orElseThrow()).hasMessageContaining("REGULAR_REPORTING");
    }

    @Test
    void a_final_evaluation_gives_an_overall_rating() {
        Verdict verdict = EvaluationPolicy.complete(EvaluationKind.FINAL, allTenGradedThree(), null);
        assertThat(verdict.refusal().orElseThrow()).hasMessageContaining("overall rating");
    }
}
