package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.Recommendation;

import static id.kerjasama.command.cooperation.Rule.STOP_RECOMMENDATION_ONLY;

/** A justification to continue answers an evaluation that recommended stopping, and no other. */
@Decides(STOP_RECOMMENDATION_ONLY)
public final class StopRecommendationOnlyPolicy {

    private StopRecommendationOnlyPolicy() {
    }

    public static Verdict check(EvaluationId evaluationId, Recommendation recommendation) {
        return Verdict.when(recommendation != Recommendation.STOP, STOP_RECOMMENDATION_ONLY,
                "evaluation " + evaluationId + " recommended " + recommendation + ", not STOP");
    }
}
