package id.kerjasama.query.workqueue;

import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.DocumentKind;
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
        if (d.stage == null) {
            return items;
        }
        if (d.stage != Stage.ENDED) {
            items.addAll(steps(d));
            for (CooperationDetail.Document document : d.documents) {
                String title = title(document);
                if (document.status == DocumentStatus.DRAFT) {
                    items.add(new Item(WorkQueue.DRAFT_AWAITING_APPROVAL, document.documentId, title, document.draftedAt, null));
                } else if (document.status == DocumentStatus.APPROVED) {
                    items.add(new Item(WorkQueue.AWAITING_SIGNATURE, document.documentId, title, document.approval.at(), null));
                } else if (document.status == DocumentStatus.REJECTED) {
                    items.add(new Item(WorkQueue.DRAFT_TO_REVISE, document.documentId, title,
                            document.rejections.get(document.rejections.size() - 1).at(), null));
                }
            }
        }
        for (CooperationDetail.Document document : d.documents) {
            if (document.status == DocumentStatus.SIGNED && document.registration == null) {
                items.add(new Item(WorkQueue.AWAITING_REGISTRATION, document.documentId, title(document),
                        startOf(document.signing.signedOn()), null));
            }
        }
        return items;
    }

    /** The step of the procedure that waits for the cooperation as a whole, by stage. */
    private static List<Item> steps(CooperationDetail d) {
        CooperationDetail.Document framework = d.framework();
        boolean frameworkSigned = framework != null && framework.status == DocumentStatus.SIGNED;
        return switch (d.stage) {
            case PREPARATION -> List.of(d.assessment != null && d.assessment.conclusion == AssessmentConclusion.REVISE
                    ? whole(d, WorkQueue.AWAITING_RESUBMISSION, d.assessment.concludedAt, null)
                    : whole(d, WorkQueue.PREPARATION_TO_SUBMIT, d.initiatedAt, null));
            case ASSESSMENT -> List.of(d.assessment.startedAt == null
                    ? whole(d, WorkQueue.AWAITING_ASSESSMENT, d.assessment.submittedAt, null)
                    : whole(d, WorkQueue.IN_ASSESSMENT, d.assessment.startedAt, null));
            // once the partner answered, the cooperation has left the offer stage
            case OFFER -> List.of(d.offer == null
                    ? whole(d, WorkQueue.AWAITING_OFFER, d.assessment.concludedAt, null)
                    : whole(d, WorkQueue.AWAITING_PARTNER_ANSWER, startOf(d.offer.sentOn), null));
            case JOINT_AGREEMENT -> framework == null
                    ? List.of(whole(d, WorkQueue.AWAITING_FRAMEWORK_DRAFT, startOf(d.offer.answeredOn), null)) : List.of();
            case DPRD_APPROVAL -> dprdStep(d, framework);
            case IMPLEMENTING_AGREEMENT, MEMORANDUM -> framework == null
                    ? List.of(whole(d, WorkQueue.AWAITING_FRAMEWORK_DRAFT, d.assessment.concludedAt, null))
                    : frameworkSigned ? implementingStep(d, framework) : List.of();
            // implementation is kept going by the deadlines' flags (dormancy, evaluations due, the term ending)
            case IMPLEMENTATION, ENDED -> List.of();
        };
    }

    private static List<Item> dprdStep(CooperationDetail d, CooperationDetail.Document framework) {
        Instant kbSigned = startOf(framework.signing.signedOn());
        if (d.dprd == null) {
            return List.of(whole(d, WorkQueue.AWAITING_DPRD_DETERMINATION, kbSigned, null));
        }
        if (d.dprd.requestedOn == null) {
            return List.of(whole(d, WorkQueue.AWAITING_DPRD_REQUEST, kbSigned, null));
        }
        return List.of(whole(d, WorkQueue.AWAITING_DPRD, startOf(d.dprd.requestedOn), d.dprd.answerDueOn));
    }

    /**
     * Under a signed KB or NK: its PKS or Rencana Kerja to draft, then implementation to start once what it carries
     * out is signed (a PKS; for an NK, a Rencana Kerja), as the command side's rule on starting implementation says.
     */
    private static List<Item> implementingStep(CooperationDetail d, CooperationDetail.Document framework) {
        List<CooperationDetail.Document> implementing = d.documents.stream()
                .filter(doc -> doc.kind == DocumentKind.PKS || doc.kind == DocumentKind.RENCANA_KERJA).toList();
        if (implementing.isEmpty()) {
            return List.of(whole(d, WorkQueue.AWAITING_IMPLEMENTING_DRAFT, startOf(framework.signing.signedOn()), null));
        }
        DocumentKind carriedOut = framework.kind == DocumentKind.NK ? DocumentKind.RENCANA_KERJA : DocumentKind.PKS;
        return implementing.stream()
                .filter(doc -> doc.kind == carriedOut && doc.status == DocumentStatus.SIGNED)
                .map(doc -> doc.signing.signedOn()).min(LocalDate::compareTo)
                .map(first -> List.of(whole(d, WorkQueue.AWAITING_IMPLEMENTATION_START, startOf(first), null)))
                .orElse(List.of());
    }

    private static Item whole(CooperationDetail d, WorkQueue queue, Instant since, LocalDate lastDay) {
        return new Item(queue, WHOLE_COOPERATION, d.title, since, lastDay);
    }

    private static String title(CooperationDetail.Document document) {
        return document.kind + ": " + document.content.title();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
