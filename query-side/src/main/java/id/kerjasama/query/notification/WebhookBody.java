package id.kerjasama.query.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.Language;
import id.kerjasama.query.inbox.InboxEntry;
import id.kerjasama.query.inbox.InboxItems;

import java.util.List;

/**
 * What is posted to a webhook: the event that made the items due, the items as the inbox shows them (what, about which
 * cooperation, since when, by when, who answers, with which command), the link to the cooperation, and the contacts
 * reminded of them by e-mail, with their phone numbers, for a gateway that reaches them another way.
 */
public record WebhookBody(String eventId, String webhookId, String link, List<InboxEntry> items,
                          List<Recipient> recipients) {

    public record Recipient(String name, ActorRole role, String unit, String email, String phone, Language language) {

        static Recipient of(Contact contact) {
            return new Recipient(contact.name(), contact.role(), contact.unit(), contact.email(), contact.phone(),
                    contact.language());
        }
    }

    static String json(ObjectMapper json, String eventId, Webhook webhook, String link, List<InboxItems.Item> items,
                       List<Contact> reminded) {
        try {
            return json.writeValueAsString(new WebhookBody(eventId, webhook.webhookId(), link,
                    items.stream().map(InboxEntry::of).toList(), reminded.stream().map(Recipient::of).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook's body cannot be written", e);
        }
    }
}
