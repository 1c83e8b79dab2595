package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a cooperation whose term is over. */
public record ExpireCooperation(@TargetAggregateIdentifier CooperationId cooperationId) implements CooperationCommand {

    public ExpireCooperation {
        Require.present(cooperationId, "cooperationId");
    }
}
