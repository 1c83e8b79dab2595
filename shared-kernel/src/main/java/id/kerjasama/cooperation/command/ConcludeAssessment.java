package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the assessment: feasible, revise, or reject. */
public record ConcludeAssessment(@TargetAggregateIdentifier CooperationId cooperationId,
                                 AssessmentConclusion conclusion,
                                 String rationale) implements CooperationCommand {

    public ConcludeAssessment {
        Require.present(cooperationId, "cooperationId");
        Require.present(conclusion, "conclusion");
        rationale = Require.text(rationale, "rationale");
    }
}
