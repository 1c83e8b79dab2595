package id.kerjasama.query.workqueue;

import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationDetail.DocumentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Derives the open work items of one cooperation from its detail: the work queues never hold state of their own. */
public final class WorkItems {

    /** Stands for "the cooperation itself" where an item concerns no single document. */
    public static final String WHOLE_COOPERATION = "-";

    /** {@code lastDay} is the day the step is due, where the procedure sets one (the DPRD's answer). */
    public record Item(WorkQueue queue, String documentId, String title, Instant since, LocalDate lastDay) {
    }

    private WorkItems() {
    }

    public static List<Item> of(CooperationDetail d) {
        List<Item> items = new ArrayList<>();
        if (d.stage == null || d.stage == Stage.ENDED) {
            return items;
        }
        if (d.stage == Stage.ASSESSMENT && d.assessment != null) {
            items.add(d.assessment.startedAt == null
                    ? new Item(WorkQueue.AWAITING_ASSESSMENT, WHOLE_COOPERATION, d.title, d.assessment.submittedAt, null)
                    : new Item(WorkQueue.IN_ASSESSMENT, WHOLE_COOPERATION, d.title, d.assessment.startedAt, null));
        }
        if (d.stage == Stage.OFFER && d.offer != null && d.offer.answer == null) {
            items.add(new Item(WorkQueue.AWAITING_PARTNER_ANSWER, WHOLE_COOPERATION, d.title, startOf(d.offer.sentOn), null));
        }
        for (CooperationDetail.Document document : d.documents) {
            String title = document.kind + ": " + document.content.title();
            if (document.status == DocumentStatus.DRAFT) {
                items.add(new Item(WorkQueue.DRAFT_AWAITING_APPROVAL, document.documentId, title, document.draftedAt, null));
            } else if (document.status == DocumentStatus.APPROVED) {
                items.add(new Item(WorkQueue.AWAITING_SIGNATURE, document.documentId, title, document.approval.at(), null));
            }
        }
        if (d.stage == Stage.DPRD_APPROVAL && d.dprd == null) {
            CooperationDetail.Document framework = d.framework();
            items.add(new Item(WorkQueue.AWAITING_DPRD_DETERMINATION, WHOLE_COOPERATION, d.title,
                    startOf(framework.signing.signedOn()), null));
        }
        if (d.dprd != null && d.dprd.requestedOn != null && d.dprd.decision == null) {
            items.add(new Item(WorkQueue.AWAITING_DPRD, WHOLE_COOPERATION, d.title, startOf(d.dprd.requestedOn),
                    d.dprd.answerDueOn));
        }
        return items;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
