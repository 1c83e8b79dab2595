package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.Person;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names the liaison officer of the initiating unit. */
public record AppointLiaisonOfficer(@TargetAggregateIdentifier CooperationId cooperationId,
                                    Person officer) implements CooperationCommand {

    public AppointLiaisonOfficer {
        Require.present(cooperationId, "cooperationId");
        Require.present(officer, "officer");
    }
}
