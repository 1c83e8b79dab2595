package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Withdraws a power of attorney from a given day on. */
public record RevokePowerOfAttorney(@TargetAggregateIdentifier CooperationId cooperationId,
                                    PowerOfAttorneyId powerOfAttorneyId,
                                    @HappenedOn LocalDate revokedOn,
                                    String reason) implements CooperationCommand {

    public RevokePowerOfAttorney {
        Require.present(cooperationId, "cooperationId");
        Require.present(powerOfAttorneyId, "powerOfAttorneyId");
        Require.present(revokedOn, "revokedOn");
        reason = Require.text(reason, "reason");
    }
}
