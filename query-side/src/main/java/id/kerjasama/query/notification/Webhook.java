package id.kerjasama.query.notification;

import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.query.inbox.InboxItems;
import id.kerjasama.query.inbox.InboxKind;
import id.kerjasama.region.RegionCode;

import java.util.Set;

/** A system a region's reminders are posted to, as the notifier holds it. */
public record Webhook(String webhookId, String regionCode, String name, String url, Set<ReminderKind> receives) {

    /**
     * Whether {@code item} is posted here: an item of a cooperation of the webhook's region (of the province, for a
     * province's directory) of a kind it chose (nothing chosen: every kind).
     */
    public boolean posts(InboxItems.Item item) {
        ReminderKind category = Contact.categoryOf(InboxKind.of(item.kind()));
        return Jurisdiction.of(regionCode).covers(RegionCode.of(item.regionCode()))
                && (receives.isEmpty() || receives.contains(category));
    }
}
