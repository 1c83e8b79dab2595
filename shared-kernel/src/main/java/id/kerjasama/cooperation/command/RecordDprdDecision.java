package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records the DPRD's answer. */
public record RecordDprdDecision(@TargetAggregateIdentifier CooperationId cooperationId,
                                 DprdDecision decision,
                                 @HappenedOn LocalDate decidedOn,
                                 DocumentReference decisionLetter,
                                 String note) implements CooperationCommand {

    public RecordDprdDecision {
        Require.present(cooperationId, "cooperationId");
        Require.present(decision, "decision");
        Require.present(decidedOn, "decidedOn");
        note = Require.optionalText(note, "note");
    }
}
