package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The cooperation becomes active. */
public record StartImplementation(@TargetAggregateIdentifier CooperationId cooperationId,
                                  @HappenedOn LocalDate startedOn) implements CooperationCommand {

    public StartImplementation {
        Require.present(cooperationId, "cooperationId");
        Require.present(startedOn, "startedOn");
    }
}
