package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sends the request for approval to the DPRD. */
public record RequestDprdApproval(@TargetAggregateIdentifier CooperationId cooperationId,
                                  DocumentReference letter,
                                  @HappenedOn LocalDate requestedOn) implements CooperationCommand {

    public RequestDprdApproval {
        Require.present(cooperationId, "cooperationId");
        Require.present(letter, "letter");
        Require.present(requestedOn, "requestedOn");
    }
}
