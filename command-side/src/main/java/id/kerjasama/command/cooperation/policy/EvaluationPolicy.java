package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.EvaluationCriterion;
import id.kerjasama.cooperation.EvaluationKind;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static id.kerjasama.command.cooperation.Rule.FINAL_EVALUATION_COMPLETE;

/** A final evaluation grades each of the ten items and gives an overall rating; the other kinds may grade some. */
@Decides(FINAL_EVALUATION_COMPLETE)
public final class EvaluationPolicy {

    private EvaluationPolicy() {
    }

    public static Verdict complete(EvaluationKind kind, Map<EvaluationCriterion, Integer> grades, Integer overallRating) {
        if (kind != EvaluationKind.FINAL) {
            return Verdict.allowed();
        }
        Set<EvaluationCriterion> missing = EnumSet.allOf(EvaluationCriterion.class);
        missing.removeAll(grades.keySet());
        return Verdict.when(!missing.isEmpty() || overallRating == null, FINAL_EVALUATION_COMPLETE,
                "a final evaluation lacks " + (missing.isEmpty() ? "" : "grades for " + missing + " ")
                        + (overallRating == null ? "an overall rating" : ""));
    }
}
