package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.command.cooperation.policy.ActorScopePolicy;
import id.kerjasama.command.cooperation.policy.DateOrderPolicy;
import id.kerjasama.command.cooperation.policy.EvaluationPolicy;
import id.kerjasama.command.cooperation.policy.PartnerTypePolicy;
import id.kerjasama.command.cooperation.policy.PreparationPolicy;
import id.kerjasama.command.cooperation.policy.SeparationOfDutiesPolicy;
import id.kerjasama.command.cooperation.policy.SigningAuthorityPolicy;
import id.kerjasama.command.cooperation.policy.TermPolicy;
import id.kerjasama.command.cooperation.policy.TerminationPolicy;
import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerAnswer;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.PreparationDocumentKind;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.*;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.region.RegionCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
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
import static id.kerjasama.command.cooperation.Rule.*;
import static id.kerjasama.cooperation.Stage.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * One regional cooperation, from preparation to its end. Each command handler checks the stage, asks the named
 * policies, then applies an event; event sourcing handlers only record what happened. Documents, the
 * assessment, the DPRD approval and powers of attorney are child entities that keep their own part of the state.
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

    protected Cooperation() {
        // for Axon and snapshots
    }

    // ---- Preparation (persiapan, "penjajakan")

    @CommandHandler
    public Cooperation(InitiateCooperation command, RegionBorders borders) {
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
    public void handle(DraftAgreement command, CooperationRules rules) {
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
        apply(new AgreementDrafted(cooperationId, command.documentId(), kind, command.parentDocumentId(),
                command.content(), null));
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
    public void handle(SignAgreement command) {
        requireNotEnded();
        AgreementDocument document = document(command.documentId());
        document.signable().orThrow();
        DocumentKind signingAs = document.kind() == DocumentKind.ADENDUM
                ? document(document.parentDocumentId()).kind() : document.kind();
        if (signingAs == DocumentKind.PKS) {
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
        apply(new AgreementSigned(cooperationId, document.id(), document.kind(), command.documentNumber(),
                command.signatories(), command.signedOn(), command.signedAt(), command.signedFile()));
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
    public void handle(RequestDprdApproval command, CooperationRules rules) {
        requireStage(DPRD_APPROVAL);
        requireDprdDetermined().requireRequestable();
        apply(new DprdApprovalRequested(cooperationId, command.letter(), command.requestedOn(),
                command.requestedOn().plusDays(rules.dprdResponseDays())));
    }

    @CommandHandler
    public void handle(RecordDprdDecision command) {
        requireStage(DPRD_APPROVAL);
        requireDprdDetermined().requireAwaitingDecision();
        DateOrderPolicy.notBefore(command.decidedOn(), dprdApproval.requestedOn(), "the DPRD decision", "the request")
                .orThrow();
        apply(new DprdDecisionRecorded(cooperationId, command.decision(), command.decidedOn(),
                command.decisionLetter(), command.note()));
    }

    // ---- Powers of attorney (surat kuasa) for signing PKS

    @CommandHandler
    public void handle(GrantPowerOfAttorney command) {
        requireStage(DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, IMPLEMENTATION);
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
    public void handle(StartImplementation command) {
        requireStage(frameworkKind == DocumentKind.NK ? MEMORANDUM : IMPLEMENTING_AGREEMENT);
        boolean ready = frameworkKind == DocumentKind.NK
                ? framework().filter(AgreementDocument::signed).isPresent() && anySigned(DocumentKind.RENCANA_KERJA)
                : anySigned(DocumentKind.PKS);
        Verdict.when(!ready, NOTHING_TO_IMPLEMENT, frameworkKind == DocumentKind.NK
                ? "the NK and a Rencana Kerja must be signed" : "no PKS has been signed").orThrow();
        DateOrderPolicy.notBefore(command.startedOn(), framework().orElseThrow().signedOn(), "the start of implementation",
                "the signing of the " + frameworkKind).orThrow();
        apply(new ImplementationStarted(cooperationId, command.startedOn()));
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
    public void handle(RecordEvaluation command, @MetaDataValue(ACTOR_ID) String actor) {
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
        apply(new EvaluationRecorded(cooperationId, command.evaluationId(), command.kind(), command.periodStart(),
                command.periodEnd(), command.grades(), command.overallRating(), command.recommendation(),
                command.followUpActions(), command.summary()));
    }

    // ---- Extension and end

    @CommandHandler
    public CooperationId handle(ProposeExtension command) throws Exception {
        requireSigned();
        Verdict.when(successorId != null, ONE_SUCCESSOR, "already extended by cooperation " + successorId)
                .and(Verdict.when(implementationStartedOn == null, ONE_SUCCESSOR, "this cooperation was never implemented"))
                .and(Verdict.when(command.successorId().equals(cooperationId), ONE_SUCCESSOR, "a cooperation cannot extend itself"))
                .orThrow();
        apply(new ExtensionProposed(cooperationId, command.successorId(), command.rationale()));
        CooperationInitiated successor = new CooperationInitiated(command.successorId(), type, command.title(), null,
                initiatingRegion, initiatingUnit, Initiator.REGIONAL_UNIT, partner, affairs, command.rationale(),
                cooperationId);
        createNew(Cooperation.class, () -> new Cooperation(successor));
        return command.successorId();
    }

    @CommandHandler
    public void handle(TerminateCooperation command, CooperationRules rules) {
        requireNotEnded();
        requireSigned();
        TerminationPolicy.check(command.reason(), rules.terminationReasons()).orThrow();
        apply(new CooperationTerminated(cooperationId, command.reason(), command.effectiveOn(), command.explanation()));
    }

    @CommandHandler
    public void handle(ExpireCooperation command, Clock clock) {
        requireNotEnded();
        requireSigned();
        LocalDate lastDay = framework().orElseThrow().effectiveTerm().end();
        Verdict.when(!LocalDate.now(clock).isAfter(lastDay), TERM_OVER, "the term runs until " + lastDay).orThrow();
        apply(new CooperationExpired(cooperationId, lastDay));
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
    public Cooperation(ImportSignedAgreement command, RegionBorders borders, CooperationRules rules) {
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
                command.sourceDocument(), command.note(), List.copyOf(deviations)));
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
        stage = PREPARATION;
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
        stage = ASSESSMENT;
        assessment = new Assessment();
    }

    @EventSourcingHandler
    void on(AssessmentConcluded event) {
        if (event.conclusion() == AssessmentConclusion.FEASIBLE) {
            stage = frameworkKind == DocumentKind.NK ? MEMORANDUM : OFFER;
        } else if (event.conclusion() == AssessmentConclusion.REVISE) {
            stage = PREPARATION;
        } else {
            end(EndReason.REJECTED_IN_ASSESSMENT);
        }
    }

    @EventSourcingHandler
    void on(OfferSent event) {
        offerSentOn = event.sentOn();
    }

    @EventSourcingHandler
    void on(PartnerAnswerRecorded event) {
        if (event.answer() == PartnerAnswer.ACCEPTED) {
            stage = JOINT_AGREEMENT;
        } else {
            end(EndReason.OFFER_DECLINED);
        }
    }

    @EventSourcingHandler
    void on(AgreementDrafted event, @MetaDataValue(ACTOR_ID) String actor) {
        documents.put(event.documentId(), new AgreementDocument(event.documentId(), event.kind(),
                event.parentDocumentId(), event.content(), actor, AgreementDocument.Status.DRAFT, null));
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        if (event.kind() == DocumentKind.KB) {
            stage = DPRD_APPROVAL;
        } else if (event.kind() == DocumentKind.ADENDUM) {
            AgreementDocument adendum = documents.get(event.documentId());
            documents.get(adendum.parentDocumentId()).amendedBy(adendum.content());
        }
    }

    @EventSourcingHandler
    void on(DprdApprovalRequirementDetermined event) {
        dprdApproval = new DprdApproval(event.required());
        if (!event.required()) {
            stage = IMPLEMENTING_AGREEMENT;
        }
    }

    @EventSourcingHandler
    void on(DprdDecisionRecorded event) {
        if (event.decision() == DprdDecision.APPROVED) {
            stage = IMPLEMENTING_AGREEMENT;
        } else {
            end(EndReason.DPRD_REJECTED);
        }
    }

    @EventSourcingHandler
    void on(PowerOfAttorneyGranted event) {
        powersOfAttorney.put(event.powerOfAttorneyId(), new PowerOfAttorney(event));
    }

    @EventSourcingHandler
    void on(ImplementationStarted event) {
        stage = IMPLEMENTATION;
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
        end(EndReason.TERMINATED);
    }

    @EventSourcingHandler
    void on(CooperationExpired event) {
        end(EndReason.EXPIRED);
    }

    @EventSourcingHandler
    void on(CooperationWithdrawn event) {
        end(EndReason.WITHDRAWN);
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
        stage = event.kind() == DocumentKind.KB ? DPRD_APPROVAL : MEMORANDUM;
    }

    /**
     * Lets a command through only from a caller whose region is a party (or, for an inspector, within the
     * jurisdiction), and reports the version it produced, for {@code {id, version}} answers and {@code If-Match}.
     * Commands without an actor's region come from inside the system (tests, deadlines) and are not scoped.
     */
    @CommandHandlerInterceptor
    Object scopeAndReportVersion(InterceptorChain chain, @MetaDataValue(ACTOR_ROLE) String role,
                                 @MetaDataValue(ACTOR_REGION) String region) throws Exception {
        if (region != null && !ActorScopePolicy.mayAct(ActorRole.valueOf(role), Jurisdiction.of(region), initiatingRegion,
                partner.region())) {
            throw new OutsideJurisdiction(cooperationId.value());
        }
        Object result = chain.proceed();
        return new CommandOutcome(result, AggregateLifecycle.getVersion());
    }

    // ---- Helpers

    private void end(EndReason reason) {
        stage = ENDED;
        endReason = reason;
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
            case PKS -> new Stage[]{DPRD_APPROVAL, IMPLEMENTING_AGREEMENT, IMPLEMENTATION};
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
        AgreementDocument document = documents.get(id);
        if (document == null) {
            throw new CooperationRefused(UNKNOWN_DOCUMENT, "document " + id + " is not part of this cooperation");
        }
        return document;
    }

    /** A new draft never takes the id of a document already here: it would replace it, even a signed one. */
    private void requireNewDocument(DocumentId id) {
        if (documents.containsKey(id)) {
            throw new CooperationRefused(STEP_ALREADY_TAKEN, "document " + id + " already exists in this cooperation");
        }
    }

    private PowerOfAttorney powerOfAttorney(PowerOfAttorneyId id) {
        PowerOfAttorney power = powersOfAttorney.get(id);
        if (power == null) {
            throw new CooperationRefused(UNKNOWN_POWER_OF_ATTORNEY, "power of attorney " + id + " is not part of this cooperation");
        }
        return power;
    }
}
