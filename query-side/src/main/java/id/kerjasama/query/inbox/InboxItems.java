package id.kerjasama.query.inbox;

import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.inspection.InspectionFile.Flag;
import id.kerjasama.query.workqueue.WorkItems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives what a cooperation's region must answer from its detail: every step waiting ({@link WorkItems}, as the work
 * queues show them) and every open flag (the detail's flags, folded by {@code FlagRules} as the inspectors' reports
 * are), so the inbox, the work queues and the inspectors never disagree. The inbox holds no state of its own.
 */
public final class InboxItems {

    /**
     * One item as stored: the cooperation's facts the inbox shows and is scoped by, and the item's own: its kind (a
     * {@link InboxKind} code), the document it is about, what it is about in words, the owner an evaluation named
     * for a follow-up action, since when it waits and its last day.
     */
    public record Item(String cooperationId, String title, Stage stage, String regionCode, String partnerRegionCode,
                       String unit, String liaisonOfficer, String kind, String documentId, String about,
                       String actionOwner, Instant since, LocalDate lastDay) {
    }

    private InboxItems() {
    }

    public static List<Item> of(CooperationDetail d) {
        List<Item> items = new ArrayList<>();
        if (d.id == null) {
            return items;
        }
        for (WorkItems.Item step : WorkItems.of(d)) {
            boolean whole = WorkItems.WHOLE_COOPERATION.equals(step.documentId());
            items.add(item(d, step.queue().name(), whole ? null : step.documentId(), whole ? null : step.title(), null,
                    step.since(), step.lastDay()));
        }
        for (Flag flag : d.flags) {
            if (flag.open()) {
                items.add(item(d, flag.kind.name(), null, flag.about, flag.owner, flag.raisedAt, flag.lastDay));
            }
        }
        return items;
    }

    private static Item item(CooperationDetail d, String kind, String documentId, String about, String actionOwner,
                             Instant since, LocalDate lastDay) {
        return new Item(d.id, d.title, d.stage, d.initiatingRegion.code(),
                d.partnerRegion == null ? null : d.partnerRegion.code(), d.initiatingUnit,
                d.liaisonOfficer == null ? null : d.liaisonOfficer.name(), kind, documentId, about, actionOwner, since,
                lastDay);
    }
}
