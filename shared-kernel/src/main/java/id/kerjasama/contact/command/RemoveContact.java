package id.kerjasama.contact.command;

import id.kerjasama.contact.ContactId;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a person from the contact directory of a region: they receive no further reminders. */
public record RemoveContact(@TargetAggregateIdentifier RegionCode region, ContactId contactId) implements DirectoryCommand {

    public RemoveContact {
        Require.present(region, "region");
        Require.present(contactId, "contactId");
    }
}
