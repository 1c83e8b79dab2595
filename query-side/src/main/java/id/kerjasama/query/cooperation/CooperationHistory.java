package id.kerjasama.query.cooperation;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.EndReason;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerAnswer;
import id.kerjasama.cooperation.Stage;
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
import java.util.Set;
import java.util.regex.Pattern;

import static id.kerjasama.cooperation.Stage.*;

/**
 * The one pure function from a cooperation's events to its {@link CooperationDetail}. The live projection
 * applies it event by event; point-in-time replay folds it over the stored events up to a moment. Stages move
 * exactly as the aggregate moves them, so what the query side shows is what the command side decided.
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

    // one flat dispatch over the event types: each branch is the whole story of one event
    private static void apply(CooperationDetail d, Object event, String actor, Instant at, long sequence) {
        // the zone is not known here: an expiry reminder shows when it was raised rather than the day in the zone
        FlagRules.apply(d.flags, event, actor, at, sequence, null);
        if (event instanceof CooperationInitiated e) {
            joined(d, e.cooperationId().value(), at, actor);
            d.type = e.type();
            d.title = e.title();
            d.reportedLabel = e.reportedLabel();
            parties(d, e.initiatingRegion(), e.initiatingUnit(), e.partner(), e.affairs());
            d.initiator = e.initiator();
            d.objective = e.objective();
            d.predecessorId = e.predecessorId() == null ? null : e.predecessorId().value();
            d.stage = PREPARATION;
        } else if (event instanceof SignedAgreementImported e) {
            joined(d, e.cooperationId().value(), at, actor);
            d.type = e.type();
            d.title = e.content().title();
            d.reportedLabel = e.reportedLabel();
            parties(d, e.initiatingRegion(), e.initiatingUnit(), e.partner(), e.affairs());
            d.initiator = Initiator.REGIONAL_UNIT;
            d.imported = new Imported(e.sourceDocument(), e.note(), e.deviations(), actor, at);
            Document document = document(d, e.documentId().value(), e.kind(), null, e.content(), actor, at);
            document.status = DocumentStatus.SIGNED;
            document.signing = new Signing(e.documentNumber(), e.signatories(), e.signedOn(), e.signedAt(), e.signedFile(),
                    actor, at);
            d.stage = Stage.ofSignedFramework(e.type(), e.kind());
        } else if (event instanceof LiaisonOfficerAppointed e) {
            d.liaisonOfficer = e.officer();
            d.liaisonOfficerAppointedBy = actor;
        } else if (event instanceof PreparationDocumentAttached e) {
            d.preparationDocuments.add(new PreparationDocument(e.kind(), e.file(), actor, at));
        } else if (event instanceof SubmittedForAssessment) {
            d.stage = ASSESSMENT;
            d.assessment = new Assessment();
            d.assessment.submittedAt = at;
            d.assessment.submittedBy = actor;
        } else if (event instanceof AssessmentStarted) {
            d.assessment.startedAt = at;
            d.assessment.startedBy = actor;
        } else if (event instanceof AssessmentFindingRecorded e) {
            d.assessment.findings.add(new Finding(e.aspect(), e.finding(), actor, at));
        } else if (event instanceof AssessmentConcluded e) {
            d.assessment.conclusion = e.conclusion();
            d.assessment.rationale = e.rationale();
            d.assessment.concludedBy = actor;
            d.assessment.concludedAt = at;
            if (e.conclusion() == AssessmentConclusion.FEASIBLE) {
                d.stage = d.type.frameworkInstrument() == DocumentKind.NK ? MEMORANDUM : OFFER;
            } else if (e.conclusion() == AssessmentConclusion.REVISE) {
                d.stage = PREPARATION;
            } else {
                end(d, EndReason.REJECTED_IN_ASSESSMENT, null, null, e.rationale(), actor, at);
            }
        } else if (event instanceof OfferSent e) {
            d.offer = new Offer();
            d.offer.letter = e.letter();
            d.offer.signedBy = e.signedBy();
            d.offer.sentOn = e.sentOn();
            d.offer.sentBy = actor;
        } else if (event instanceof PartnerAnswerRecorded e) {
            d.offer.answer = e.answer();
            d.offer.answeredOn = e.answeredOn();
            d.offer.answerLetter = e.letter();
            d.offer.answerRecordedBy = actor;
            if (e.answer() == PartnerAnswer.ACCEPTED) {
                d.stage = JOINT_AGREEMENT;
            } else {
                end(d, EndReason.OFFER_DECLINED, null, e.answeredOn(), null, actor, at);
            }
        } else if (event instanceof AgreementDrafted e) {
            Document document = document(d, e.documentId().value(), e.kind(),
                    e.parentDocumentId() == null ? null : e.parentDocumentId().value(), e.content(), actor, at);
            document.changes = e.changes();
        } else if (event instanceof DraftRevised e) {
            Document document = d.document(e.documentId().value());
            document.content = e.content();
            document.effectiveTerm = e.content().term();
            document.status = DocumentStatus.DRAFT;
            document.approval = null;
            document.revisions++;
            document.revisionNotes.add(new Decision(actor, at, e.note()));
        } else if (event instanceof DraftApproved e) {
            Document document = d.document(e.documentId().value());
            document.status = DocumentStatus.APPROVED;
            document.approval = new Decision(actor, at, null);
        } else if (event instanceof DraftRejected e) {
            Document document = d.document(e.documentId().value());
            document.status = DocumentStatus.REJECTED;
            document.rejections.add(new Decision(actor, at, e.reason()));
        } else if (event instanceof AgreementSigned e) {
            Document document = d.document(e.documentId().value());
            document.status = DocumentStatus.SIGNED;
            document.signing = new Signing(e.documentNumber(), e.signatories(), e.signedOn(), e.signedAt(), e.signedFile(),
                    actor, at);
            if (e.kind() == DocumentKind.KB) {
                d.stage = DPRD_APPROVAL;
            } else if (e.kind() == DocumentKind.ADENDUM) {
                Document amended = d.document(document.parentDocumentId);
                amended.effectiveTerm = document.content.term();
                amended.amendedBy.add(document.documentId);
            }
        } else if (event instanceof SignedDocumentRegistered e) {
            d.document(e.documentId().value()).registration =
                    new Registration(e.registrationNumber(), e.archiveLocation(), actor, at);
        } else if (event instanceof DprdApprovalRequirementDetermined e) {
            d.dprd = new Dprd();
            d.dprd.required = e.required();
            d.dprd.burdensPublicAndRegion = e.burdensPublicAndRegion();
            d.dprd.fundedInCurrentBudget = e.fundedInCurrentBudget();
            d.dprd.rationale = e.rationale();
            d.dprd.determinedBy = actor;
            if (!e.required()) {
                d.stage = IMPLEMENTING_AGREEMENT;
            }
        } else if (event instanceof DprdApprovalRequested e) {
            d.dprd.requestedOn = e.requestedOn();
            d.dprd.answerDueOn = e.answerDueOn();
            d.dprd.requestLetter = e.letter();
            d.dprd.requestedBy = actor;
        } else if (event instanceof DprdDecisionRecorded e) {
            d.dprd.decision = e.decision();
            d.dprd.decidedOn = e.decidedOn();
            d.dprd.decisionLetter = e.decisionLetter();
            d.dprd.note = e.note();
            d.dprd.decisionRecordedBy = actor;
            if (e.decision() == DprdDecision.APPROVED) {
                d.stage = IMPLEMENTING_AGREEMENT;
            } else {
                end(d, EndReason.DPRD_REJECTED, null, e.decidedOn(), e.note(), actor, at);
            }
        } else if (event instanceof DprdApprovalDeemedGiven e) {
            // the DPRD stayed silent past its deadline, which the region's rule counts as approval
            d.dprd.deemedGiven = true;
            d.stage = IMPLEMENTING_AGREEMENT;
        } else if (event instanceof PowerOfAttorneyGranted e) {
            PowerOfAttorney power = new PowerOfAttorney();
            power.powerOfAttorneyId = e.powerOfAttorneyId().value();
            power.grantee = e.grantee();
            power.granteeUnit = e.granteeUnit();
            power.grantor = e.grantor();
            power.coversDocumentId = e.coversDocumentId() == null ? null : e.coversDocumentId().value();
            power.validFrom = e.validFrom();
            power.validUntil = e.validUntil();
            power.letter = e.letter();
            power.recordedBy = actor;
            d.powersOfAttorney.add(power);
        } else if (event instanceof PowerOfAttorneyRevoked e) {
            d.powersOfAttorney.stream().filter(p -> p.powerOfAttorneyId.equals(e.powerOfAttorneyId().value()))
                    .forEach(p -> {
                        p.revokedOn = e.revokedOn();
                        p.revocationReason = e.reason();
                        p.revocationRecordedBy = actor;
                    });
        } else if (event instanceof ImplementationStarted e) {
            d.stage = IMPLEMENTATION;
            d.implementationStartedOn = e.startedOn();
            d.implementationStartedBy = actor;
        } else if (event instanceof ActivityRecorded e) {
            d.activities.add(new Activity(e.date(), e.description(), e.unit(), actor));
        } else if (event instanceof BudgetRealisationRecorded e) {
            d.budgetRealisations.add(new BudgetRealisation(e.fiscalYear(), e.source(), e.amount(), e.description(), actor));
        } else if (event instanceof ImplementationReportRecorded e) {
            d.reports.add(new Report(e.periodStart(), e.periodEnd(), e.summary(), e.file(), actor));
        } else if (event instanceof EvaluationRecorded e) {
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
            evaluation.recordedBy = actor;
            evaluation.recordedAt = at;
            d.evaluations.add(evaluation);
        } else if (event instanceof FollowUpActionCompleted e) {
            d.evaluation(e.evaluationId().value()).completedActions.add(
                    new CompletedAction(e.actionNumber(), e.completedOn(), e.note(), actor, at));
        } else if (event instanceof ContinuationJustified e) {
            d.evaluation(e.evaluationId().value()).continuation =
                    new Continuation(e.justification(), e.justifiedOn(), actor, at);
        } else if (event instanceof DormancyFlagAnswered e) {
            d.dormancyAnswers.add(new DormancyFlagAnswer(e.reason(), e.answer(), e.actionPlan(), e.explanation(),
                    e.answeredOn(), actor, at));
        } else if (event instanceof AuditFindingRecorded e) {
            AuditFinding finding = new AuditFinding();
            finding.findingId = e.findingId().value();
            finding.severity = e.severity();
            finding.description = e.description();
            finding.eventSequenceNumbers = e.eventSequenceNumbers();
            finding.recordedBy = actor;
            finding.recordedAt = at;
            d.auditFindings.add(finding);
        } else if (event instanceof AuditFindingFollowedUp e) {
            d.auditFinding(e.findingId().value()).followUps.add(
                    new FindingFollowUp(e.description(), e.followedUpOn(), e.evidence(), actor, at));
        } else if (event instanceof AuditFindingClosed e) {
            d.auditFinding(e.findingId().value()).closing = new FindingClosing(e.conclusion(), actor, at);
        } else if (event instanceof ExtensionProposed e) {
            d.successorId = e.successorId().value();
            d.extension = new Extension(e.successorId().value(), e.rationale(), actor, at);
        } else if (event instanceof CooperationTerminated e) {
            end(d, EndReason.TERMINATED, e.reason(), e.effectiveOn(), e.explanation(), actor, at);
        } else if (event instanceof CooperationExpired e) {
            end(d, EndReason.EXPIRED, null, e.termEndedOn(), null, actor, at);
        } else if (event instanceof CooperationWithdrawn e) {
            end(d, EndReason.WITHDRAWN, null, null, e.reason(), actor, at);
        }
        // The flags (raised by the system, answered by the events above) are FlagRules' alone. Event types this
        // version does not know yet leave the detail as it was, but still advance its version.
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

    private static void end(CooperationDetail d, EndReason reason, TerminationReason termination,
                            LocalDate effectiveOn, String explanation, String actor, Instant at) {
        d.stage = Stage.ENDED;
        d.endReason = reason;
        FlagRules.closeAll(d.flags, at);
        d.ending = new Ending(reason, termination, effectiveOn, explanation, actor, at);
    }
}
