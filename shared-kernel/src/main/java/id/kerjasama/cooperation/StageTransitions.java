package id.kerjasama.cooperation;

import id.kerjasama.cooperation.event.*;

import java.util.Optional;

import static id.kerjasama.cooperation.Stage.*;

/**
 * The stage rules, in one place: which event moves a cooperation to which {@link Stage}, and which event ends it and
 * why. The aggregate, the cooperation detail and the inspectors' files all move by these rules, so what the read
 * side shows is what the command side decided.
 */
public final class StageTransitions {

    private static final EventDispatch<Move> RULES = new EventDispatch<Move>()
            .on(CooperationInitiated.class, (m, e) -> m.to(PREPARATION))
            .on(SignedAgreementImported.class, (m, e) -> m.to(ofSignedFramework(e.type(), e.kind())))
            .on(SubmittedForAssessment.class, (m, e) -> m.to(ASSESSMENT))
            .on(AssessmentConcluded.class, (m, e) -> {
                if (e.conclusion() == AssessmentConclusion.FEASIBLE) {
                    m.to(m.type.frameworkInstrument() == DocumentKind.NK ? MEMORANDUM : OFFER);
                } else if (e.conclusion() == AssessmentConclusion.REVISE) {
                    m.to(PREPARATION);
                } else {
                    m.end(EndReason.REJECTED_IN_ASSESSMENT);
                }
            })
            .on(PartnerAnswerRecorded.class, (m, e) -> {
                if (e.answer() == PartnerAnswer.ACCEPTED) {
                    m.to(JOINT_AGREEMENT);
                } else {
                    m.end(EndReason.OFFER_DECLINED);
                }
            })
            .on(AgreementSigned.class, (m, e) -> {
                if (e.kind() == DocumentKind.KB) {
                    m.to(DPRD_APPROVAL);
                }
            })
            .on(DprdApprovalRequirementDetermined.class, (m, e) -> {
                if (!e.required()) {
                    m.to(IMPLEMENTING_AGREEMENT);
                }
            })
            .on(DprdDecisionRecorded.class, (m, e) -> {
                if (e.decision() == DprdDecision.APPROVED) {
                    m.to(IMPLEMENTING_AGREEMENT);
                } else {
                    m.end(EndReason.DPRD_REJECTED);
                }
            })
            // the DPRD stayed silent past its deadline, which the region's rule counts as approval
            .on(DprdApprovalDeemedGiven.class, (m, e) -> m.to(IMPLEMENTING_AGREEMENT))
            .on(ImplementationStarted.class, (m, e) -> m.to(IMPLEMENTATION))
            .on(CooperationTerminated.class, (m, e) -> m.end(EndReason.TERMINATED))
            .on(CooperationExpired.class, (m, e) -> m.end(EndReason.EXPIRED))
            .on(CooperationWithdrawn.class, (m, e) -> m.end(EndReason.WITHDRAWN))
            .ignoring("a step within the stage the cooperation is in",
                    LiaisonOfficerAppointed.class, PreparationDocumentAttached.class, AssessmentStarted.class,
                    AssessmentFindingRecorded.class, OfferSent.class, AgreementDrafted.class, DraftRevised.class,
                    DraftApproved.class, DraftRejected.class, SignedDocumentRegistered.class,
                    DprdApprovalRequested.class, PowerOfAttorneyGranted.class, PowerOfAttorneyRevoked.class)
            .ignoring("administration, monitoring and audit go alongside implementation, whatever the stage",
                    ActivityRecorded.class, BudgetRealisationRecorded.class, ImplementationReportRecorded.class,
                    EvaluationRecorded.class, FollowUpActionCompleted.class, ContinuationJustified.class,
                    DormancyFlagAnswered.class, AuditFindingRecorded.class, AuditFindingFollowedUp.class,
                    AuditFindingClosed.class, DocumentFileArchived.class)
            .ignoring("what the public register withholds is beside the cooperation's course",
                    PublicationExemptionRecorded.class, PublicationExemptionLifted.class)
            .ignoring("an extension opens a successor; this cooperation runs on to its own end",
                    ExtensionProposed.class)
            .ignoring("a flag the system raises asks for an answer; it moves nothing",
                    CooperationFlaggedDormant.class, EvaluationOverdue.class, FollowUpActionOverdue.class,
                    StopRecommendationUnanswered.class, DprdResponseOverdue.class, ExpiryApproaching.class);

    private StageTransitions() {
    }

    /**
     * The stage a cooperation of {@code type} in {@code current} is in after {@code event}; {@code current} and
     * {@code type} are {@code null} before the event that opens the cooperation.
     */
    public static Stage next(Stage current, CooperationEvent event, CooperationType type) {
        return move(current, event, type).stage;
    }

    /** Why {@code event} ended the cooperation, if it ended it (see {@link #next}). */
    public static Optional<EndReason> endReason(Stage current, CooperationEvent event, CooperationType type) {
        return Optional.ofNullable(move(current, event, type).endReason);
    }

    /**
     * Where a cooperation stands once its framework is signed, here or before the region adopted the system (an
     * import): a KB of a KSDD or KSDPK waits for the DPRD; a SYNERGY has no DPRD stage, so its framework, whatever
     * was signed (an NK, or a KB by deviation), waits in MEMORANDUM for what implements it, as does an NK signed for
     * another type.
     */
    public static Stage ofSignedFramework(CooperationType type, DocumentKind signed) {
        return signed == DocumentKind.KB && type.frameworkInstrument() == DocumentKind.KB ? DPRD_APPROVAL : MEMORANDUM;
    }

    /** The rules, for the tests of whoever moves by them. */
    public static EventDispatch<?> rules() {
        return RULES;
    }

    private static Move move(Stage current, CooperationEvent event, CooperationType type) {
        Move move = new Move(current, type);
        RULES.apply(move, event);
        return move;
    }

    /** One event's move, as the rules work it out. */
    private static final class Move {
        private final CooperationType type;
        private Stage stage;
        private EndReason endReason;

        Move(Stage current, CooperationType type) {
            this.stage = current;
            this.type = type;
        }

        void to(Stage next) {
            stage = next;
        }

        void end(EndReason reason) {
            stage = ENDED;
            endReason = reason;
        }
    }
}
