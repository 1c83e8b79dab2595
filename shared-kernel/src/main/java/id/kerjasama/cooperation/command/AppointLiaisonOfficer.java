package id.kerjasama.cooperation.command;

import id.kerjasama.contact.EmailAddress;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.Person;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names the liaison officer of the initiating unit, with the e-mail address reminders reach them at, if given. */
public record AppointLiaisonOfficer(@TargetAggregateIdentifier CooperationId cooperationId,
                                    Person officer, EmailAddress email) implements CooperationCommand {

    public AppointLiaisonOfficer {
        Require.present(cooperationId, "cooperationId");
        Require.present(officer, "officer");
    }

    public AppointLiaisonOfficer(CooperationId cooperationId, Person officer) {
        this(cooperationId, officer, null);
    }
}
