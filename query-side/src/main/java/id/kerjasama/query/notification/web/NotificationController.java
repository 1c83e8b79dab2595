package id.kerjasama.query.notification.web;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Caller;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.RegistryQuery;
import id.kerjasama.query.notification.Contact;
import id.kerjasama.query.notification.Contacts;
import id.kerjasama.query.notification.MessageNotGivenUp;
import id.kerjasama.query.notification.NotificationStatus;
import id.kerjasama.query.notification.Notifications;
import id.kerjasama.query.notification.WebhookSigning;
import id.kerjasama.query.notification.Webhooks;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.query.security.CurrentCaller;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The reminders sent, failed, retried or given up, with every attempt: for the secretariat, those of its region's
 * cooperations; for the operator, all. And the directory of the secretariat's region (contacts, webhooks and their
 * signing keys), as the notifier holds it.
 */
@RestController
@Tag(name = "Reminders")
public class NotificationController {

    private final Notifications notifications;
    private final Contacts contacts;
    private final Webhooks webhooks;
    private final WebhookSigning signing;
    private final CurrentCaller caller;

    NotificationController(Notifications notifications, Contacts contacts, Webhooks webhooks, WebhookSigning signing,
                           CurrentCaller caller) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.webhooks = webhooks;
        this.signing = signing;
        this.caller = caller;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "The reminders made, newest first, with their status and every attempt to deliver them")
    public Page<Notifications.Message> list(
            @Parameter(description = "only messages with this status", schema = @Schema(implementation = NotificationStatus.class))
            @RequestParam(required = false) String status,
            @Parameter(description = "only messages about this cooperation (its id)")
            @RequestParam(required = false) String cooperationId,
            @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "messages per page, 1 to 200") @RequestParam(defaultValue = "20") int size) {
        String region = regionOfCaller();
        if (page < 0) {
            throw new InvalidValueException("page", "NOT_NEGATIVE", "page counts from 0");
        }
        if (size < 1 || size > RegistryQuery.MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "RANGE", "size must be from 1 to " + RegistryQuery.MAX_PAGE_SIZE);
        }
        return notifications.search(region, status(status), cooperationId == null ? null : cooperationId.strip(),
                page, size);
    }

    @PostMapping("/api/notifications/{id}/retry")
    @Operation(summary = "Another round of attempts for a message given up; 404 for one not given up or not the caller's")
    public MessageRetried retry(@Parameter(description = "the message's id") @PathVariable long id) {
        String region = regionOfCaller();
        if (!notifications.retry(id, region, Instant.now())) {
            throw new MessageNotGivenUp(id);
        }
        return new MessageRetried(id, NotificationStatus.RETRYING);
    }

    /** A message given up that is due again. */
    public record MessageRetried(long id, NotificationStatus status) {
    }

    @GetMapping("/api/contacts")
    @Operation(summary = "The contact directory of the secretariat's region, by name")
    public List<Contact> contacts() {
        caller.requireAnyOf(ActorRole.SECRETARIAT);
        return contacts.of(caller.scope().caller().jurisdiction().region());
    }

    @GetMapping("/api/webhooks")
    @Operation(summary = "The webhooks of the secretariat's region, each with the key its posts are signed with")
    public List<WebhookView> webhooks() {
        caller.requireAnyOf(ActorRole.SECRETARIAT);
        return webhooks.of(caller.scope().caller().jurisdiction().region()).stream()
                .map(webhook -> new WebhookView(webhook.webhookId(), webhook.name(), webhook.url(), webhook.receives(),
                        signing.keyOf(webhook.webhookId()))).toList();
    }

    /** A webhook and its signing key, which the receiving system needs to verify each post (docs/REMINDERS.md). */
    public record WebhookView(String webhookId, String name, String url, Set<ReminderKind> receives, String signingKey) {
    }

    /** The region whose messages the caller reads: the secretariat's own, or null for the operator (every region). */
    private String regionOfCaller() {
        caller.requireAnyOf(ActorRole.SECRETARIAT, ActorRole.OPERATOR);
        Caller who = caller.scope().caller();
        if (who.role() == ActorRole.OPERATOR) {
            return null;
        }
        RegionCode region = who.jurisdiction().region();
        return region.value();
    }

    private static NotificationStatus status(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(NotificationStatus.values()).filter(s -> s.name().equals(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("status", "ONE_OF",
                        "status must be one of " + Arrays.toString(NotificationStatus.values())));
    }
}
