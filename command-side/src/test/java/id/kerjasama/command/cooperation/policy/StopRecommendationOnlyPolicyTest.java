package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.Recommendation;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.CooperationScenario.uuid;
import static id.kerjasama.command.cooperation.Rule.STOP_RECOMMENDATION_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

class StopRecommendationOnlyPolicyTest {

    private static final EvaluationId FINAL_EVALUATION = EvaluationId.of(uuid("lamandau-cbi/final-evaluation"));

    @Test
    void continuing_is_justified_against_a_recommendation_to_stop() {
        assertThat(StopRecommendationOnlyPolicy.check(FINAL_EVALUATION, Recommendation.STOP).isAllowed()).isTrue();
    }

    @Test
    void no_justification_answers_any_other_recommendation() {
        for (Recommendation recommendation : Recommendation.values()) {
            if (recommendation != Recommendation.STOP) {
                assertThat(brokenRule(StopRecommendationOnlyPolicy.check(FINAL_EVALUATION, recommendation)))
                        .contains(STOP_RECOMMENDATION_ONLY);
            }
        }
    }
}
