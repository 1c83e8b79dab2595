package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.command.cooperation.policy.ActorScopePolicy;
import id.kerjasama.command.cooperation.CooperationRules.DprdSilence;
import id.kerjasama.command.cooperation.policy.AuditFindingPolicy;
import id.kerjasama.command.cooperation.policy.DateOrderPolicy;
import id.kerjasama.command.cooperation.policy.DormancyAnswerPolicy;
import id.kerjasama.command.cooperation.policy.EvaluationPolicy;
import id.kerjasama.command.cooperation.policy.NotInFuturePolicy;
import id.kerjasama.command.cooperation.policy.PartnerTypePolicy;
import id.kerjasama.command.cooperation.policy.PreparationPolicy;
import id.kerjasama.command.cooperation.policy.SeparationOfDutiesPolicy;
import id.kerjasama.command.cooperation.policy.SigningAuthorityPolicy;
import id.kerjasama.command.cooperation.policy.TermPolicy;
import id.kerjasama.command.cooperation.policy.TerminationPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.command.eventstore.ExpectedVersionTargetResolver;
import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.PreparationDocumentKind;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.StageTransitions;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.*;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.region.RegionCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.kerjasama.actor.AuditMetadata.ACTOR_ID;
import static id.kerjasama.actor.AuditMetadata.ACTOR_REGION;
import static id.kerjasama.actor.AuditMetadata.ACTOR_ROLE;
import static id.kerjasama.actor.AuditMetadata.SYSTEM_ACTOR;
import static id.kerjasama.command.cooperation.Deadlines.*;
import static id.kerjasama.command.cooperation.Rule.*;
import static id.kerjasama.cooperation.DormancyReason.NO_IMPLEMENTING_AGREEMENT;
import static id.kerjasama.cooperation.DormancyReason.NO_RECENT_ACTIVITY;
import static id.kerjasama.cooperation.Stage.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * One regional cooperation, from preparation to its end. Each command handler checks the stage, asks the named
 * policies, then applies an event; event sourcing handlers only record what happened. Documents, the
 * assessment, the DPRD approval, powers of attorney, evaluations, audit findings and the monitoring of deadlines are
 * child entities that keep their own part of the state.
 * <p>
 * The cooperation also sets deadlines for itself ({@link Deadlines}): when one fires, the system records the flag
 * (dormancy, an overdue evaluation or follow-up, the DPRD's silence, an unanswered stop recommendation, the coming
 * end of the term) or the expiry, as the {@code SYSTEM} actor of the cooperation's region.
 */
@Aggregate(snapshotTriggerDefinition = "cooperationSnapshotTrigger",
        commandTargetResolver = "expectedVersionTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Cooperation {

    @AggregateIdentifier
    private CooperationId cooperationId;
    private CooperationType type;
    /** KB for KSDD and KSDPK, NK for a synergy; for an import, whatever was actually signed. */
    private DocumentKind frameworkKind;
    private RegionCode initiatingRegion;
    private String initiatingUnit;
    private Partner partner;
    private Set<GovernmentAffair> affairs = Set.of();
    private Initiator initiator;
    private String initiatedBy;
    private Stage stage;
    private EndReason endReason;
    private Set<PreparationDocumentKind> preparationDocuments = EnumSet.noneOf(PreparationDocumentKind.class);
    private boolean liaisonOfficerAppointed;
    private LocalDate offerSentOn;
    private LocalDate implementationStartedOn;
    private CooperationId successorId;

    @AggregateMember
    private Assessment assessment;
    @AggregateMember
    private DprdApproval dprdApproval;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<DocumentId, AgreementDocument> documents = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<PowerOfAttorneyId, PowerOfAttorney> powersOfAttorney = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<EvaluationId, Evaluation> evaluations = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<AuditFindingId, AuditFinding> auditFindings = new LinkedHashMap<>();
    @AggregateMember
    private Monitoring monitoring = new Monitoring();

    protected Cooperation() {
        // for Axon and snapshots
    }

    // ---- Preparation (persiapan, "penjajakan")

    @CommandHandler
    public Cooperation(InitiateCooperation command, RegionBorders borders, CooperationIds ids) {
        ids.requireFree(command.cooperationId());
        PartnerTypePolicy.check(command.type(), command.initiatingRegion(), command.partner(), command.initiator(), borders)
                .orThrow();
        apply(new CooperationInitiated(command.cooperationId(), command.type(), command.title(), command.reportedLabel(),
                command.initiatingRegion(), command.initiatingUnit(), command.initiator(), command.partner(),
                command.affairs(), command.objective(), null));
    }

    /** A successor spawned by {@link #handle(ProposeExtension)}. */
    private Cooperation(CooperationInitiated successor) {
        apply(successor);
    }

    @CommandHandler
    public void handle(AppointLiaisonOfficer command) {
        requireStage(PREPARATION);
        apply(new LiaisonOfficerAppointed(cooperationId, command.officer()));
    }

    @CommandHandler
    public void handle(AttachPreparationDocument command) {
        requireStage(PREPARATION);
        Verdict.when(command.kind() == PreparationDocumentKind.PARTNER_OFFER_LETTER && initiator != Initiator.PARTNER_OFFER,
                PREPARATION_DOCUMENT_FITS, "this cooperation was initiated by a regional unit, not by a partner's offer").orThrow();
        apply(new PreparationDocumentAttached(cooperationId, command.kind(), command.file()));
    }

    @CommandHandler
    public void handle(SubmitForAssessment command) {
        requireStage(PREPARATION);
        PreparationPolicy.readyForAssessment(type, initiator, preparationDocuments, liaisonOfficerAppointed).orThrow();
        apply(new SubmittedForAssessment(cooperationId));
    }

    // ---- Assessment by the TKKSD (kajian, "pengkajian")

    @CommandHandler
    public void handle(StartAssessment command) {
        requireStage(ASSESSMENT);
        assessment.requireNotStarted();
        apply(new AssessmentStarted(cooperationId));
    }

    @CommandHandler
    public void handle(RecordAssessmentFinding command) {
        requireStage(ASSESSMENT);
        assessment.requireStarted();
        apply(new AssessmentFindingRecorded(cooperationId, command.aspect(), command.finding()));
    }

    @CommandHandler
    public void handle(ConcludeAssessment command, @MetaDataValue(ACTOR_ID) String actor) {
        requireStage(ASSESSMENT);
        assessment.concludable()
                .and(SeparationOfDutiesPolicy.check(initiatedBy, actor, "initiated this cooperation"))
                .orThrow();
        apply(new AssessmentConcluded(cooperationId, command.conclusion(), command.rationale()));
    }

    // ---- Offer (penawaran)

    @CommandHandler
    public void handle(SendOffer command) {
        requireStage(OFFER);
        if (offerSentOn != null) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "the offer was already sent on " + offerSentOn);
        }
        SigningAuthorityPolicy.regionalHead(command.signedBy(), "an offer letter").orThrow();
        apply(new OfferSent(cooperationId, command.letter(), command.signedBy(), command.sentOn()));
    }

    @CommandHandler
    public void handle(RecordPartnerAnswer command) {
        requireStage(OFFER);
        if (offerSentOn == null) {
            throw new CooperationRefused(STAGE_ORDER, "no offer has been sent yet");
        }
        DateOrderPolicy.notBefore(command.answeredOn(), offerSentOn, "the answer", "the offer").orThrow();
        apply(new PartnerAnswerRecorded(cooperationId, command.answer(), command.answeredOn(), command.letter()));
    }

    // ---- Documents: KB, PKS, NK, Rencana Kerja, adendum

    @CommandHandler
    public void handle(DraftAgreement command, CooperationRules rules, DeadlineManager deadlines) {
        DocumentKind kind = command.kind();
        Verdict.when(kind == DocumentKind.ADENDUM, AMEND_SIGNED_ORIGINAL, "an adendum is drafted with amend-agreement")
                .and(instrumentFitsType(kind)).orThrow();
        requireStage(draftingStages(kind));
        requireNewDocument(command.documentId());
        Term frameworkTerm = null;
        if (kind == DocumentKind.KB || kind == DocumentKind.NK) {
            Verdict.when(framework().isPresent(), ONE_FRAMEWORK_DOCUMENT, "this cooperation already has its " + kind).orThrow();
            Verdict.when(command.parentDocumentId() != null, PARENT_DOCUMENT, kind + " has no parent document").orThrow();
        } else {
            AgreementDocument parent = framework().filter(f -> f.id().equals(command.parentDocumentId()))
                    .orElseThrow(() -> new CooperationRefused(PARENT_DOCUMENT,
                            kind + " must name this cooperation's " + frameworkKind + " as parentDocumentId"));
            frameworkTerm = parent.effectiveTerm();
        }
        TermPolicy.check(command.content().term(), frameworkTerm, rules.maxTermYears()).orThrow();
        boolean firstImplementing = isImplementing(kind) && !implementingDrafted();
        apply(new AgreementDrafted(cooperationId, command.documentId(), kind, command.parentDocumentId(),
                command.content(), null));
        if (firstImplementing) {
            // the KB or NK no longer waits for its PKS or Rencana Kerja
            deadlines.cancelAllWithinScope(IMPLEMENTING_AGREEMENT_DRAFTING);
        }
    }

    @CommandHandler
    public void handle(AmendAgreement command, CooperationRules rules) {
        requireNotEnded();
        requireNewDocument(command.documentId());
        AgreementDocument amended = document(command.amendedDocumentId());
        Verdict.when(!amended.signed() || amended.kind() == DocumentKind.ADENDUM, AMEND_SIGNED_ORIGINAL,
                amended.kind() + " " + amended.id() + " is not a signed original").orThrow();
        TermPolicy.check(command.content().term(), frameworkTermAbove(amended), rules.maxTermYears())
                .and(keepsSignedChildrenWithin(amended, command.content().term())).orThrow();
        apply(new AgreementDrafted(cooperationId, command.documentId(), DocumentKind.ADENDUM, amended.id(),
                command.content(), command.changes()));
    }

    @CommandHandler
    public void handle(ReviseDraft command, CooperationRules rules) {
        requireNotEnded();
        AgreementDocument draft = document(command.documentId());
        draft.revisable().orThrow();
        AgreementDocument parent = draft.parentDocumentId() == null ? null : document(draft.parentDocumentId());
        Term frameworkTerm = draft.kind() == DocumentKind.ADENDUM ? frameworkTermAbove(parent)
                : parent == null ? null : parent.effectiveTerm();
        TermPolicy.check(command.content().term(), frameworkTerm, rules.maxTermYears())
                .and(draft.kind() == DocumentKind.ADENDUM ? keepsSignedChildrenWithin(parent, command.content().term())
                        : Verdict.allowed()).orThrow();
        apply(new DraftRevised(cooperationId, draft.id(), command.content(), command.note()));
    }

    @CommandHandler
    public void handle(ApproveDraft command, @MetaDataValue(ACTOR_ID) String actor) {
        requireNotEnded();
        document(command.documentId()).approvableBy(actor).orThrow();
        apply(new DraftApproved(cooperationId, command.documentId()));
    }

    @CommandHandler
    public void handle(RejectDraft command) {
        requireNotEnded();
        document(command.documentId()).revisable().orThrow();
        apply(new DraftRejected(cooperationId, command.documentId(), command.reason()));
    }

    @CommandHandler
    public void handle(SignAgreement command, DeadlineManager deadlines, Clock clock, CooperationRules rules) {
        requireNotEnded();
        AgreementDocument document = document(command.documentId());
        document.signable().orThrow();
        DocumentKind signingAs = document.kind() == DocumentKind.ADENDUM
                ? document(document.parentDocumentId()).kind() : document.kind();
        if (signingAs == DocumentKind.PKS && throughDprd()) {
            Verdict.when(dprdApproval == null || !dprdApproval.cleared(), DPRD_GATE,
                    dprdApproval == null ? "whether the DPRD must approve has not been determined"
                            : "the DPRD has not approved this cooperation").orThrow();
        }
        AgreementDocument parent = document.parentDocumentId() == null ? null : document(document.parentDocumentId());
        if (document.kind() == DocumentKind.RENCANA_KERJA) {
            Verdict.when(!parent.signed(), PARENT_DOCUMENT, "the NK is signed before its Rencana Kerja").orThrow();
        }
        if (parent != null) {
            DateOrderPolicy.notBefore(command.signedOn(), parent.signedOn(), "the signing of this " + document.kind(),
                    "the signing of its " + parent.kind()).orThrow();
        }
        // a power of attorney for a PKS also covers the adendum that amends it
        DocumentId covered = document.kind() == DocumentKind.ADENDUM ? parent.id() : document.id();
        SigningAuthorityPolicy.document(signingAs, command.signatories(), command.signedOn(),
                (signatory, day) -> powerOfAttorney(signatory.powerOfAttorneyId()).authorises(signatory, covered, day))
                .orThrow();
        Optional<LocalDate> termEnd = signedTermEnd();
        apply(new AgreementSigned(cooperationId, document.id(), document.kind(), command.documentNumber(),
                command.signatories(), command.signedOn(), command.signedAt(), command.signedFile()));
        if (document.kind() == frameworkKind) {
            watch(deadlines, clock, IMPLEMENTING_AGREEMENT_DRAFTING, implementingAgreementDue(rules));
        }
        if (!signedTermEnd().equals(termEnd)) {
            // the KB or NK was signed, or an adendum moved its end: deadlines set for another end do nothing
            watchTerm(deadlines, clock, rules);
        }
    }

    // ---- Approval by the DPRD (persetujuan DPRD, part of "pengesahan")

    @CommandHandler
    public void handle(DetermineDprdApprovalRequirement command) {
        requireStage(DPRD_APPROVAL);
        if (dprdApproval != null) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "whether DPRD approval is required was already determined");
        }
        boolean required = command.burdensPublicAndRegion() || !command.fundedInCurrentBudget();
        apply(new DprdApprovalRequirementDetermined(cooperationId, command.burdensPublicAndRegion(),
                command.fundedInCurrentBudget(), required, command.rationale()));
    }

    @CommandHandler
    public void handle(RequestDprdApproval command, CooperationRules rules, DeadlineManager deadlines, Clock clock) {
        requireStage(DPRD_APPROVAL);
        requireDprdDetermined().requireRequestable();
        LocalDate answerDueOn = command.requestedOn().plusDays(rules.dprdResponseDays());
        apply(new DprdApprovalRequested(cooperationId, command.letter(), command.requestedOn(), answerDueOn));
        watch(deadlines, clock, DPRD_RESPONSE, Optional.of(answerDueOn));
    }

    @CommandHandler
    public void handle(RecordDprdDecision command, DeadlineManager deadlines) {
        requireStage(DPRD_APPROVAL);
        requireDprdDetermined().requireAwaitingDecision();
        DateOrderPolicy.notBefore(command.decidedOn(), dprdApproval.requestedOn(), "the DPRD decision", "the request")
                .orThrow();
        apply(new DprdDecisionRecorded(cooperationId, command.decision(), command.decidedOn(),
                command.decisionLetter(), command.note()));
        if (stage == ENDED) {
            cancelDeadlines(deadlines);
        } else {
            deadlines.cancelAllWithinScope(DPRD_RESPONSE);
        }
    }

    // ---- Powers of attorney (surat kuasa) for signing PKS

    @CommandHandler
    public void handle(GrantPowerOfAttorney command) {
        requireStage(DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, MEMORANDUM, IMPLEMENTATION);
        Verdict.when(frameworkKind != DocumentKind.KB, INSTRUMENT_FITS_TYPE, "a power of attorney is for signing PKS under a KB")
                .and(SigningAuthorityPolicy.regionalHead(command.grantor(), "a power of attorney")).orThrow();
        if (command.coversDocumentId() != null) {
            Verdict.when(document(command.coversDocumentId()).kind() != DocumentKind.PKS, POWER_OF_ATTORNEY_COVERS_PKS,
                    "document " + command.coversDocumentId() + " is not a PKS").orThrow();
        }
        if (powersOfAttorney.containsKey(command.powerOfAttorneyId())) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "power of attorney " + command.powerOfAttorneyId() + " already exists");
        }
        apply(new PowerOfAttorneyGranted(cooperationId, command.powerOfAttorneyId(), command.grantee(),
                command.granteeUnit(), command.grantor(), command.coversDocumentId(), command.validFrom(),
                command.validUntil(), command.letter()));
    }

    @CommandHandler
    public void handle(RevokePowerOfAttorney command) {
        requireNotEnded();
        if (powerOfAttorney(command.powerOfAttorneyId()).revoked()) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "power of attorney " + command.powerOfAttorneyId() + " is already revoked");
        }
        apply(new PowerOfAttorneyRevoked(cooperationId, command.powerOfAttorneyId(), command.revokedOn(), command.reason()));
    }

    // ---- Administration (penatausahaan)

    @CommandHandler
    public void handle(RegisterSignedDocument command) {
        document(command.documentId()).registrable().orThrow();
        apply(new SignedDocumentRegistered(cooperationId, command.documentId(), command.registrationNumber(),
                command.archiveLocation()));
    }

    // ---- Implementation (pelaksanaan) and monitoring & evaluation (monev)

    @CommandHandler
    public void handle(StartImplementation command, DeadlineManager deadlines, Clock clock, CooperationRules rules) {
        requireStage(throughDprd() ? IMPLEMENTING_AGREEMENT : MEMORANDUM);
        boolean ready = frameworkKind == DocumentKind.NK
                ? framework().filter(AgreementDocument::signed).isPresent() && anySigned(DocumentKind.RENCANA_KERJA)
                : anySigned(DocumentKind.PKS);
        Verdict.when(!ready, NOTHING_TO_IMPLEMENT, frameworkKind == DocumentKind.NK
                ? "the NK and a Rencana Kerja must be signed" : "no PKS has been signed").orThrow();
        DateOrderPolicy.notBefore(command.startedOn(), framework().orElseThrow().signedOn(), "the start of implementation",
                        "the signing of the " + frameworkKind)
                .and(DateOrderPolicy.notBefore(command.startedOn(), firstImplementingSignedOn(), "the start of implementation",
                        "the signing of the first " + (frameworkKind == DocumentKind.NK ? "Rencana Kerja" : "PKS")))
                .orThrow();
        apply(new ImplementationStarted(cooperationId, command.startedOn()));
        watch(deadlines, clock, INACTIVITY, monitoring.inactivityDue(true, rules));
        watch(deadlines, clock, EVALUATION_CADENCE, monitoring.evaluationDue(true, rules));
    }

    @CommandHandler
    public void handle(RecordActivity command) {
        requireActive();
        DateOrderPolicy.notBefore(command.date(), implementationStartedOn, "the activity", "the start of implementation")
                .orThrow();
        apply(new ActivityRecorded(cooperationId, command.date(), command.description(), command.unit()));
    }

    @CommandHandler
    public void handle(RecordBudgetRealisation command) {
        requireActive();
        apply(new BudgetRealisationRecorded(cooperationId, command.fiscalYear(), command.source(), command.amount(),
                command.description()));
    }

    @CommandHandler
    public void handle(RecordImplementationReport command) {
        requireActive();
        apply(new ImplementationReportRecorded(cooperationId, command.periodStart(), command.periodEnd(),
                command.summary(), command.file()));
    }

    @CommandHandler
    public void handle(RecordEvaluation command, @MetaDataValue(ACTOR_ID) String actor, DeadlineManager deadlines,
                       Clock clock, CooperationRules rules) {
        requireActive();
        EvaluationPolicy.complete(command.kind(), command.grades(), command.overallRating()).orThrow();
        if (evaluations.containsKey(command.evaluationId())) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "evaluation " + command.evaluationId() + " already exists");
        }
        if (command.kind() != EvaluationKind.SELF_REPORT) {
            evaluations.values().stream()
                    .filter(e -> e.kind() == EvaluationKind.SELF_REPORT && e.overlaps(command.periodStart(), command.periodEnd()))
                    .map(e -> SeparationOfDutiesPolicy.check(e.recordedBy(), actor, "self-reported on this period"))
                    .reduce(Verdict.allowed(), Verdict::and).orThrow();
        }
        boolean wasOverdue = monitoring.evaluationOverdue();
        apply(new EvaluationRecorded(cooperationId, command.evaluationId(), command.kind(), command.periodStart(),
                command.periodEnd(), command.grades(), command.overallRating(), command.recommendation(),
                command.followUpActions(), command.summary()));
        if (wasOverdue) {
            // the cadence stopped at the overdue flag; this evaluation restarts it
            watch(deadlines, clock, EVALUATION_CADENCE, monitoring.evaluationDue(true, rules));
        }
        for (int number = 1; number <= command.followUpActions().size(); number++) {
            LocalDate due = command.followUpActions().get(number - 1).dueDate();
            setDeadline(deadlines, clock, FOLLOW_UP_ACTION, due.plusDays(1),
                    new FollowUpActionDue(command.evaluationId(), number, due));
        }
        if (command.recommendation() == Recommendation.STOP) {
            LocalDate answerDueOn = LocalDate.now(clock).plusDays(rules.stopAnswerDays());
            setDeadline(deadlines, clock, STOP_RECOMMENDATION, answerDueOn.plusDays(1),
                    new StopRecommendationDue(command.evaluationId(), answerDueOn));
        }
    }

    // ---- Answers to the flags the deadlines raise

    @CommandHandler
    public void handle(AnswerDormancyFlag command, DeadlineManager deadlines, Clock clock, CooperationRules rules) {
        requireNotEnded();
        monitoring.requireOpenFlag(command.reason());
        LocalDate today = LocalDate.now(clock);
        DormancyAnswerPolicy.check(command.answer(), command.actionPlan(), today).orThrow();
        apply(new DormancyFlagAnswered(cooperationId, command.reason(), command.answer(), command.actionPlan(),
                command.explanation(), today));
        // the answer restarts the watch: if nothing follows it, the cooperation is flagged again
        if (command.reason() == NO_IMPLEMENTING_AGREEMENT) {
            watch(deadlines, clock, IMPLEMENTING_AGREEMENT_DRAFTING, implementingAgreementDue(rules));
        } else {
            watch(deadlines, clock, INACTIVITY, monitoring.inactivityDue(stage == IMPLEMENTATION, rules));
        }
    }

    @CommandHandler
    public void handle(CompleteFollowUpAction command) {
        requireNotEnded();
        evaluation(command.evaluationId()).requireOpenFollowUp(command.actionNumber());
        apply(new FollowUpActionCompleted(cooperationId, command.evaluationId(), command.actionNumber(),
                command.completedOn(), command.note()));
    }

    @CommandHandler
    public void handle(JustifyContinuation command, Clock clock) {
        requireNotEnded();
        evaluation(command.evaluationId()).justifiable().orThrow();
        apply(new ContinuationJustified(cooperationId, command.evaluationId(), command.justification(),
                LocalDate.now(clock)));
    }

    // ---- Audit findings: an inspector looks at any cooperation, in any stage, and never changes its course

    @CommandHandler
    public void handle(RecordAuditFinding command) {
        if (auditFindings.containsKey(command.findingId())) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "audit finding " + command.findingId() + " already exists");
        }
        AuditFindingPolicy.refersToHistory(command.eventSequenceNumbers(), AggregateLifecycle.getVersion()).orThrow();
        apply(new AuditFindingRecorded(cooperationId, command.findingId(), command.severity(), command.description(),
                command.eventSequenceNumbers()));
    }

    @CommandHandler
    public void handle(RecordFindingFollowUp command) {
        auditFinding(command.findingId()).requireOpen();
        apply(new AuditFindingFollowedUp(cooperationId, command.findingId(), command.description(),
                command.followedUpOn(), command.evidence()));
    }

    @CommandHandler
    public void handle(CloseAuditFinding command) {
        auditFinding(command.findingId()).requireOpen();
        apply(new AuditFindingClosed(cooperationId, command.findingId(), command.conclusion()));
    }

    // ---- Extension and end

    @CommandHandler
    public CooperationId handle(ProposeExtension command, CooperationIds ids) throws Exception {
        requireSigned();
        Verdict.when(successorId != null, ONE_SUCCESSOR, "already extended by cooperation " + successorId)
                .and(Verdict.when(implementationStartedOn == null, ONE_SUCCESSOR, "this cooperation was never implemented"))
                .and(Verdict.when(command.successorId().equals(cooperationId), ONE_SUCCESSOR, "a cooperation cannot extend itself"))
                .orThrow();
        ids.requireFree(command.successorId());
        apply(new ExtensionProposed(cooperationId, command.successorId(), command.rationale()));
        CooperationInitiated successor = new CooperationInitiated(command.successorId(), type, command.title(), null,
                initiatingRegion, initiatingUnit, Initiator.REGIONAL_UNIT, partner, affairs, command.rationale(),
                cooperationId);
        createNew(Cooperation.class, () -> new Cooperation(successor));
        return command.successorId();
    }

    @CommandHandler
    public void handle(TerminateCooperation command, CooperationRules rules, DeadlineManager deadlines) {
        requireNotEnded();
        requireSigned();
        TerminationPolicy.check(command.reason(), rules.terminationReasons()).orThrow();
        apply(new CooperationTerminated(cooperationId, command.reason(), command.effectiveOn(), command.explanation()));
        cancelDeadlines(deadlines);
    }

    /** By hand; the {@link Deadlines#TERM_END} deadline does the same when the term is over. */
    @CommandHandler
    public void handle(ExpireCooperation command, Clock clock, DeadlineManager deadlines) {
        requireNotEnded();
        requireSigned();
        LocalDate lastDay = framework().orElseThrow().effectiveTerm().end();
        Verdict.when(!LocalDate.now(clock).isAfter(lastDay), TERM_OVER, "the term runs until " + lastDay).orThrow();
        apply(new CooperationExpired(cooperationId, lastDay));
        cancelDeadlines(deadlines);
    }

    @CommandHandler
    public void handle(WithdrawCooperation command) {
        requireNotEnded();
        if (documents.values().stream().anyMatch(AgreementDocument::signed)) {
            throw new CooperationRefused(ALREADY_SIGNED, "a signed cooperation is terminated, not withdrawn");
        }
        apply(new CooperationWithdrawn(cooperationId, command.reason()));
    }

    // ---- Import of an agreement signed before the region adopted the system

    @CommandHandler
    public Cooperation(ImportSignedAgreement command, RegionBorders borders, CooperationRules rules,
                       DeadlineManager deadlines, Clock clock, CooperationIds ids) {
        ids.requireFree(command.cooperationId());
        NotInFuturePolicy.check(command, LocalDate.now(clock)).orThrow();
        Verdict.when(command.kind() != DocumentKind.KB && command.kind() != DocumentKind.NK, IMPORT_FRAMEWORK_ONLY,
                        "an import brings in a signed KB or NK, not a " + command.kind())
                .and(Verdict.when(!command.type().supported(), TYPE_SUPPORTED, command.type() + " is not supported yet"))
                .orThrow();
        // What was signed is history: rules it breaks are recorded for inspectors, not refused.
        List<Verdict> checks = List.of(
                PartnerTypePolicy.partnerFits(command.type(), command.initiatingRegion(), command.partner(), borders),
                Verdict.when(command.type().frameworkInstrument() != command.kind(), INSTRUMENT_FITS_TYPE,
                        "a " + command.kind() + " was signed for a " + command.type() + " cooperation, which uses a "
                                + command.type().frameworkInstrument()),
                TermPolicy.withinMaximum(command.content().term(), rules.maxTermYears()),
                SigningAuthorityPolicy.document(command.kind(), command.signatories(), command.signedOn(),
                        (signatory, day) -> Verdict.refused(SIGNING_AUTHORITY, "a " + command.kind()
                                + " is not signed under a power of attorney")));
        List<String> deviations = new ArrayList<>();
        checks.forEach(check -> check.refusal().ifPresent(r -> deviations.add(r.rule() + ": " + r.getMessage())));
        apply(new SignedAgreementImported(command.cooperationId(), command.type(), command.reportedLabel(),
                command.initiatingRegion(), command.initiatingUnit(), command.partner(), command.affairs(),
                command.documentId(), command.kind(), command.documentNumber(), command.content(),
                command.signatories(), command.signedOn(), command.signedAt(), command.signedFile(),
                command.sourceDocument(), command.note(), List.copyOf(deviations)))
                // once the aggregate holds the event: a constructor's events are applied after it returns
                .andThen(() -> {
                    // counted from the signing, so an old KB whose PKS never came is flagged as soon as it is imported
                    watch(deadlines, clock, IMPLEMENTING_AGREEMENT_DRAFTING, implementingAgreementDue(rules));
                    watchTerm(deadlines, clock, rules);
                });
    }

    // ---- Deadlines: what the system records on its own when one passes

    @DeadlineHandler(deadlineName = DPRD_RESPONSE)
    void dprdResponseDeadlinePassed(LastDay due, CooperationRules rules) {
        if (stage == DPRD_APPROVAL && dprdApproval.silentPast(due.lastDay())) {
            apply(rules.dprdSilence() == DprdSilence.DEEMED_APPROVED
                    ? new DprdApprovalDeemedGiven(cooperationId, dprdApproval.requestedOn(), due.lastDay())
                    : new DprdResponseOverdue(cooperationId, dprdApproval.requestedOn(), due.lastDay()));
        }
    }

    @DeadlineHandler(deadlineName = IMPLEMENTING_AGREEMENT_DRAFTING)
    void implementingAgreementDeadlinePassed(LastDay due, DeadlineManager deadlines, Clock clock,
                                             CooperationRules rules) {
        slide(due, implementingAgreementDue(rules), IMPLEMENTING_AGREEMENT_DRAFTING, deadlines, clock,
                () -> flagDormant(NO_IMPLEMENTING_AGREEMENT, due));
    }

    @DeadlineHandler(deadlineName = INACTIVITY)
    void inactivityDeadlinePassed(LastDay due, DeadlineManager deadlines, Clock clock, CooperationRules rules) {
        slide(due, monitoring.inactivityDue(stage == IMPLEMENTATION, rules), INACTIVITY, deadlines, clock,
                () -> flagDormant(NO_RECENT_ACTIVITY, due));
    }

    @DeadlineHandler(deadlineName = EVALUATION_CADENCE)
    void evaluationDeadlinePassed(LastDay due, DeadlineManager deadlines, Clock clock, CooperationRules rules) {
        slide(due, monitoring.evaluationDue(stage == IMPLEMENTATION, rules), EVALUATION_CADENCE, deadlines, clock,
                () -> apply(new EvaluationOverdue(cooperationId, monitoring.evaluatedThrough(), due.lastDay())));
    }

    @DeadlineHandler(deadlineName = FOLLOW_UP_ACTION)
    void followUpActionDeadlinePassed(FollowUpActionDue due) {
        Evaluation evaluation = evaluations.get(due.evaluationId());
        if (stage != ENDED && evaluation.followUpAwaited(due.actionNumber())) {
            apply(new FollowUpActionOverdue(cooperationId, due.evaluationId(), due.actionNumber(),
                    evaluation.followUpAction(due.actionNumber())));
        }
    }

    @DeadlineHandler(deadlineName = STOP_RECOMMENDATION)
    void stopRecommendationDeadlinePassed(StopRecommendationDue due) {
        if (stage != ENDED && evaluations.get(due.evaluationId()).stopAwaitsAnswer()) {
            apply(new StopRecommendationUnanswered(cooperationId, due.evaluationId(), due.lastDay()));
        }
    }

    /** A reminder is pointless once the term is over (an old agreement imported late): it simply expires. */
    @DeadlineHandler(deadlineName = EXPIRY_REMINDER)
    void expiryReminderDue(LastDay due, Clock clock) {
        if (termInForceEndsOn(due.lastDay()) && !monitoring.remindedOfExpiry(due.lastDay())
                && !LocalDate.now(clock).isAfter(due.lastDay())) {
            apply(new ExpiryApproaching(cooperationId, framework().orElseThrow().id(), due.lastDay()));
        }
    }

    @DeadlineHandler(deadlineName = TERM_END)
    void termEnded(LastDay due, DeadlineManager deadlines) {
        if (termInForceEndsOn(due.lastDay())) {
            apply(new CooperationExpired(cooperationId, due.lastDay()));
            cancelDeadlines(deadlines);
        }
    }

    // ---- Event sourcing: record what happened, decide nothing

    @EventSourcingHandler
    void on(CooperationInitiated event, @MetaDataValue(ACTOR_ID) String actor) {
        cooperationId = event.cooperationId();
        type = event.type();
        frameworkKind = event.type().frameworkInstrument();
        initiatingRegion = event.initiatingRegion();
        initiatingUnit = event.initiatingUnit();
        partner = event.partner();
        initiator = event.initiator();
        affairs = Set.copyOf(event.affairs());
        initiatedBy = actor;
        moveOn(event);
    }

    @EventSourcingHandler
    void on(LiaisonOfficerAppointed event) {
        liaisonOfficerAppointed = true;
    }

    @EventSourcingHandler
    void on(PreparationDocumentAttached event) {
        preparationDocuments.add(event.kind());
    }

    @EventSourcingHandler
    void on(SubmittedForAssessment event) {
        moveOn(event);
        assessment = new Assessment();
    }

    @EventSourcingHandler
    void on(AssessmentConcluded event) {
        moveOn(event);
    }

    @EventSourcingHandler
    void on(OfferSent event) {
        offerSentOn = event.sentOn();
    }

    @EventSourcingHandler
    void on(PartnerAnswerRecorded event) {
        moveOn(event);
    }

    @EventSourcingHandler
    void on(AgreementDrafted event, @MetaDataValue(ACTOR_ID) String actor) {
        documents.put(event.documentId(), new AgreementDocument(event.documentId(), event.kind(),
                event.parentDocumentId(), event.content(), actor, AgreementDocument.Status.DRAFT, null));
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        moveOn(event);
        if (event.kind() == DocumentKind.ADENDUM) {
            AgreementDocument adendum = documents.get(event.documentId());
            documents.get(adendum.parentDocumentId()).amendedBy(adendum.content());
        }
    }

    @EventSourcingHandler
    void on(DprdApprovalRequirementDetermined event) {
        dprdApproval = new DprdApproval(event.required());
        moveOn(event);
    }

    @EventSourcingHandler
    void on(DprdDecisionRecorded event) {
        moveOn(event);
    }

    @EventSourcingHandler
    void on(PowerOfAttorneyGranted event) {
        powersOfAttorney.put(event.powerOfAttorneyId(), new PowerOfAttorney(event));
    }

    @EventSourcingHandler
    void on(ImplementationStarted event) {
        moveOn(event);
        implementationStartedOn = event.startedOn();
    }

    @EventSourcingHandler
    void on(EvaluationRecorded event, @MetaDataValue(ACTOR_ID) String actor) {
        evaluations.put(event.evaluationId(), new Evaluation(event, actor));
    }

    @EventSourcingHandler
    void on(ExtensionProposed event) {
        successorId = event.successorId();
    }

    @EventSourcingHandler
    void on(CooperationTerminated event) {
        moveOn(event);
    }

    @EventSourcingHandler
    void on(CooperationExpired event) {
        moveOn(event);
    }

    @EventSourcingHandler
    void on(CooperationWithdrawn event) {
        moveOn(event);
    }

    @EventSourcingHandler
    void on(DprdApprovalDeemedGiven event) {
        moveOn(event);
    }

    @EventSourcingHandler
    void on(AuditFindingRecorded event) {
        auditFindings.put(event.findingId(), new AuditFinding(event.findingId()));
    }

    @EventSourcingHandler
    void on(SignedAgreementImported event, @MetaDataValue(ACTOR_ID) String actor) {
        cooperationId = event.cooperationId();
        type = event.type();
        frameworkKind = event.kind();
        initiatingRegion = event.initiatingRegion();
        initiatingUnit = event.initiatingUnit();
        partner = event.partner();
        initiator = Initiator.REGIONAL_UNIT;
        affairs = Set.copyOf(event.affairs());
        initiatedBy = actor;
        documents.put(event.documentId(), new AgreementDocument(event.documentId(), event.kind(), null,
                event.content(), actor, AgreementDocument.Status.SIGNED, event.signedOn()));
        moveOn(event);
    }

    /**
     * Lets a command through only from a caller whose region is a party (or, for an inspector, within the
     * jurisdiction) and only on the version the client expects (its {@code If-Match}), and reports the version it
     * produced, for {@code {id, version}} answers and {@code If-Match}. The version is checked before any rule, so
     * that a retry of a command that was applied is told the cooperation moved on, not that the step was taken; then
     * that no date of what happened lies in the future, whatever the command.
     * Commands without an actor's region come from inside the system (tests, deadlines) and are not scoped.
     */
    @CommandHandlerInterceptor
    Object scopeAndReportVersion(InterceptorChain chain, @MetaDataValue(ACTOR_ROLE) String role,
                                 @MetaDataValue(ACTOR_REGION) String region,
                                 @MetaDataValue(ExpectedVersionTargetResolver.EXPECTED_VERSION) Long expectedVersion,
                                 CommandMessage<?> command, Clock clock) throws Exception {
        if (region != null && !ActorScopePolicy.mayAct(ActorRole.valueOf(role), Jurisdiction.of(region), initiatingRegion,
                partner.region())) {
            throw new OutsideJurisdiction(cooperationId.value());
        }
        ExpectedVersionTargetResolver.requireExpected(cooperationId.value(), expectedVersion, AggregateLifecycle.getVersion());
        NotInFuturePolicy.check(command.getPayload(), LocalDate.now(clock)).orThrow();
        Object result = chain.proceed();
        return new CommandOutcome(result, AggregateLifecycle.getVersion());
    }

    // ---- Helpers: deadlines

    /** Sets a deadline for the start of {@code fireOn} in the region's zone, to be handled as the system of the region. */
    private void setDeadline(DeadlineManager deadlines, Clock clock, String name, LocalDate fireOn, Object due) {
        MetaData system = MetaData.with(ACTOR_ID, SYSTEM_ACTOR).and(ACTOR_ROLE, ActorRole.SYSTEM.name())
                .and(ACTOR_REGION, initiatingRegion.value());
        deadlines.schedule(fireOn.atStartOfDay(clock.getZone()).toInstant(), name, new GenericMessage<>(due, system));
    }

    /** Watches a last day, if there is one: the deadline fires when the day after it begins. */
    private void watch(DeadlineManager deadlines, Clock clock, String name, Optional<LocalDate> lastDay) {
        lastDay.ifPresent(day -> setDeadline(deadlines, clock, name, day.plusDays(1), new LastDay(day)));
    }

    /**
     * A watch whose last day only moves later, as activities, reports, evaluations and answers are recorded. Rather
     * than cancel and set a deadline on each of them, the pending deadline checks when it fires: if the last day has
     * moved on, it sets itself again for the new one; if it still holds, {@code flag} runs; if nothing is watched any
     * more (a flag is open, the cooperation moved on or ended), it does nothing.
     */
    private void slide(LastDay due, Optional<LocalDate> lastDayNow, String name, DeadlineManager deadlines, Clock clock,
                       Runnable flag) {
        lastDayNow.ifPresent(lastDay -> {
            if (lastDay.isAfter(due.lastDay())) {
                watch(deadlines, clock, name, lastDayNow);
            } else {
                flag.run();
            }
        });
    }

    /** The reminder before the term of the KB or NK ends, and its end (DOMAIN.md: reminder 90 days before). */
    private void watchTerm(DeadlineManager deadlines, Clock clock, CooperationRules rules) {
        LocalDate lastDay = signedTermEnd().orElseThrow();
        LocalDate termOver = lastDay.plusDays(1);
        setDeadline(deadlines, clock, EXPIRY_REMINDER, termOver.minusDays(rules.expiryReminderDays()), new LastDay(lastDay));
        setDeadline(deadlines, clock, TERM_END, termOver, new LastDay(lastDay));
    }

    /** The cooperation ended: nothing it watched is due any more. */
    private void cancelDeadlines(DeadlineManager deadlines) {
        Deadlines.ALL.forEach(deadlines::cancelAllWithinScope);
    }

    private void flagDormant(DormancyReason reason, LastDay due) {
        apply(new CooperationFlaggedDormant(cooperationId, reason, monitoring.dormantFrom(reason), due.lastDay()));
    }

    /** The last day to draft a PKS or Rencana Kerja, while the signed KB or NK still waits for one. */
    private Optional<LocalDate> implementingAgreementDue(CooperationRules rules) {
        return monitoring.implementingAgreementDue(stage != ENDED && !implementingDrafted(), rules);
    }

    private static boolean isImplementing(DocumentKind kind) {
        return kind == DocumentKind.PKS || kind == DocumentKind.RENCANA_KERJA;
    }

    /** The day the first PKS or Rencana Kerja was signed: what implementation carries out exists from then on. */
    private LocalDate firstImplementingSignedOn() {
        return documents.values().stream().filter(d -> isImplementing(d.kind()) && d.signed())
                .map(AgreementDocument::signedOn).min(LocalDate::compareTo).orElse(null);
    }

    private boolean implementingDrafted() {
        return documents.values().stream().anyMatch(d -> isImplementing(d.kind()));
    }

    /** The last day of the term in force of the signed KB or NK. */
    private Optional<LocalDate> signedTermEnd() {
        return framework().filter(AgreementDocument::signed).map(f -> f.effectiveTerm().end());
    }

    private boolean termInForceEndsOn(LocalDate lastDay) {
        return stage != ENDED && signedTermEnd().filter(lastDay::equals).isPresent();
    }

    // ---- Helpers

    /** Moves to the stage the event leads to, as the stage rules say; an ending event says why it ended. */
    private void moveOn(CooperationEvent event) {
        StageTransitions.endReason(stage, event, type).ifPresent(reason -> endReason = reason);
        stage = StageTransitions.next(stage, event, type);
    }

    /** Whether the signed framework goes before the DPRD: a KB of a KSDD or KSDPK, never a SYNERGY's. */
    private boolean throughDprd() {
        return StageTransitions.ofSignedFramework(type, frameworkKind) == DPRD_APPROVAL;
    }

    private void requireNotEnded() {
        if (stage == ENDED) {
            throw new CooperationRefused(COOPERATION_ENDED, "the cooperation has ended (" + endReason + ")");
        }
    }

    private void requireStage(Stage... allowed) {
        requireNotEnded();
        if (!List.of(allowed).contains(stage)) {
            throw new CooperationRefused(STAGE_ORDER, "this step belongs to " + List.of(allowed)
                    + "; the cooperation is in " + stage);
        }
    }

    private void requireActive() {
        requireNotEnded();
        if (stage != IMPLEMENTATION) {
            throw new CooperationRefused(NOT_ACTIVE, "the cooperation is in " + stage + ", not in IMPLEMENTATION");
        }
    }

    private void requireSigned() {
        if (framework().filter(AgreementDocument::signed).isEmpty()) {
            throw new CooperationRefused(NOTHING_SIGNED, "no " + frameworkKind + " has been signed");
        }
    }

    private DprdApproval requireDprdDetermined() {
        if (dprdApproval == null) {
            throw new CooperationRefused(STAGE_ORDER, "whether DPRD approval is required has not been determined");
        }
        return dprdApproval;
    }

    private Verdict instrumentFitsType(DocumentKind kind) {
        boolean kbFamily = kind == DocumentKind.KB || kind == DocumentKind.PKS;
        return Verdict.when(kbFamily != (frameworkKind == DocumentKind.KB), INSTRUMENT_FITS_TYPE,
                "a " + type + " cooperation is agreed in " + (frameworkKind == DocumentKind.KB ? "a KB and PKS" : "an NK and Rencana Kerja")
                        + ", not in a " + kind);
    }

    private static Stage[] draftingStages(DocumentKind kind) {
        return switch (kind) {
            case KB -> new Stage[]{JOINT_AGREEMENT};
            case NK -> new Stage[]{MEMORANDUM};
            // MEMORANDUM: a KB signed for a SYNERGY (an imported deviation) takes its PKS there, with no DPRD
            case PKS -> new Stage[]{DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, MEMORANDUM, IMPLEMENTATION};
            case RENCANA_KERJA -> new Stage[]{MEMORANDUM, IMPLEMENTATION};
            case ADENDUM -> new Stage[]{};
        };
    }

    private Optional<AgreementDocument> framework() {
        return documents.values().stream().filter(d -> d.kind() == frameworkKind).findFirst();
    }

    /** The term a document (or its adendum) must stay within: its KB's or NK's, or none for the framework itself. */
    private Term frameworkTermAbove(AgreementDocument document) {
        return document.parentDocumentId() == null ? null : document(document.parentDocumentId()).effectiveTerm();
    }

    /** An adendum to a KB or NK may not leave a signed PKS or Rencana Kerja outside the new term. */
    private Verdict keepsSignedChildrenWithin(AgreementDocument amended, Term newTerm) {
        return documents.values().stream()
                .filter(d -> d.signed() && amended.id().equals(d.parentDocumentId()) && d.kind() != DocumentKind.ADENDUM)
                .map(child -> TermPolicy.withinFramework(child.effectiveTerm(), newTerm))
                .reduce(Verdict.allowed(), Verdict::and);
    }

    private boolean anySigned(DocumentKind kind) {
        return documents.values().stream().anyMatch(d -> d.kind() == kind && d.signed());
    }

    private AgreementDocument document(DocumentId id) {
        return member(documents, id, UNKNOWN_DOCUMENT, "document");
    }

    /** A new draft never takes the id of a document already here: it would replace it, even a signed one. */
    private void requireNewDocument(DocumentId id) {
        if (documents.containsKey(id)) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "document " + id + " already exists in this cooperation");
        }
    }

    private Evaluation evaluation(EvaluationId id) {
        return member(evaluations, id, UNKNOWN_EVALUATION, "evaluation");
    }

    private AuditFinding auditFinding(AuditFindingId id) {
        return member(auditFindings, id, UNKNOWN_AUDIT_FINDING, "audit finding");
    }

    private PowerOfAttorney powerOfAttorney(PowerOfAttorneyId id) {
        return member(powersOfAttorney, id, UNKNOWN_POWER_OF_ATTORNEY, "power of attorney");
    }

    /** A child entity named by a command, which must be one of this cooperation's. */
    private static <K, V> V member(Map<K, V> members, K id, Rule unknown, String what) {
        V member = members.get(id);
        if (member == null) {
            throw new CooperationRefused(unknown, what + " " + id + " is not part of this cooperation");
        }
        return member;
    }
}
