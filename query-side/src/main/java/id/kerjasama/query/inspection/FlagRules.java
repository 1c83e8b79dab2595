package id.kerjasama.query.inspection;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.query.inspection.InspectionFile.Flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which event raises which flag and which event answers it: the one rule the inspectors' files and the cooperation
 * detail both fold, so that an inspector and the staff who must answer a flag see the same flags. A flag opens with
 * the event that raised it and closes with its answer or, through {@link #closeAll}, with the end of the cooperation.
 */
public final class FlagRules {

    private static final EventDispatch<Flagging> RULES = new EventDispatch<Flagging>()
            .on(CooperationFlaggedDormant.class, (x, e) -> x.raise(FlagKind.DORMANT, e.reason().name(),
                    e.reason().label() + " since " + e.countedFrom(), null, e.lastDay(), e.lastDay().plusDays(1)))
            .on(DormancyFlagAnswered.class, (x, e) -> x.close(FlagKind.DORMANT + ":" + e.reason()))
            .on(EvaluationOverdue.class, (x, e) -> x.raise(FlagKind.EVALUATION_OVERDUE, null,
                    "evaluated through " + e.evaluatedThrough(), null, e.lastDay(), e.lastDay().plusDays(1)))
            .on(EvaluationRecorded.class, (x, e) -> x.close(FlagKind.EVALUATION_OVERDUE.name()))
            .on(FollowUpActionOverdue.class, (x, e) -> x.raise(FlagKind.FOLLOW_UP_ACTION_OVERDUE,
                    e.evaluationId().value() + "#" + e.actionNumber(), e.action().description(), e.action().owner(),
                    e.action().dueDate(), e.action().dueDate().plusDays(1)))
            .on(FollowUpActionCompleted.class, (x, e) -> x.close(FlagKind.FOLLOW_UP_ACTION_OVERDUE + ":"
                    + e.evaluationId().value() + "#" + e.actionNumber()))
            .on(StopRecommendationUnanswered.class, (x, e) -> x.raise(FlagKind.STOP_RECOMMENDATION_UNANSWERED,
                    e.evaluationId().value(), "answer due " + e.answerDueOn(), null, e.answerDueOn(),
                    e.answerDueOn().plusDays(1)))
            .on(ContinuationJustified.class, (x, e) ->
                    x.close(FlagKind.STOP_RECOMMENDATION_UNANSWERED + ":" + e.evaluationId().value()))
            .on(DprdResponseOverdue.class, (x, e) -> x.raise(FlagKind.DPRD_RESPONSE_OVERDUE, null,
                    "requested " + e.requestedOn() + ", answer due " + e.answerDueOn(), null, e.answerDueOn(),
                    e.answerDueOn().plusDays(1)))
            .on(DprdDecisionRecorded.class, (x, e) -> x.close(FlagKind.DPRD_RESPONSE_OVERDUE.name()))
            // the reminder names only the term's last day: it is open from the day it was recorded
            .on(ExpiryApproaching.class, (x, e) ->
                    x.raise(FlagKind.EXPIRY_APPROACHING, null, "term ends " + e.lastDay(), null, e.lastDay(),
                            x.recordedOn))
            .on(ExtensionProposed.class, (x, e) -> x.close(FlagKind.EXPIRY_APPROACHING.name()))
            .ignoring("raises no flag and answers none; the end of a cooperation closes them all (closeAll)",
                    CooperationInitiated.class, SignedAgreementImported.class, LiaisonOfficerAppointed.class,
                    PreparationDocumentAttached.class, SubmittedForAssessment.class, AssessmentStarted.class,
                    AssessmentFindingRecorded.class, AssessmentConcluded.class, OfferSent.class,
                    PartnerAnswerRecorded.class, AgreementDrafted.class, DraftRevised.class, DraftApproved.class,
                    DraftRejected.class, AgreementSigned.class, SignedDocumentRegistered.class, DocumentFileArchived.class,
                    DprdApprovalRequirementDetermined.class, DprdApprovalRequested.class,
                    DprdApprovalDeemedGiven.class, PowerOfAttorneyGranted.class, PowerOfAttorneyRevoked.class,
                    ImplementationStarted.class, ActivityRecorded.class, BudgetRealisationRecorded.class,
                    ImplementationReportRecorded.class, AuditFindingRecorded.class, AuditFindingFollowedUp.class,
                    AuditFindingClosed.class, CooperationTerminated.class, CooperationExpired.class,
                    CooperationWithdrawn.class, PublicationExemptionRecorded.class, PublicationExemptionLifted.class);

    private FlagRules() {
    }

    /**
     * Raises or closes the flags {@code event} raises or answers.
     *
     * @param recordedOn the day the event was recorded in {@code kerjasama.time-zone}, the day an expiry reminder
     *                   counts from; {@code null} where the zone is not known, and the reminder then has no {@code since}
     * @return whether the event closed a flag that was open
     */
    public static boolean apply(List<Flag> flags, Object event, String actor, Instant at, long sequence,
                                LocalDate recordedOn) {
        Flagging flagging = new Flagging(flags, actor, at, sequence, recordedOn);
        RULES.apply(flagging, event);
        return flagging.closed;
    }

    /** The cooperation ended: every flag still open closes with it, closed by the system. */
    public static void closeAll(List<Flag> flags, Instant at) {
        flags.stream().filter(Flag::open).forEach(flag -> {
            flag.closedAt = at;
            flag.closedBy = AuditMetadata.SYSTEM_ACTOR;
        });
    }

    /** The rules, for their test. */
    static EventDispatch<?> rules() {
        return RULES;
    }

    /** One event's work on the flags: who acted and when, and whether it closed a flag that was open. */
    private static final class Flagging {
        private final List<Flag> flags;
        private final String actor;
        private final Instant at;
        private final long sequence;
        private final LocalDate recordedOn;
        private boolean closed;

        Flagging(List<Flag> flags, String actor, Instant at, long sequence, LocalDate recordedOn) {
            this.flags = flags;
            this.actor = actor;
            this.at = at;
            this.sequence = sequence;
            this.recordedOn = recordedOn;
        }

        void raise(FlagKind kind, String about, String text, String owner, LocalDate lastDay, LocalDate since) {
            Flag flag = new Flag();
            flag.raisedSequence = sequence;
            flag.kind = kind;
            flag.key = about == null ? kind.name() : kind + ":" + about;
            flag.about = text;
            flag.owner = owner;
            flag.lastDay = lastDay;
            flag.since = since;
            flag.answeredWith = kind.answeredWith();
            flag.raisedAt = at;
            flags.add(flag);
        }

        void close(String key) {
            for (Flag flag : flags) {
                if (flag.open() && flag.key.equals(key)) {
                    flag.closedAt = at;
                    flag.closedBy = actor;
                    closed = true;
                }
            }
        }
    }
}
