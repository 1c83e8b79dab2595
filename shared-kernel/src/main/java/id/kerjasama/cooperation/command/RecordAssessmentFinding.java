package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records one finding of the TKKSD's assessment. */
public record RecordAssessmentFinding(@TargetAggregateIdentifier CooperationId cooperationId,
                                      String aspect,
                                      String finding) implements CooperationCommand {

    public RecordAssessmentFinding {
        Require.present(cooperationId, "cooperationId");
        aspect = Require.text(aspect, "aspect");
        finding = Require.text(finding, "finding");
    }
}
