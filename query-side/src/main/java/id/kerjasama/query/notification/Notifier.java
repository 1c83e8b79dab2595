package id.kerjasama.query.notification;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.event.ContactRecorded;
import id.kerjasama.contact.event.ContactRemoved;
import id.kerjasama.contact.event.WebhookRegistered;
import id.kerjasama.contact.event.WebhookRemoved;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kerjasama.cooperation.event.CooperationEvent;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationHistory;
import id.kerjasama.query.inbox.InboxItems;
import id.kerjasama.region.RegionCode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells people what their region must answer, once. It is a processor of its own ({@value #PROCESSING_GROUP}, with its
 * own token), apart from the read models: a rebuild of those neither resends nor forgets anything here.
 * <p>
 * For each event of a cooperation it asks the inbox ({@link InboxItems}, the one source of "what waits on whom") what
 * became due with that event: the items after it that were not there before it, both computed from the cooperation's
 * events (folded from the store, then kept from one event to the next; never from the read model, which another processor
 * keeps and a rebuild empties). Each contact
 * to remind of one of them ({@link Contact#remindedOf}) gets one message per event listing them, keyed by (event,
 * recipient), and each webhook of the region one post listing what it chose. It also keeps the directories, in the order of the events, so that a contact is reminded from
 * the moment they were recorded. The cooperation's liaison officer, when appointed with an e-mail address, is
 * reminded as an officer of the initiating unit.
 */
@Component
@ProcessingGroup(Notifier.PROCESSING_GROUP)
class Notifier {

    public static final String PROCESSING_GROUP = "notifier";

    /** What tells items apart across events: what they are and what they are about, not when they were shown. */
    private record ItemKey(String kind, String documentId, String about, String actionOwner) {
        static ItemKey of(InboxItems.Item item) {
            return new ItemKey(item.kind(), item.documentId(), item.about(), item.actionOwner());
        }
    }

    private final Contacts contacts;
    private final Webhooks webhooks;
    private final Notifications notifications;
    private final ObjectMapper json;
    private final ReminderTexts texts;
    private final EventStore events;
    private final boolean mailConfigured;
    private final Duration maxEventAge;
    private final Clock clock = Clock.systemUTC();
    private final TransactionTemplate savepoint;
    /**
     * Cooperations as this notifier last folded them, at most {@value #FOLDED_COOPERATIONS}, the least used leaving
     * first: an event right after the one an entry stands at evolves it, any other (the first this instance sees, or
     * one again after a batch rolled back) is folded from the store. Only this processor's single thread uses it.
     */
    private final Map<String, Folded> folded = Caffeine.newBuilder().maximumSize(FOLDED_COOPERATIONS).<String, Folded>build().asMap();

    static final int FOLDED_COOPERATIONS = 2_000;

    private record Folded(long sequence, CooperationDetail detail) {
    }

    Notifier(Contacts contacts, Webhooks webhooks, Notifications notifications, ReminderTexts texts, EventStore events,
             ObjectMapper json, ObjectProvider<JavaMailSender> mail, PlatformTransactionManager transactions,
             @Value("${kerjasama.notifications.max-event-age:7d}") Duration maxEventAge) {
        this.contacts = contacts;
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.json = json;
        this.texts = texts;
        this.events = events;
        this.mailConfigured = mail.getIfAvailable() != null;
        this.maxEventAge = maxEventAge;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventHandler
    void on(ContactRecorded event) {
        contacts.save(event);
    }

    @EventHandler
    void on(ContactRemoved event) {
        contacts.remove(event.contactId().value());
    }

    @EventHandler
    void on(WebhookRegistered event) {
        webhooks.save(event);
    }

    @EventHandler
    void on(WebhookRemoved event) {
        webhooks.remove(event.webhookId().value());
    }

    /**
     * An event older than {@code kerjasama.notifications.max-event-age} reminds nobody: when the notifier first starts
     * on a store with years of history, or after a long outage, what fell due then is in the inbox, not in the mail.
     */
    @EventHandler
    void on(CooperationEvent event, DomainEventMessage<?> message) {
        Instant now = clock.instant();
        if (message.getTimestamp().isBefore(now.minus(maxEventAge))) {
            return;
        }
        CooperationDetail detail = foldedBefore(message);
        List<InboxItems.Item> due = newlyDue(message, detail);
        if (due.isEmpty()) {
            return;
        }
        // in a savepoint of the processor's transaction: a message the database refuses (on PostgreSQL, any text with
        // a NUL character) would otherwise leave that transaction aborted, and the token could not move past the event
        savepoint.executeWithoutResult(status -> remind(message.getIdentifier(), due, detail, now));
    }

    private void remind(String eventId, List<InboxItems.Item> due, CooperationDetail detail, Instant now) {
        InboxItems.Item first = due.get(0);
        RegionCode region = RegionCode.of(first.regionCode());
        Map<Contact, List<InboxItems.Item>> byContact = new LinkedHashMap<>();
        for (Contact contact : withLiaisonOfficer(contacts.near(region), detail)) {
            List<InboxItems.Item> theirs = due.stream().filter(contact::remindedOf).toList();
            if (!theirs.isEmpty()) {
                byContact.put(contact, theirs);
            }
        }
        byContact.forEach((contact, items) -> {
            ReminderTexts.Text text = texts.of(contact, items);
            NotificationStatus status = contact.dailyDigest() ? NotificationStatus.HELD
                    : mailConfigured ? NotificationStatus.PENDING : NotificationStatus.OUTBOX;
            notifications.addOnce(new Notifications.New(eventId, Notifications.Channel.EMAIL, contact.email(),
                    contact.contactId(), null, first.cooperationId(), first.regionCode(), kinds(items),
                    contact.language().name(), text.subject(), text.body(), status), now);
        });
        for (Webhook webhook : webhooks.near(region)) {
            List<InboxItems.Item> posted = due.stream().filter(webhook::posts).toList();
            if (!posted.isEmpty()) {
                List<Contact> reminded = byContact.entrySet().stream()
                        .filter(entry -> entry.getValue().stream().anyMatch(posted::contains)).map(Map.Entry::getKey)
                        .toList();
                notifications.addOnce(new Notifications.New(eventId, Notifications.Channel.WEBHOOK,
                        webhook.webhookId(), null, webhook.webhookId(), first.cooperationId(), first.regionCode(),
                        kinds(posted), null, null, WebhookBody.json(json, eventId, webhook,
                        texts.link(first.cooperationId()), posted, reminded), NotificationStatus.PENDING), now);
            }
        }
    }

    private static List<String> kinds(List<InboxItems.Item> items) {
        return items.stream().map(InboxItems.Item::kind).distinct().toList();
    }

    /**
     * The directory's contacts, and the cooperation's liaison officer if an address was recorded for them and no
     * contact has it: reminded as an officer of the initiating unit, in Indonesian.
     */
    private static List<Contact> withLiaisonOfficer(List<Contact> near, CooperationDetail detail) {
        String email = detail.liaisonOfficerEmail;
        if (email == null || near.stream().anyMatch(contact -> contact.email().equals(email))) {
            return near;
        }
        List<Contact> all = new ArrayList<>(near);
        all.add(new Contact(null, detail.initiatingRegion.code(), detail.liaisonOfficer.name(), ActorRole.UNIT_OFFICER,
                detail.initiatingUnit, email, null, Language.ID, Set.of(), false));
        return all;
    }

    /**
     * The cooperation as it stood before {@code message}: kept from the event before, or folded from the store. Read
     * from the first event: without a sequence number the store starts at the command side's latest snapshot, an
     * aggregate this side cannot fold.
     */
    private CooperationDetail foldedBefore(DomainEventMessage<?> message) {
        Folded last = folded.remove(message.getAggregateIdentifier());
        if (last != null && last.sequence() == message.getSequenceNumber() - 1) {
            return last.detail();
        }
        CooperationDetail detail = new CooperationDetail();
        events.readEvents(message.getAggregateIdentifier(), 0).asStream()
                .takeWhile(earlier -> earlier.getSequenceNumber() < message.getSequenceNumber())
                .forEach(earlier -> CooperationHistory.evolve(detail, earlier));
        return detail;
    }

    /** The items due with {@code message}, with {@code detail} evolved by it and kept for the next event. */
    private List<InboxItems.Item> newlyDue(DomainEventMessage<?> message, CooperationDetail detail) {
        Set<ItemKey> before = InboxItems.of(detail).stream().map(ItemKey::of).collect(Collectors.toSet());
        CooperationHistory.evolve(detail, message);
        folded.put(message.getAggregateIdentifier(), new Folded(message.getSequenceNumber(), detail));
        return InboxItems.of(detail).stream().filter(item -> !before.contains(ItemKey.of(item))).toList();
    }
}
