package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Ends a signed cooperation before its term, for a reason from the accepted list. */
public record TerminateCooperation(@TargetAggregateIdentifier CooperationId cooperationId,
                                   TerminationReason reason,
                                   LocalDate effectiveOn,
                                   String explanation) implements CooperationCommand {

    public TerminateCooperation {
        Require.present(cooperationId, "cooperationId");
        Require.present(reason, "reason");
        Require.present(effectiveOn, "effectiveOn");
        explanation = Require.text(explanation, "explanation");
    }
}
