package id.kerjasama.query.cooperation;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.RecordedDocument;
import id.kerjasama.cooperation.StageTransitions;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.query.cooperation.CooperationDetail.*;
import id.kerjasama.query.inspection.FlagRules;
import id.kerjasama.region.RegionCode;
import org.axonframework.eventhandling.DomainEventMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one pure function from a cooperation's events to its {@link CooperationDetail}. The live projection
 * applies it event by event; point-in-time replay folds it over the stored events up to a moment. Stages move by
 * {@link StageTransitions}, the rules the aggregate moves by, so what the query side shows is what the command side
 * decided.
 */
public final class CooperationHistory {

    private CooperationHistory() {
    }

    /** The state after all of {@code events}, in order. */
    public static CooperationDetail replay(Iterable<? extends DomainEventMessage<?>> events) {
        CooperationDetail detail = new CooperationDetail();
        events.forEach(event -> evolve(detail, event));
        return detail;
    }

    /** Applies one event; an event at or below the detail's version was applied already and changes nothing. */
    public static boolean evolve(CooperationDetail d, DomainEventMessage<?> message) {
        if (message.getSequenceNumber() <= d.version) {
            return false;
        }
        String actor = (String) message.getMetaData().get(AuditMetadata.ACTOR_ID);
        Instant at = message.getTimestamp();
        apply(d, message.getPayload(), actor, at, message.getSequenceNumber());
        d.version = message.getSequenceNumber();
        d.updatedAt = at;
        return true;
    }

    // compiled once: String.replaceAll compiles its pattern on every call, and this runs for every replayed event
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASH_AT_ENDS = Pattern.compile("(^-|-$)");

    /**
     * The longest partner key (its column's size): an indexed column must have a bound, and a name's compatibility
     * decomposition can be several times longer than the name, so the key, not the name, is bounded.
     */
    public static final int PARTNER_KEY_MAX = 400;

    /**
     * A stable key for a counterparty across regions: its kind and its name without case, accents or punctuation;
     * past {@link #PARTNER_KEY_MAX} characters, its beginning and a digest of the whole (after a '~' no key
     * otherwise has).
     */
    public static String partnerKey(Partner partner) {
        String name = MARKS.matcher(Normalizer.normalize(partner.name(), Normalizer.Form.NFKD)).replaceAll("");
        name = NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        name = DASH_AT_ENDS.matcher(name).replaceAll("");
        String key = partner.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + name;
        if (key.length() <= PARTNER_KEY_MAX) {
            return key;
        }
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)), 0, 8);
            return key.substring(0, PARTNER_KEY_MAX - digest.length() - 1) + "~" + digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What each event adds to the detail; stages move by {@link StageTransitions}, flags by {@link FlagRules}. */
    private static final EventDispatch<Applying> DETAIL = new EventDispatch<Applying>()
            .on(CooperationInitiated.class, (a, e) -> {
                joined(a.d, e.cooperationId().value(), a.at, a.actor);
                a.d.type = e.type();
                a.d.title = e.title();
                a.d.reportedLabel = e.reportedLabel();
                parties(a.d, e.initiatingRegion(), e.initiatingUnit(), e.partner(), e.affairs());
                a.d.initiator = e.initiator();
                a.d.objective = e.objective();
                a.d.predecessorId = e.predecessorId() == null ? null : e.predecessorId().value();
            })
            .on(SignedAgreementImported.class, (a, e) -> {
                joined(a.d, e.cooperationId().value(), a.at, a.actor);
                a.d.type = e.type();
                a.d.title = e.content().title();
                a.d.reportedLabel = e.reportedLabel();
                parties(a.d, e.initiatingRegion(), e.initiatingUnit(), e.partner(), e.affairs());
                a.d.initiator = Initiator.REGIONAL_UNIT;
                a.d.imported = new Imported(e.sourceDocument(), e.note(), e.deviations(), a.actor, a.at);
                Document document = document(a.d, e.documentId().value(), e.kind(), null, e.content(), a.actor, a.at);
                document.status = DocumentStatus.SIGNED;
                document.signing = new Signing(e.documentNumber(), e.signatories(), e.signedOn(), e.signedAt(),
                        e.signedFile(), a.actor, a.at);
            })
            .on(LiaisonOfficerAppointed.class, (a, e) -> {
                a.d.liaisonOfficer = e.officer();
                a.d.liaisonOfficerEmail = e.email() == null ? null : e.email().value();
                a.d.liaisonOfficerAppointedBy = a.actor;
            })
            .on(PreparationDocumentAttached.class, (a, e) ->
                    a.d.preparationDocuments.add(new PreparationDocument(e.kind(), e.file(), a.actor, a.at)))
            .on(SubmittedForAssessment.class, (a, e) -> {
                a.d.assessment = new Assessment();
                a.d.assessment.submittedAt = a.at;
                a.d.assessment.submittedBy = a.actor;
            })
            .on(AssessmentStarted.class, (a, e) -> {
                a.d.assessment.startedAt = a.at;
                a.d.assessment.startedBy = a.actor;
            })
            .on(AssessmentFindingRecorded.class, (a, e) ->
                    a.d.assessment.findings.add(new Finding(e.aspect(), e.finding(), a.actor, a.at)))
            .on(AssessmentConcluded.class, (a, e) -> {
                a.d.assessment.conclusion = e.conclusion();
                a.d.assessment.rationale = e.rationale();
                a.d.assessment.concludedBy = a.actor;
                a.d.assessment.concludedAt = a.at;
                a.ending(null, null, e.rationale());
            })
            .on(OfferSent.class, (a, e) -> {
                a.d.offer = new Offer();
                a.d.offer.letter = e.letter();
                a.d.offer.signedBy = e.signedBy();
                a.d.offer.sentOn = e.sentOn();
                a.d.offer.sentBy = a.actor;
            })
            .on(PartnerAnswerRecorded.class, (a, e) -> {
                a.d.offer.answer = e.answer();
                a.d.offer.answeredOn = e.answeredOn();
                a.d.offer.answerLetter = e.letter();
                a.d.offer.answerRecordedBy = a.actor;
                a.ending(null, e.answeredOn(), null);
            })
            .on(AgreementDrafted.class, (a, e) -> {
                Document document = document(a.d, e.documentId().value(), e.kind(),
                        e.parentDocumentId() == null ? null : e.parentDocumentId().value(), e.content(), a.actor, a.at);
                document.changes = e.changes();
            })
            .on(DraftRevised.class, (a, e) -> {
                Document document = a.d.document(e.documentId().value());
                document.content = e.content();
                document.effectiveTerm = e.content().term();
                document.status = DocumentStatus.DRAFT;
                document.approval = null;
                document.revisions++;
                document.revisionNotes.add(new Decision(a.actor, a.at, e.note()));
            })
            .on(DraftApproved.class, (a, e) -> {
                Document document = a.d.document(e.documentId().value());
                document.status = DocumentStatus.APPROVED;
                document.approval = new Decision(a.actor, a.at, null);
            })
            .on(DraftRejected.class, (a, e) -> {
                Document document = a.d.document(e.documentId().value());
                document.status = DocumentStatus.REJECTED;
                document.rejections.add(new Decision(a.actor, a.at, e.reason()));
            })
            .on(AgreementSigned.class, (a, e) -> {
                Document document = a.d.document(e.documentId().value());
                document.status = DocumentStatus.SIGNED;
                document.signing = new Signing(e.documentNumber(), e.signatories(), e.signedOn(), e.signedAt(),
                        e.signedFile(), a.actor, a.at);
                if (e.kind() == DocumentKind.ADENDUM) {
                    Document amended = a.d.document(document.parentDocumentId);
                    amended.effectiveTerm = document.content.term();
                    amended.amendedBy.add(document.documentId);
                }
            })
            .on(SignedDocumentRegistered.class, (a, e) -> a.d.document(e.documentId().value()).registration =
                    new Registration(e.registrationNumber(), e.archiveLocation(), a.actor, a.at))
            .on(DprdApprovalRequirementDetermined.class, (a, e) -> {
                a.d.dprd = new Dprd();
                a.d.dprd.required = e.required();
                a.d.dprd.burdensPublicAndRegion = e.burdensPublicAndRegion();
                a.d.dprd.fundedInCurrentBudget = e.fundedInCurrentBudget();
                a.d.dprd.rationale = e.rationale();
                a.d.dprd.determinedBy = a.actor;
            })
            .on(DprdApprovalRequested.class, (a, e) -> {
                a.d.dprd.requestedOn = e.requestedOn();
                a.d.dprd.answerDueOn = e.answerDueOn();
                a.d.dprd.requestLetter = e.letter();
                a.d.dprd.requestedBy = a.actor;
            })
            .on(DprdDecisionRecorded.class, (a, e) -> {
                a.d.dprd.decision = e.decision();
                a.d.dprd.decidedOn = e.decidedOn();
                a.d.dprd.decisionLetter = e.decisionLetter();
                a.d.dprd.note = e.note();
                a.d.dprd.decisionRecordedBy = a.actor;
                a.ending(null, e.decidedOn(), e.note());
            })
            .on(DprdApprovalDeemedGiven.class, (a, e) -> a.d.dprd.deemedGiven = true)
            .on(PowerOfAttorneyGranted.class, (a, e) -> {
                PowerOfAttorney power = new PowerOfAttorney();
                power.powerOfAttorneyId = e.powerOfAttorneyId().value();
                power.grantee = e.grantee();
                power.granteeUnit = e.granteeUnit();
                power.grantor = e.grantor();
                power.coversDocumentId = e.coversDocumentId() == null ? null : e.coversDocumentId().value();
                power.validFrom = e.validFrom();
                power.validUntil = e.validUntil();
                power.letter = e.letter();
                power.recordedBy = a.actor;
                a.d.powersOfAttorney.add(power);
            })
            .on(PowerOfAttorneyRevoked.class, (a, e) -> {
                a.d.powersOfAttorney.stream().filter(p -> p.powerOfAttorneyId.equals(e.powerOfAttorneyId().value()))
                        .forEach(p -> {
                            p.revokedOn = e.revokedOn();
                            p.revocationReason = e.reason();
                            p.revocationRecordedBy = a.actor;
                        });
            })
            .on(ImplementationStarted.class, (a, e) -> {
                a.d.implementationStartedOn = e.startedOn();
                a.d.implementationStartedBy = a.actor;
            })
            .on(ActivityRecorded.class, (a, e) ->
                    a.d.activities.add(new Activity(e.date(), e.description(), e.unit(), a.actor)))
            .on(BudgetRealisationRecorded.class, (a, e) -> a.d.budgetRealisations.add(
                    new BudgetRealisation(e.fiscalYear(), e.source(), e.amount(), e.description(), a.actor)))
            .on(ImplementationReportRecorded.class, (a, e) ->
                    a.d.reports.add(new Report(e.periodStart(), e.periodEnd(), e.summary(), e.file(), a.actor)))
            .on(EvaluationRecorded.class, (a, e) -> {
                Evaluation evaluation = new Evaluation();
                evaluation.evaluationId = e.evaluationId().value();
                evaluation.kind = e.kind();
                evaluation.periodStart = e.periodStart();
                evaluation.periodEnd = e.periodEnd();
                evaluation.grades = e.grades();
                evaluation.overallRating = e.overallRating();
                evaluation.recommendation = e.recommendation();
                evaluation.followUpActions = e.followUpActions();
                evaluation.summary = e.summary();
                evaluation.recordedBy = a.actor;
                evaluation.recordedAt = a.at;
                a.d.evaluations.add(evaluation);
            })
            .on(FollowUpActionCompleted.class, (a, e) -> a.d.evaluation(e.evaluationId().value()).completedActions.add(
                    new CompletedAction(e.actionNumber(), e.completedOn(), e.note(), a.actor, a.at)))
            .on(ContinuationJustified.class, (a, e) -> a.d.evaluation(e.evaluationId().value()).continuation =
                    new Continuation(e.justification(), e.justifiedOn(), a.actor, a.at))
            .on(DormancyFlagAnswered.class, (a, e) -> a.d.dormancyAnswers.add(new DormancyFlagAnswer(e.reason(),
                    e.answer(), e.actionPlan(), e.explanation(), e.answeredOn(), a.actor, a.at)))
            .on(AuditFindingRecorded.class, (a, e) -> {
                AuditFinding finding = new AuditFinding();
                finding.findingId = e.findingId().value();
                finding.severity = e.severity();
                finding.description = e.description();
                finding.eventSequenceNumbers = e.eventSequenceNumbers();
                finding.recordedBy = a.actor;
                finding.recordedAt = a.at;
                a.d.auditFindings.add(finding);
            })
            .on(AuditFindingFollowedUp.class, (a, e) -> a.d.auditFinding(e.findingId().value()).followUps.add(
                    new FindingFollowUp(e.description(), e.followedUpOn(), e.evidence(), a.actor, a.at)))
            .on(AuditFindingClosed.class, (a, e) ->
                    a.d.auditFinding(e.findingId().value()).closing = new FindingClosing(e.conclusion(), a.actor, a.at))
            .on(PublicationExemptionRecorded.class, (a, e) -> {
                Exemption exemption = new Exemption();
                exemption.exemptionId = e.exemptionId().value();
                exemption.documentId = e.documentId() == null ? null : e.documentId().value();
                exemption.fields = e.fields();
                exemption.ground = e.ground();
                exemption.consequenceTest = e.consequenceTest();
                exemption.decisionNumber = e.decisionNumber();
                exemption.decidedOn = e.decidedOn();
                exemption.until = e.until();
                exemption.recordedBy = a.actor;
                exemption.recordedAt = a.at;
                a.d.exemptions.add(exemption);
            })
            .on(PublicationExemptionLifted.class, (a, e) -> a.d.exemption(e.exemptionId().value()).lifting =
                    new Lifting(e.reason(), a.actor, a.at))
            .on(ExtensionProposed.class, (a, e) -> {
                a.d.successorId = e.successorId().value();
                a.d.extension = new Extension(e.successorId().value(), e.rationale(), a.actor, a.at);
            })
            .on(CooperationTerminated.class, (a, e) -> a.ending(e.reason(), e.effectiveOn(), e.explanation()))
            .on(CooperationExpired.class, (a, e) -> a.ending(null, e.termEndedOn(), null))
            .on(CooperationWithdrawn.class, (a, e) -> a.ending(null, null, e.reason()))
            .on(DocumentFileArchived.class, (a, e) -> {
                RecordedFile file = a.d.file(e.documentId().value());
                // a detail stored before files were listed knows none of its documents until the rebuild lists them
                if (file != null) {
                    file.archived = new ArchivedFile(e.size(), e.mediaType(), a.actor, a.at);
                }
            })
            .ignoring("a flag the system raises, which FlagRules folds", CooperationFlaggedDormant.class,
                    EvaluationOverdue.class, FollowUpActionOverdue.class, StopRecommendationUnanswered.class,
                    DprdResponseOverdue.class, ExpiryApproaching.class);

    private static void apply(CooperationDetail d, Object event, String actor, Instant at, long sequence) {
        // the zone is not known here: an expiry reminder shows when it was raised rather than the day in the zone
        FlagRules.apply(d.flags, event, actor, at, sequence, null);
        if (!(event instanceof CooperationEvent e)) {
            return;   // a payload this version does not know changes nothing but the version
        }
        Optional<EndReason> ended = StageTransitions.endReason(d.stage, e, d.type);
        d.stage = StageTransitions.next(d.stage, e, d.type);
        ended.ifPresent(reason -> {
            d.endReason = reason;
            FlagRules.closeAll(d.flags, at);
        });
        DETAIL.apply(new Applying(d, actor, at, ended.orElse(null)), e);
        RecordedDocument.in(e).forEach(document -> recorded(d, document));
    }

    /** The same bytes recorded again in the same place are the same document, listed once. */
    private static void recorded(CooperationDetail d, RecordedDocument document) {
        if (d.file(document.documentId().value()) == null) {
            RecordedFile file = new RecordedFile();
            file.documentId = document.documentId().value();
            file.field = document.field();
            file.fileName = document.file().fileName();
            file.sha256 = document.file().sha256();
            file.signedOriginal = document.signedOriginal();
            d.files.add(file);
        }
    }

    /** The dispatch, for its test. */
    static EventDispatch<?> dispatch() {
        return DETAIL;
    }

    private static void joined(CooperationDetail d, String id, Instant at, String actor) {
        d.id = id;
        d.initiatedAt = at;
        d.initiatedBy = actor;
    }

    private static void parties(CooperationDetail d, RegionCode region, String unit, Partner partner,
                                Set<GovernmentAffair> affairs) {
        d.initiatingRegion = RegionView.of(region);
        d.initiatingUnit = unit;
        d.partner = partner;
        d.partnerKey = partnerKey(partner);
        d.partnerRegion = partner.region() == null ? null : RegionView.of(partner.region());
        d.affairs = Set.copyOf(affairs);
    }


    private static Document document(CooperationDetail d, String id, DocumentKind kind, String parentId,
                                     AgreementContent content, String actor, Instant at) {
        Document document = new Document();
        document.documentId = id;
        document.kind = kind;
        document.parentDocumentId = parentId;
        document.status = DocumentStatus.DRAFT;
        document.content = content;
        document.effectiveTerm = content.term();
        document.draftedBy = actor;
        document.draftedAt = at;
        d.documents.add(document);
        return document;
    }

    /** One event as the detail takes it in: who acted, when, and why the event ended the cooperation, if it did. */
    private record Applying(CooperationDetail d, String actor, Instant at, EndReason ended) {

        /** Records how the cooperation ended, if this event ended it. */
        void ending(TerminationReason termination, LocalDate effectiveOn, String explanation) {
            if (ended != null) {
                d.ending = new Ending(ended, termination, effectiveOn, explanation, actor, at);
            }
        }
    }
}
