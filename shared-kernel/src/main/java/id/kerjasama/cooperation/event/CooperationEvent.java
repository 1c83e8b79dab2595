package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;

/**
 * Every fact of a cooperation's history. Sealed, so that each dispatch over the events (the stage transitions, the
 * aggregate, the folds of the read side) can be checked against the whole list: a new event type fails their tests
 * until each one handles it or says why it leaves it alone. Implementing this adds nothing to an event's stored form.
 */
public sealed interface CooperationEvent permits
        ActivityRecorded,
        AgreementDrafted,
        AgreementSigned,
        AssessmentConcluded,
        AssessmentFindingRecorded,
        AssessmentStarted,
        AuditFindingClosed,
        AuditFindingFollowedUp,
        AuditFindingRecorded,
        BudgetRealisationRecorded,
        ContinuationJustified,
        CooperationExpired,
        CooperationFlaggedDormant,
        CooperationInitiated,
        CooperationTerminated,
        CooperationWithdrawn,
        DormancyFlagAnswered,
        DprdApprovalDeemedGiven,
        DprdApprovalRequested,
        DprdApprovalRequirementDetermined,
        DprdDecisionRecorded,
        DocumentFileArchived,
        DprdResponseOverdue,
        DraftApproved,
        DraftRejected,
        DraftRevised,
        EvaluationOverdue,
        EvaluationRecorded,
        ExpiryApproaching,
        ExtensionProposed,
        FollowUpActionCompleted,
        FollowUpActionOverdue,
        ImplementationReportRecorded,
        ImplementationStarted,
        LiaisonOfficerAppointed,
        OfferSent,
        PartnerAnswerRecorded,
        PowerOfAttorneyGranted,
        PowerOfAttorneyRevoked,
        PreparationDocumentAttached,
        PublicationExemptionLifted,
        PublicationExemptionRecorded,
        SignedAgreementImported,
        SignedDocumentRegistered,
        StopRecommendationUnanswered,
        SubmittedForAssessment {

    /** The cooperation the event belongs to, the aggregate it was applied to. */
    CooperationId cooperationId();
}
