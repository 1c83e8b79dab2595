package id.kerjasama.query.notification;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.query.inbox.InboxItems;
import id.kerjasama.query.inbox.InboxKind;
import id.kerjasama.region.RegionCode;

import java.util.Set;

/** A person of a region's contact directory, as the notifier holds it. */
public record Contact(String contactId, String regionCode, String name, ActorRole role, String unit, String email,
                      String phone, Language language, Set<ReminderKind> receives,
                      boolean dailyDigest) {

    /**
     * Whether this contact is to be reminded of {@code item}. Staff are reminded of what their role answers in their own
     * region's cooperations (docs/REMINDERS.md, "Who is told"), a unit officer only of their unit's, each of what they
     * chose (nothing chosen: everything); an inspector answers nothing and is reminded only of what they chose, within
     * their jurisdiction (a province's directory covers its regions).
     */
    public boolean remindedOf(InboxItems.Item item) {
        InboxKind kind = InboxKind.of(item.kind());
        ReminderKind category = categoryOf(kind);
        RegionCode cooperationRegion = RegionCode.of(item.regionCode());
        if (role == ActorRole.INSPECTOR) {
            return receives.contains(category) && Jurisdiction.of(regionCode).covers(cooperationRegion);
        }
        if (!regionCode.equals(item.regionCode()) || !kind.roles().contains(role)) {
            return false;
        }
        if (role == ActorRole.UNIT_OFFICER && (item.unit() == null || !item.unit().strip().equalsIgnoreCase(unit))) {
            return false;
        }
        return receives.isEmpty() || receives.contains(category);
    }

    static ReminderKind categoryOf(InboxKind kind) {
        return kind.category() == InboxKind.Category.FLAG ? ReminderKind.FLAGS : ReminderKind.WAITING_STEPS;
    }
}
