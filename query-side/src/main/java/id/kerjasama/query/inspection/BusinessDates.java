package id.kerjasama.query.inspection;

import id.kerjasama.cooperation.event.*;

import java.time.LocalDate;

/**
 * The day an event says it happened (its business date: the signing, the letter, the decision), as opposed to the
 * moment it was recorded. An agreement signed in April and imported in December was signed in April, and a report
 * that dated it by its typing would put it in the wrong period and every stage stay at 0 days. An event that names
 * no such day happened the day it was recorded.
 */
public final class BusinessDates {

    private static final EventDispatch<Dating> DATES = new EventDispatch<Dating>()
            .on(SignedAgreementImported.class, (d, e) -> d.day = e.signedOn())
            .on(AgreementSigned.class, (d, e) -> d.day = e.signedOn())
            .on(OfferSent.class, (d, e) -> d.day = e.sentOn())
            .on(PartnerAnswerRecorded.class, (d, e) -> d.day = e.answeredOn())
            .on(DprdApprovalRequested.class, (d, e) -> d.day = e.requestedOn())
            .on(DprdDecisionRecorded.class, (d, e) -> d.day = e.decidedOn())
            // the DPRD's silence became approval when its last day to answer had passed
            .on(DprdApprovalDeemedGiven.class, (d, e) -> d.day = e.answerDueOn().plusDays(1))
            .on(PowerOfAttorneyRevoked.class, (d, e) -> d.day = e.revokedOn())
            .on(ImplementationStarted.class, (d, e) -> d.day = e.startedOn())
            .on(DormancyFlagAnswered.class, (d, e) -> d.day = e.answeredOn())
            .on(ContinuationJustified.class, (d, e) -> d.day = e.justifiedOn())
            // expired with the last day of its term, whenever the expiry was recorded
            .on(CooperationExpired.class, (d, e) -> d.day = e.termEndedOn())
            .on(ActivityRecorded.class, (d, e) -> d.day = e.date())
            .on(FollowUpActionCompleted.class, (d, e) -> d.day = e.completedOn())
            .on(AuditFindingFollowedUp.class, (d, e) -> d.day = e.followedUpOn())
            .on(PublicationExemptionRecorded.class, (d, e) -> d.day = e.decidedOn())
            .ignoring("its dates are planned, not the day it was decided: the day it was recorded is that day",
                    PowerOfAttorneyGranted.class, CooperationTerminated.class)
            .ignoring("its dates name the period it covers, not the day it was made",
                    EvaluationRecorded.class, ImplementationReportRecorded.class, BudgetRealisationRecorded.class)
            .ignoring("raised by the system on the day the deadline passed, which is the day it was recorded",
                    CooperationFlaggedDormant.class, EvaluationOverdue.class, FollowUpActionOverdue.class,
                    StopRecommendationUnanswered.class, DprdResponseOverdue.class, ExpiryApproaching.class)
            .ignoring("names no day of its own: it happened when it was recorded",
                    CooperationInitiated.class, LiaisonOfficerAppointed.class, PreparationDocumentAttached.class,
                    SubmittedForAssessment.class, AssessmentStarted.class, AssessmentFindingRecorded.class,
                    AssessmentConcluded.class, AgreementDrafted.class, DraftRevised.class, DraftApproved.class,
                    DraftRejected.class, SignedDocumentRegistered.class, DprdApprovalRequirementDetermined.class,
                    CooperationWithdrawn.class, ExtensionProposed.class, AuditFindingRecorded.class,
                    AuditFindingClosed.class, PublicationExemptionLifted.class, DocumentFileArchived.class);

    private BusinessDates() {
    }

    /** The day the event says it happened, or {@code recordedOn} when it names none. */
    public static LocalDate of(Object event, LocalDate recordedOn) {
        Dating dating = new Dating();
        DATES.apply(dating, event);
        return dating.day == null ? recordedOn : dating.day;
    }

    /** The dispatch, for its test. */
    static EventDispatch<?> dispatch() {
        return DATES;
    }

    private static final class Dating {
        private LocalDate day;
    }
}
