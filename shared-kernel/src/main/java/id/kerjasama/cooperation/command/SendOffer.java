package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records the regional head's offer letter to the partner. */
public record SendOffer(@TargetAggregateIdentifier CooperationId cooperationId,
                        DocumentReference letter,
                        Signatory signedBy,
                        @HappenedOn LocalDate sentOn) implements CooperationCommand {

    public SendOffer {
        Require.present(cooperationId, "cooperationId");
        Require.present(letter, "letter");
        Require.present(signedBy, "signedBy");
        Require.present(sentOn, "sentOn");
    }
}
