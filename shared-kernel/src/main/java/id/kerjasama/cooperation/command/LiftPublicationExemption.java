package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The secretariat, as PPID, lifts an exemption before its last day, saying why (the reason passed, or the
 * Information Commission or a court decided the information is public).
 */
public record LiftPublicationExemption(@TargetAggregateIdentifier CooperationId cooperationId,
                                       ExemptionId exemptionId,
                                       String reason) implements CooperationCommand {

    public LiftPublicationExemption {
        Require.present(cooperationId, "cooperationId");
        Require.present(exemptionId, "exemptionId");
        reason = Require.text(reason, "reason");
    }
}
