package id.kerjasama.command.contact;

import id.kerjasama.command.cooperation.CommandOutcome;
import id.kerjasama.contact.ContactId;
import id.kerjasama.contact.WebhookId;
import id.kerjasama.contact.command.RegisterWebhook;
import id.kerjasama.contact.command.RemoveWebhook;
import id.kerjasama.contact.event.WebhookRegistered;
import id.kerjasama.contact.event.WebhookRemoved;
import id.kerjasama.contact.command.RecordContact;
import id.kerjasama.contact.command.RemoveContact;
import id.kerjasama.contact.event.ContactRecorded;
import id.kerjasama.contact.event.ContactRemoved;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.InvalidValueException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The directory of one region (its aggregate identifier is the region's code): the people the notifier reminds of
 * what their region must answer, and the systems (e-office, a WhatsApp gateway) it posts the reminders to. It comes into being with its first contact. Who may keep it (the
 * region's secretariat) is checked before a command reaches it; it holds only which contacts and webhooks it
 * has, so that a removal names one it holds.
 */
@Aggregate
public class ContactDirectory {

    @AggregateIdentifier
    private RegionCode region;
    private final Set<ContactId> contacts = new HashSet<>();
    private final Set<WebhookId> webhooks = new HashSet<>();

    protected ContactDirectory() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RecordContact command) {
        apply(new ContactRecorded(command.region(), command.contactId(), command.name(), command.role(),
                command.unit(), command.email(), command.phone(), command.language(), command.receives(), command.dailyDigest()));
        return outcome();
    }

    /** Also on a directory not yet created, so that an unknown contact is refused alike wherever it is asked for. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RemoveContact command) {
        if (!contacts.contains(command.contactId())) {
            throw new InvalidValueException("contactId", "UNKNOWN_CONTACT",
                    "contactId names no contact in the directory of " + command.region());
        }
        apply(new ContactRemoved(command.region(), command.contactId()));
        return outcome();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RegisterWebhook command) {
        apply(new WebhookRegistered(command.region(), command.webhookId(), command.name(), command.url(),
                command.receives()));
        return outcome();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RemoveWebhook command) {
        if (!webhooks.contains(command.webhookId())) {
            throw new InvalidValueException("webhookId", "UNKNOWN_WEBHOOK",
                    "webhookId names no webhook in the directory of " + command.region());
        }
        apply(new WebhookRemoved(command.region(), command.webhookId()));
        return outcome();
    }

    /** The directory's new version, which the API answers as the cooperation commands answer theirs. */
    private static CommandOutcome outcome() {
        Long version = AggregateLifecycle.getVersion();
        return new CommandOutcome(null, version == null ? 0 : version);
    }

    @EventSourcingHandler
    void on(ContactRecorded event) {
        region = event.region();
        contacts.add(event.contactId());
    }

    @EventSourcingHandler
    void on(ContactRemoved event) {
        contacts.remove(event.contactId());
    }

    @EventSourcingHandler
    void on(WebhookRegistered event) {
        region = event.region();
        webhooks.add(event.webhookId());
    }

    @EventSourcingHandler
    void on(WebhookRemoved event) {
        webhooks.remove(event.webhookId());
    }
}
