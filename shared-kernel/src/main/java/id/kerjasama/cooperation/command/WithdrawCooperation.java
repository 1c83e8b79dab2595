package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Abandons a cooperation before anything was signed. */
public record WithdrawCooperation(@TargetAggregateIdentifier CooperationId cooperationId,
                                  String reason) implements CooperationCommand {

    public WithdrawCooperation {
        Require.present(cooperationId, "cooperationId");
        reason = Require.text(reason, "reason");
    }
}
