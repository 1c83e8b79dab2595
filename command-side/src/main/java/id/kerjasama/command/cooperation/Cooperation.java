package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.command.cooperation.CooperationRules.DprdSilence;
import id.kerjasama.command.cooperation.policy.ActorScopePolicy;
import id.kerjasama.command.cooperation.policy.AlreadySignedPolicy;
import id.kerjasama.command.cooperation.policy.AmendSignedOriginalPolicy;
import id.kerjasama.command.cooperation.policy.AuditFindingPolicy;
import id.kerjasama.command.cooperation.policy.CooperationEndedPolicy;
import id.kerjasama.command.cooperation.policy.DateOrderPolicy;
import id.kerjasama.command.cooperation.policy.DormancyAnswerPolicy;
import id.kerjasama.command.cooperation.policy.DprdGatePolicy;
import id.kerjasama.command.cooperation.policy.EvaluationPolicy;
import id.kerjasama.command.cooperation.policy.ImportDeviationPolicy;
import id.kerjasama.command.cooperation.policy.ImportFrameworkOnlyPolicy;
import id.kerjasama.command.cooperation.policy.InstrumentFitsTypePolicy;
import id.kerjasama.command.cooperation.policy.NotActivePolicy;
import id.kerjasama.command.cooperation.policy.NotInFuturePolicy;
import id.kerjasama.command.cooperation.policy.NothingSignedPolicy;
import id.kerjasama.command.cooperation.policy.NothingToImplementPolicy;
import id.kerjasama.command.cooperation.policy.OneFrameworkDocumentPolicy;
import id.kerjasama.command.cooperation.policy.OneSuccessorPolicy;
import id.kerjasama.command.cooperation.policy.ParentDocumentPolicy;
import id.kerjasama.command.cooperation.policy.PartnerTypePolicy;
import id.kerjasama.command.cooperation.policy.PowerOfAttorneyCoversPksPolicy;
import id.kerjasama.command.cooperation.policy.PreparationDocumentFitsPolicy;
import id.kerjasama.command.cooperation.policy.PreparationPolicy;
import id.kerjasama.command.cooperation.policy.PublicationExemptionPolicy;
import id.kerjasama.command.cooperation.policy.SeparationOfDutiesPolicy;
import id.kerjasama.command.cooperation.policy.SigningAuthorityPolicy;
import id.kerjasama.command.cooperation.policy.StageOrderPolicy;
import id.kerjasama.command.cooperation.policy.StepAlreadyTakenPolicy;
import id.kerjasama.command.cooperation.policy.TermOverPolicy;
import id.kerjasama.command.cooperation.policy.TermPolicy;
import id.kerjasama.command.cooperation.policy.TerminationPolicy;
import id.kerjasama.command.cooperation.policy.UnknownMemberPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.command.eventstore.ExpectedVersionTargetResolver;
import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.CommandStages;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.PreparationDocumentKind;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.StageTransitions;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.*;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.region.RegionCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.kerjasama.actor.AuditMetadata.ACTOR_ID;
import static id.kerjasama.actor.AuditMetadata.ACTOR_REGION;
import static id.kerjasama.actor.AuditMetadata.ACTOR_ROLE;
import static id.kerjasama.command.cooperation.Deadlines.*;
import static id.kerjasama.cooperation.DormancyReason.NO_IMPLEMENTING_AGREEMENT;
import static id.kerjasama.cooperation.DormancyReason.NO_RECENT_ACTIVITY;
import static id.kerjasama.cooperation.Stage.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * One regional cooperation, from preparation to its end. Each command handler checks the stage, asks the named
 * policies, then applies an event; event sourcing handlers only record what happened. Every check is a
 * {@link Verdict} of a policy, and a handler refuses only by {@link Verdict#orThrow()}. Documents, the
 * assessment, the DPRD approval, powers of attorney, evaluations, audit findings and the monitoring of deadlines are
 * child entities that keep their own part of the state and answer, as verdicts, what it allows; a command that
 * concerns one of them alone, named by its id, is handled by that child.
 * <p>
 * The cooperation also sets deadlines for itself ({@link Deadlines}): when one fires, the system records the flag
 * (dormancy, an overdue evaluation or follow-up, the DPRD's silence, an unanswered stop recommendation, the coming
 * end of the term) or the expiry, as the {@code SYSTEM} actor of the cooperation's region.
 */
// the revision of the snapshots' form: a snapshot of another revision is ignored and the aggregate rebuilt from its
// events (the recorded files were added in revision 1)
@Revision("1")
@Aggregate(snapshotTriggerDefinition = "cooperationSnapshotTrigger", cache = "cooperationCache",
        commandTargetResolver = "expectedVersionTargetResolver")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Cooperation implements CooperationCourse {

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
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<ExemptionId, PublicationExemption> exemptions = new LinkedHashMap<>();
    @AggregateMember
    private Monitoring monitoring = new Monitoring();
    @AggregateMember
    private RecordedFiles files = new RecordedFiles();

    protected Cooperation() {
        // for Axon and snapshots
    }

    // ---- Preparation (persiapan, "penjajakan")

    @CommandHandler
    public Cooperation(InitiateCooperation command, RegionBorders borders) {
        // a taken id needs no look-up here: the only event is the first of its stream, which the store's unique key
        // refuses as ID_TAKEN (CooperationIds)
        PartnerTypePolicy.check(command.type(), command.initiatingRegion(), command.partner(), command.initiator(), borders)
                .orThrow();
        apply(new CooperationInitiated(command.cooperationId(), command.type(), command.title(), command.reportedLabel(),
                command.initiatingRegion(), command.initiatingUnit(), command.initiator(), command.partner(),
                command.affairs(), command.objective(), null));
    }

    /** A successor spawned by {@link #handle(ProposeExtension, CooperationIds)}. */
    private Cooperation(CooperationInitiated successor) {
        apply(successor);
    }

    @CommandHandler
    public void handle(AppointLiaisonOfficer command) {
        inStage(command).orThrow();
        apply(new LiaisonOfficerAppointed(cooperationId, command.officer(), command.email()));
    }

    @CommandHandler
    public void handle(AttachPreparationDocument command) {
        inStage(command).and(PreparationDocumentFitsPolicy.check(command.kind(), initiator)).orThrow();
        apply(new PreparationDocumentAttached(cooperationId, command.kind(), command.file()));
    }

    @CommandHandler
    public void handle(SubmitForAssessment command) {
        inStage(command)
                .and(PreparationPolicy.readyForAssessment(type, initiator, preparationDocuments, liaisonOfficerAppointed))
                .orThrow();
        apply(new SubmittedForAssessment(cooperationId));
    }

    // ---- Assessment by the TKKSD (kajian, "pengkajian")

    @CommandHandler
    public void handle(StartAssessment command) {
        inStage(command).orThrow();
        assessment.startable().orThrow();
        apply(new AssessmentStarted(cooperationId));
    }

    @CommandHandler
    public void handle(RecordAssessmentFinding command) {
        inStage(command).orThrow();
        assessment.started().orThrow();
        apply(new AssessmentFindingRecorded(cooperationId, command.aspect(), command.finding()));
    }

    @CommandHandler
    public void handle(ConcludeAssessment command, @MetaDataValue(ACTOR_ID) String actor) {
        inStage(command).orThrow();
        assessment.concludable()
                .and(SeparationOfDutiesPolicy.check(initiatedBy, actor, "initiated this cooperation"))
                .orThrow();
        apply(new AssessmentConcluded(cooperationId, command.conclusion(), command.rationale()));
    }

    // ---- Offer (penawaran)

    @CommandHandler
    public void handle(SendOffer command) {
        inStage(command)
                .and(StepAlreadyTakenPolicy.notYetTaken(offerSentOn != null, "the offer was already sent on " + offerSentOn))
                .and(SigningAuthorityPolicy.regionalHead(command.signedBy(), "an offer letter"))
                .orThrow();
        apply(new OfferSent(cooperationId, command.letter(), command.signedBy(), command.sentOn()));
    }

    @CommandHandler
    public void handle(RecordPartnerAnswer command) {
        inStage(command)
                .and(StageOrderPolicy.follows(offerSentOn != null, "no offer has been sent yet"))
                .and(DateOrderPolicy.notBefore(command.answeredOn(), offerSentOn, "the answer", "the offer"))
                .orThrow();
        apply(new PartnerAnswerRecorded(cooperationId, command.answer(), command.answeredOn(), command.letter()));
    }

    // ---- Documents: KB, PKS, NK, Rencana Kerja, adendum; approving, rejecting and registering one are its own
    //      (AgreementDocument)

    @CommandHandler
    public void handle(DraftAgreement command, CooperationRules rules, Deadlines deadlines) {
        DocumentKind kind = command.kind();
        Optional<AgreementDocument> parent = framework().filter(f -> f.id().equals(command.parentDocumentId()));
        AmendSignedOriginalPolicy.drafted(kind)
                .and(InstrumentFitsTypePolicy.drafted(type, frameworkKind, kind))
                .and(inStage(command))
                .and(StageOrderPolicy.inStage(stage, draftingStages(kind)))
                .and(newDocument(command.documentId()))
                .and(kind == DocumentKind.KB || kind == DocumentKind.NK
                        ? OneFrameworkDocumentPolicy.check(framework().isPresent(), kind)
                                .and(ParentDocumentPolicy.framework(kind, command.parentDocumentId()))
                        : ParentDocumentPolicy.implementing(kind, parent.isPresent(), frameworkKind))
                .and(TermPolicy.check(command.content().term(), parent.map(AgreementDocument::effectiveTerm).orElse(null),
                        rules.maxTermYears()))
                .orThrow();
        boolean firstImplementing = isImplementing(kind) && !implementingDrafted();
        apply(new AgreementDrafted(cooperationId, command.documentId(), kind, command.parentDocumentId(),
                command.content(), null));
        if (firstImplementing) {
            // the KB or NK no longer waits for its PKS or Rencana Kerja
            deadlines.cancel(IMPLEMENTING_AGREEMENT_DRAFTING);
        }
    }

    @CommandHandler
    public void handle(AmendAgreement command, CooperationRules rules) {
        inStage(command).and(newDocument(command.documentId())).orThrow();
        AgreementDocument amended = document(command.amendedDocumentId());
        AmendSignedOriginalPolicy.amends(amended.signed(), amended.kind(), amended.id())
                .and(TermPolicy.check(command.content().term(), frameworkTermAbove(amended), rules.maxTermYears()))
                .and(keepsSignedChildrenWithin(amended, command.content().term()))
                .orThrow();
        apply(new AgreementDrafted(cooperationId, command.documentId(), DocumentKind.ADENDUM, amended.id(),
                command.content(), command.changes()));
    }

    @CommandHandler
    public void handle(ReviseDraft command, CooperationRules rules) {
        inStage(command).orThrow();
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
    public void handle(SignAgreement command, Deadlines deadlines, CooperationRules rules) {
        inStage(command).orThrow();
        AgreementDocument document = document(command.documentId());
        document.signable().orThrow();
        AgreementDocument parent = document.parentDocumentId() == null ? null : document(document.parentDocumentId());
        DocumentKind signingAs = document.kind() == DocumentKind.ADENDUM ? parent.kind() : document.kind();
        DprdGatePolicy.check(signingAs, throughDprd(), dprdApproval != null, dprdApproval != null && dprdApproval.cleared())
                .and(ParentDocumentPolicy.signedAfterParent(document.kind(), parent == null || parent.signed()))
                .and(parent == null ? Verdict.allowed() : DateOrderPolicy.notBefore(command.signedOn(), parent.signedOn(),
                        "the signing of this " + document.kind(), "the signing of its " + parent.kind()))
                .orThrow();
        // a power of attorney for a PKS also covers the adendum that amends it
        DocumentId covered = document.kind() == DocumentKind.ADENDUM ? parent.id() : document.id();
        SigningAuthorityPolicy.document(signingAs, command.signatories(), command.signedOn(),
                (signatory, day) -> powerOfAttorney(signatory.powerOfAttorneyId()).authorises(signatory, covered, day))
                .orThrow();
        Optional<LocalDate> termEnd = signedTermEnd();
        apply(new AgreementSigned(cooperationId, document.id(), document.kind(), command.documentNumber(),
                command.signatories(), command.signedOn(), command.signedAt(), command.signedFile()));
        if (document.kind() == frameworkKind) {
            deadlines.watch(initiatingRegion, IMPLEMENTING_AGREEMENT_DRAFTING, implementingAgreementDue(rules));
        }
        if (!signedTermEnd().equals(termEnd)) {
            // the KB or NK was signed, or an adendum moved its end: deadlines set for another end do nothing
            deadlines.watchTerm(initiatingRegion, signedTermEnd().orElseThrow());
        }
    }

    // ---- Approval by the DPRD (persetujuan DPRD, part of "pengesahan")

    @CommandHandler
    public void handle(DetermineDprdApprovalRequirement command) {
        inStage(command)
                .and(StepAlreadyTakenPolicy.notYetTaken(dprdApproval != null,
                        "whether DPRD approval is required was already determined"))
                .orThrow();
        boolean required = command.burdensPublicAndRegion() || !command.fundedInCurrentBudget();
        apply(new DprdApprovalRequirementDetermined(cooperationId, command.burdensPublicAndRegion(),
                command.fundedInCurrentBudget(), required, command.rationale()));
    }

    @CommandHandler
    public void handle(RequestDprdApproval command, CooperationRules rules, Deadlines deadlines) {
        inStage(command).and(dprdRequirementDetermined()).orThrow();
        dprdApproval.requestable().orThrow();
        LocalDate answerDueOn = command.requestedOn().plusDays(rules.dprdResponseDays());
        apply(new DprdApprovalRequested(cooperationId, command.letter(), command.requestedOn(), answerDueOn));
        deadlines.watch(initiatingRegion, DPRD_RESPONSE, Optional.of(answerDueOn));
    }

    @CommandHandler
    public void handle(RecordDprdDecision command, Deadlines deadlines) {
        inStage(command).and(dprdRequirementDetermined()).orThrow();
        dprdApproval.awaitingDecision()
                .and(DateOrderPolicy.notBefore(command.decidedOn(), dprdApproval.requestedOn(), "the DPRD decision",
                        "the request"))
                .orThrow();
        apply(new DprdDecisionRecorded(cooperationId, command.decision(), command.decidedOn(),
                command.decisionLetter(), command.note()));
        if (stage == ENDED) {
            deadlines.cancelAll();
        } else {
            deadlines.cancel(DPRD_RESPONSE);
        }
    }

    // ---- Powers of attorney (surat kuasa) for signing PKS; revoking one is its own (PowerOfAttorney)

    @CommandHandler
    public void handle(GrantPowerOfAttorney command) {
        inStage(command)
                .and(InstrumentFitsTypePolicy.powerOfAttorney(frameworkKind))
                .and(SigningAuthorityPolicy.regionalHead(command.grantor(), "a power of attorney"))
                .orThrow();
        if (command.coversDocumentId() != null) {
            PowerOfAttorneyCoversPksPolicy.check(command.coversDocumentId(), document(command.coversDocumentId()).kind())
                    .orThrow();
        }
        StepAlreadyTakenPolicy.notYetTaken(powersOfAttorney.containsKey(command.powerOfAttorneyId()),
                "power of attorney " + command.powerOfAttorneyId() + " already exists").orThrow();
        apply(new PowerOfAttorneyGranted(cooperationId, command.powerOfAttorneyId(), command.grantee(),
                command.granteeUnit(), command.grantor(), command.coversDocumentId(), command.validFrom(),
                command.validUntil(), command.letter()));
    }

    // ---- Implementation (pelaksanaan) and monitoring & evaluation (monev)

    @CommandHandler
    public void handle(StartImplementation command, Deadlines deadlines, CooperationRules rules) {
        inStage(command)
                .and(StageOrderPolicy.inStage(stage, throughDprd() ? IMPLEMENTING_AGREEMENT : MEMORANDUM))
                .and(NothingToImplementPolicy.check(frameworkKind, framework().filter(AgreementDocument::signed).isPresent(),
                        anySigned(DocumentKind.PKS), anySigned(DocumentKind.RENCANA_KERJA)))
                .orThrow();
        DateOrderPolicy.notBefore(command.startedOn(), framework().orElseThrow().signedOn(), "the start of implementation",
                        "the signing of the " + frameworkKind)
                .and(DateOrderPolicy.notBefore(command.startedOn(), firstImplementingSignedOn(), "the start of implementation",
                        "the signing of the first " + (frameworkKind == DocumentKind.NK ? "Rencana Kerja" : "PKS")))
                .orThrow();
        apply(new ImplementationStarted(cooperationId, command.startedOn()));
        deadlines.watch(initiatingRegion, INACTIVITY, monitoring.inactivityDue(true, rules));
        deadlines.watch(initiatingRegion, EVALUATION_CADENCE, monitoring.evaluationDue(true, rules));
    }

    @CommandHandler
    public void handle(RecordActivity command) {
        active(command)
                .and(DateOrderPolicy.notBefore(command.date(), implementationStartedOn, "the activity",
                        "the start of implementation"))
                .orThrow();
        apply(new ActivityRecorded(cooperationId, command.date(), command.description(), command.unit()));
    }

    @CommandHandler
    public void handle(RecordBudgetRealisation command) {
        active(command).orThrow();
        apply(new BudgetRealisationRecorded(cooperationId, command.fiscalYear(), command.source(), command.amount(),
                command.description()));
    }

    @CommandHandler
    public void handle(RecordImplementationReport command) {
        active(command).orThrow();
        apply(new ImplementationReportRecorded(cooperationId, command.periodStart(), command.periodEnd(),
                command.summary(), command.file()));
    }

    @CommandHandler
    public void handle(RecordEvaluation command, @MetaDataValue(ACTOR_ID) String actor, Deadlines deadlines,
                       CooperationRules rules) {
        active(command)
                .and(EvaluationPolicy.complete(command.kind(), command.grades(), command.overallRating()))
                .and(StepAlreadyTakenPolicy.notYetTaken(evaluations.containsKey(command.evaluationId()),
                        "evaluation " + command.evaluationId() + " already exists"))
                .and(notJudgingOwnSelfReport(command, actor))
                .orThrow();
        boolean wasOverdue = monitoring.evaluationOverdue();
        apply(new EvaluationRecorded(cooperationId, command.evaluationId(), command.kind(), command.periodStart(),
                command.periodEnd(), command.grades(), command.overallRating(), command.recommendation(),
                command.followUpActions(), command.summary()));
        if (wasOverdue) {
            // the cadence stopped at the overdue flag; this evaluation restarts it
            deadlines.watch(initiatingRegion, EVALUATION_CADENCE, monitoring.evaluationDue(true, rules));
        }
        deadlines.watchFollowUpActions(initiatingRegion, command.evaluationId(), command.followUpActions());
        if (command.recommendation() == Recommendation.STOP) {
            deadlines.watchStopRecommendation(initiatingRegion, command.evaluationId());
        }
    }

    // ---- Answers to the flags the deadlines raise; those to one evaluation are its own (Evaluation)

    @CommandHandler
    public void handle(AnswerDormancyFlag command, Deadlines deadlines, Clock clock, CooperationRules rules) {
        LocalDate today = LocalDate.now(clock);
        notEnded(command)
                .and(monitoring.flagOpen(command.reason()))
                .and(inStage(command))
                .and(DormancyAnswerPolicy.check(command.answer(), command.actionPlan(), today))
                .orThrow();
        apply(new DormancyFlagAnswered(cooperationId, command.reason(), command.answer(), command.actionPlan(),
                command.explanation(), today));
        // the answer restarts the watch: if nothing follows it, the cooperation is flagged again
        if (command.reason() == NO_IMPLEMENTING_AGREEMENT) {
            deadlines.watch(initiatingRegion, IMPLEMENTING_AGREEMENT_DRAFTING, implementingAgreementDue(rules));
        } else {
            deadlines.watch(initiatingRegion, INACTIVITY, monitoring.inactivityDue(stage == IMPLEMENTATION, rules));
        }
    }

    // ---- Audit findings: an inspector looks at any cooperation, in any stage, and never changes its course;
    //      its follow-up and closing are the finding's own (AuditFinding)

    @CommandHandler
    public void handle(RecordAuditFinding command) {
        inStage(command)
                .and(StepAlreadyTakenPolicy.notYetTaken(auditFindings.containsKey(command.findingId()),
                        "audit finding " + command.findingId() + " already exists"))
                .and(AuditFindingPolicy.refersToHistory(command.eventSequenceNumbers(), AggregateLifecycle.getVersion()))
                .orThrow();
        apply(new AuditFindingRecorded(cooperationId, command.findingId(), command.severity(), command.description(),
                command.eventSequenceNumbers()));
    }

    // ---- Exemptions from the public register, decided by the secretariat as PPID: beside the course like audit
    //      findings, and for as long as the agreement is in the register, after its end too; lifting is the
    //      exemption's own (PublicationExemption)

    @CommandHandler
    public void handle(RecordPublicationExemption command, Clock clock) {
        Verdict target = command.documentId() == null ? Verdict.allowed() : exemptedDocument(command.documentId());
        PublicationExemptionPolicy.signedAgreement(framework().filter(AgreementDocument::signed).isPresent(), frameworkKind)
                .and(StepAlreadyTakenPolicy.notYetTaken(exemptions.containsKey(command.exemptionId()),
                        "exemption " + command.exemptionId() + " already exists"))
                .and(target)
                .and(PublicationExemptionPolicy.period(command.decidedOn(), command.until(), LocalDate.now(clock)))
                .and(inStage(command))
                .orThrow();
        apply(new PublicationExemptionRecorded(cooperationId, command.exemptionId(), command.documentId(),
                command.fields(), command.ground(), command.consequenceTest(), command.decisionNumber(),
                command.decidedOn(), command.until()));
    }

    // ---- Extension and end

    @CommandHandler
    public CooperationId handle(ProposeExtension command, CooperationIds ids) throws Exception {
        frameworkSigned()
                .and(OneSuccessorPolicy.check(cooperationId, successorId, implementationStartedOn != null,
                        command.successorId()))
                .and(inStage(command))
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
    public void handle(TerminateCooperation command, CooperationRules rules, Deadlines deadlines) {
        notEnded(command)
                .and(frameworkSigned())
                .and(inStage(command))
                .and(TerminationPolicy.check(command.reason(), rules.terminationReasons()))
                .orThrow();
        apply(new CooperationTerminated(cooperationId, command.reason(), command.effectiveOn(), command.explanation()));
        deadlines.cancelAll();
    }

    /** By hand; the {@link Deadlines#TERM_END} deadline does the same when the term is over. */
    @CommandHandler
    public void handle(ExpireCooperation command, Clock clock, Deadlines deadlines) {
        notEnded(command).and(frameworkSigned()).and(inStage(command)).orThrow();
        LocalDate lastDay = framework().orElseThrow().effectiveTerm().end();
        TermOverPolicy.check(lastDay, LocalDate.now(clock)).orThrow();
        apply(new CooperationExpired(cooperationId, lastDay));
        deadlines.cancelAll();
    }

    @CommandHandler
    public void handle(WithdrawCooperation command) {
        notEnded(command)
                .and(AlreadySignedPolicy.withdrawable(documents.values().stream().anyMatch(AgreementDocument::signed)))
                .and(inStage(command))
                .orThrow();
        apply(new CooperationWithdrawn(cooperationId, command.reason()));
    }

    // ---- Import of an agreement signed before the region adopted the system

    @CommandHandler
    public Cooperation(ImportSignedAgreement command, RegionBorders borders, CooperationRules rules,
                       Deadlines deadlines, Clock clock, CooperationIds ids) {
        ids.requireFree(command.cooperationId());
        NotInFuturePolicy.check(command, LocalDate.now(clock))
                .and(ImportFrameworkOnlyPolicy.check(command.kind()))
                .and(PartnerTypePolicy.supportedForImport(command.type()))
                .orThrow();
        apply(new SignedAgreementImported(command.cooperationId(), command.type(), command.reportedLabel(),
                command.initiatingRegion(), command.initiatingUnit(), command.partner(), command.affairs(),
                command.documentId(), command.kind(), command.documentNumber(), command.content(),
                command.signatories(), command.signedOn(), command.signedAt(), command.signedFile(),
                command.sourceDocument(), command.note(),
                ImportDeviationPolicy.deviations(command, borders, rules.maxTermYears())))
                // once the aggregate holds the event: a constructor's events are applied after it returns
                .andThen(() -> {
                    // counted from the signing, so an old KB whose PKS never came is flagged as soon as it is imported
                    deadlines.watch(initiatingRegion, IMPLEMENTING_AGREEMENT_DRAFTING, implementingAgreementDue(rules));
                    deadlines.watchTerm(initiatingRegion, signedTermEnd().orElseThrow());
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
    void implementingAgreementDeadlinePassed(LastDay due, Deadlines deadlines, CooperationRules rules) {
        deadlines.slide(initiatingRegion, IMPLEMENTING_AGREEMENT_DRAFTING, due, implementingAgreementDue(rules),
                () -> flagDormant(NO_IMPLEMENTING_AGREEMENT, due));
    }

    @DeadlineHandler(deadlineName = INACTIVITY)
    void inactivityDeadlinePassed(LastDay due, Deadlines deadlines, CooperationRules rules) {
        deadlines.slide(initiatingRegion, INACTIVITY, due, monitoring.inactivityDue(stage == IMPLEMENTATION, rules),
                () -> flagDormant(NO_RECENT_ACTIVITY, due));
    }

    @DeadlineHandler(deadlineName = EVALUATION_CADENCE)
    void evaluationDeadlinePassed(LastDay due, Deadlines deadlines, CooperationRules rules) {
        deadlines.slide(initiatingRegion, EVALUATION_CADENCE, due, monitoring.evaluationDue(stage == IMPLEMENTATION, rules),
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
    void termEnded(LastDay due, Deadlines deadlines) {
        if (termInForceEndsOn(due.lastDay())) {
            apply(new CooperationExpired(cooperationId, due.lastDay()));
            deadlines.cancelAll();
        }
    }

    // ---- The archive of document files

    /**
     * The file of a recorded document is in the archive, whatever the stage: the files of an ended cooperation are
     * kept as long as the rest of its history. The same file archived again for the same document records nothing
     * new, so that a retried upload is safe without an {@code Idempotency-Key}.
     */
    @CommandHandler
    public void handle(ArchiveDocumentFile command, @MetaDataValue(ACTOR_ROLE) String role) {
        inStage(command).and(files.accepts(command, role == null ? null : ActorRole.valueOf(role))).orThrow();
        if (!files.archived(command)) {
            apply(new DocumentFileArchived(cooperationId, command.documentId(), command.sha256(), command.size(),
                    command.mediaType()));
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
    void on(PublicationExemptionRecorded event) {
        exemptions.put(event.exemptionId(), new PublicationExemption(event.exemptionId(), event.until()));
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
     * Axon runs this before it looks for the child entity a command is routed to by the id it names, so a child that
     * is not here is refused here, under the same rule as any look-up by that id.
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
        Object result;
        try {
            result = chain.proceed();
        } catch (AggregateEntityNotFoundException notHere) {
            // Axon found no child entity with the id the command names, before any handler ran
            if (command.getPayload() instanceof CooperationCommand routed) {
                UnknownMemberPolicy.routedTo(routed, inStage(routed)).orThrow();
            }
            throw notHere;
        }
        return new CommandOutcome(result, AggregateLifecycle.getVersion());
    }

    // ---- Helpers: deadlines

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

    /** Refused under {@code COOPERATION_ENDED} once ended, unless {@link CommandStages} accepts it after the end. */
    private Verdict notEnded(CooperationCommand command) {
        return CommandStages.accepts(command.getClass(), ENDED) ? Verdict.allowed()
                : CooperationEndedPolicy.notEnded(stage, endReason);
    }

    @Override
    public Verdict inStage(CooperationCommand command) {
        return notEnded(command).and(stage == ENDED ? Verdict.allowed()
                : StageOrderPolicy.inStage(stage, CommandStages.of(command.getClass())));
    }

    /** {@link #inStage}, refused under the rule of activities, reports and evaluations. */
    private Verdict active(CooperationCommand command) {
        return notEnded(command).and(NotActivePolicy.active(stage, CommandStages.of(command.getClass())));
    }

    private Verdict frameworkSigned() {
        return NothingSignedPolicy.frameworkSigned(framework().filter(AgreementDocument::signed).isPresent(), frameworkKind);
    }

    private Verdict dprdRequirementDetermined() {
        return StageOrderPolicy.follows(dprdApproval != null, "whether DPRD approval is required has not been determined");
    }

    /** A review or final evaluation is not by whoever self-reported on the same period. */
    private Verdict notJudgingOwnSelfReport(RecordEvaluation command, String actor) {
        if (command.kind() == EvaluationKind.SELF_REPORT) {
            return Verdict.allowed();
        }
        return evaluations.values().stream()
                .filter(e -> e.kind() == EvaluationKind.SELF_REPORT && e.overlaps(command.periodStart(), command.periodEnd()))
                .map(e -> SeparationOfDutiesPolicy.check(e.recordedBy(), actor, "self-reported on this period"))
                .reduce(Verdict.allowed(), Verdict::and);
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

    /** A new draft never takes the id of a document already here: it would replace it, even a signed one. */
    private Verdict newDocument(DocumentId id) {
        return StepAlreadyTakenPolicy.notYetTaken(documents.containsKey(id), "document " + id + " already exists in this cooperation");
    }

    private AgreementDocument document(DocumentId id) {
        UnknownMemberPolicy.document(documents.containsKey(id), id).orThrow();
        return documents.get(id);
    }

    /** A document an exemption withholds: one of this cooperation's, and signed. */
    private Verdict exemptedDocument(DocumentId id) {
        AgreementDocument document = documents.get(id);
        return UnknownMemberPolicy.document(document != null, id)
                .and(document == null ? Verdict.allowed()
                        : PublicationExemptionPolicy.documentSigned(document.signed(), document.kind(), id));
    }

    private PowerOfAttorney powerOfAttorney(PowerOfAttorneyId id) {
        UnknownMemberPolicy.powerOfAttorney(powersOfAttorney.containsKey(id), id).orThrow();
        return powersOfAttorney.get(id);
    }
}
