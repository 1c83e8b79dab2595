package id.kerjasama.query.inspection;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.StageTransitions;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.query.history.EventSummaries;
import id.kerjasama.query.inspection.InspectionFile.Actor;
import id.kerjasama.query.inspection.InspectionFile.DocumentEntry;
import id.kerjasama.query.inspection.InspectionFile.Finding;
import id.kerjasama.query.inspection.InspectionFile.StageStay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static id.kerjasama.cooperation.Stage.*;

/**
 * The pure function from a cooperation's events to its {@link InspectionFile}, and to the decisions among them.
 * Stages move by {@link StageTransitions}, the rules the aggregate and the cooperation detail move by; flags open
 * and close as {@link FlagRules} says, the same rule the cooperation detail folds.
 */
public final class InspectionFold {

    private InspectionFold() {
    }

    /**
     * A decision as the "who did what" report lists it: the event, the day it was made ({@link BusinessDates}) and
     * the moment it was recorded, its outcome, who took it in what role for which region, and a summary in
     * Indonesian and English.
     */
    public record Decision(long sequenceNumber, LocalDate decidedOn, Instant recordedAt, String type, String outcome, String actorId,
                           String actorName, String actorRole, String actorRegion, String summaryId, String summaryEn) {
    }

    /**
     * The events that record a decision (docs/REPORTS.md), each with its outcome in one word. Flags
     * the system raises are not decisions; the system's own decisions (the DPRD's silence deemed approval, expiry)
     * are, under the actor {@code system}.
     */
    static final Map<Class<?>, Function<Object, String>> DECISIONS = Map.ofEntries(
            Map.entry(SignedAgreementImported.class, e -> "IMPORTED_" + ((SignedAgreementImported) e).kind()),
            Map.entry(AssessmentConcluded.class, e -> ((AssessmentConcluded) e).conclusion().name()),
            Map.entry(OfferSent.class, e -> "OFFER_SENT"),
            Map.entry(PartnerAnswerRecorded.class, e -> "PARTNER_" + ((PartnerAnswerRecorded) e).answer()),
            Map.entry(DraftApproved.class, e -> "DRAFT_APPROVED"),
            Map.entry(DraftRejected.class, e -> "DRAFT_REJECTED"),
            Map.entry(AgreementSigned.class, e -> ((AgreementSigned) e).kind() + "_SIGNED"),
            Map.entry(DprdApprovalRequirementDetermined.class, e ->
                    ((DprdApprovalRequirementDetermined) e).required() ? "DPRD_REQUIRED" : "DPRD_NOT_REQUIRED"),
            Map.entry(DprdApprovalRequested.class, e -> "DPRD_REQUESTED"),
            Map.entry(DprdDecisionRecorded.class, e -> "DPRD_" + ((DprdDecisionRecorded) e).decision()),
            Map.entry(DprdApprovalDeemedGiven.class, e -> "DPRD_DEEMED_APPROVED"),
            Map.entry(PowerOfAttorneyGranted.class, e -> "POWER_OF_ATTORNEY_GRANTED"),
            Map.entry(PowerOfAttorneyRevoked.class, e -> "POWER_OF_ATTORNEY_REVOKED"),
            Map.entry(ImplementationStarted.class, e -> "IMPLEMENTATION_STARTED"),
            Map.entry(EvaluationRecorded.class, e -> "RECOMMENDED_" + ((EvaluationRecorded) e).recommendation()),
            Map.entry(DormancyFlagAnswered.class, e -> "DORMANCY_" + ((DormancyFlagAnswered) e).answer()),
            Map.entry(ContinuationJustified.class, e -> "CONTINUATION_JUSTIFIED"),
            Map.entry(ExtensionProposed.class, e -> "EXTENSION_PROPOSED"),
            Map.entry(CooperationTerminated.class, e -> "TERMINATED_" + ((CooperationTerminated) e).reason()),
            Map.entry(CooperationExpired.class, e -> "EXPIRED"),
            Map.entry(CooperationWithdrawn.class, e -> "WITHDRAWN"),
            Map.entry(AuditFindingRecorded.class, e -> "FINDING_" + ((AuditFindingRecorded) e).severity()),
            Map.entry(AuditFindingClosed.class, e -> "FINDING_CLOSED"),
            Map.entry(PublicationExemptionRecorded.class, e -> "EXEMPTED_" + ((PublicationExemptionRecorded) e).ground()),
            Map.entry(PublicationExemptionLifted.class, e -> "EXEMPTION_LIFTED"));

    /** The names of the decision events, as the report's {@code type} filter takes them. */
    public static Set<String> decisionTypes() {
        return DECISIONS.keySet().stream().map(Class::getSimpleName).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Applies one event ({@code zone} tells the day a reminder was recorded); an event at or below the file's version was applied already and changes nothing.
     * @return the decision the event records, if it records one and was not applied before
     */
    public static List<Decision> evolve(InspectionFile f, DomainEventMessage<?> message, ZoneId zone) {
        if (message.getSequenceNumber() <= f.version) {
            return List.of();
        }
        Actor actor = actor(message.getMetaData());
        Object event = message.getPayload();
        LocalDate recordedOn = message.getTimestamp().atZone(zone).toLocalDate();
        LocalDate on = BusinessDates.of(event, recordedOn);
        apply(f, event, actor, message.getTimestamp(), on, message.getSequenceNumber(), recordedOn);
        if (actor.id() != null && !ActorRole.SYSTEM.name().equals(actor.role())
                && !ActorRole.INSPECTOR.name().equals(actor.role())) {
            f.lastActor = actor;
        }
        f.version = message.getSequenceNumber();
        Function<Object, String> outcome = DECISIONS.get(event.getClass());
        if (outcome == null) {
            return List.of();
        }
        EventSummaries.Summary summary = EventSummaries.of(event);
        return List.of(new Decision(message.getSequenceNumber(), on, message.getTimestamp(), event.getClass().getSimpleName(),
                outcome.apply(event), actor.id(), actor.name(), actor.role(), actor.region(), summary.id(), summary.en()));
    }

    private static Actor actor(MetaData metaData) {
        return new Actor(text(metaData, AuditMetadata.ACTOR_ID), text(metaData, AuditMetadata.ACTOR_NAME),
                text(metaData, AuditMetadata.ACTOR_ROLE), text(metaData, AuditMetadata.ACTOR_REGION));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    /** What each event adds to the file; stages move by {@link StageTransitions}, flags by {@link FlagRules}. */
    private static final EventDispatch<Folding> FILE = new EventDispatch<Folding>()
            .on(CooperationInitiated.class, (x, e) -> joined(x.f, e.cooperationId().value(), e.type(), e.title(),
                    e.reportedLabel(), e.initiatingRegion().value(), e.initiatingUnit(), e.partner(), x.at))
            .on(SignedAgreementImported.class, (x, e) -> {
                joined(x.f, e.cooperationId().value(), e.type(), e.content().title(), e.reportedLabel(),
                        e.initiatingRegion().value(), e.initiatingUnit(), e.partner(), x.at);
                x.f.documents.put(e.documentId().value(), new DocumentEntry(e.kind(), null, e.content().term().end()));
                signed(x.f, e.documentId().value(), e.kind(), e.signedOn(), x.at);
            })
            .on(LiaisonOfficerAppointed.class, (x, e) -> x.f.liaisonOfficer = e.officer())
            .on(AgreementDrafted.class, (x, e) -> x.f.documents.put(e.documentId().value(), new DocumentEntry(e.kind(),
                    e.parentDocumentId() == null ? null : e.parentDocumentId().value(), e.content().term().end())))
            .on(DraftRevised.class, (x, e) -> x.f.documents.computeIfPresent(e.documentId().value(),
                    (id, d) -> new DocumentEntry(d.kind(), d.parentId(), e.content().term().end())))
            .on(AgreementSigned.class, (x, e) -> signed(x.f, e.documentId().value(), e.kind(), e.signedOn(), x.at))
            .on(EvaluationRecorded.class, (x, e) -> {
                // an evaluation that answers an overdue flag is late, not on time
                if (x.f.evaluatedPeriods.add(e.periodStart() + "/" + e.periodEnd()) && !x.closedAFlag) {
                    x.f.evaluationsMet++;
                }
            })
            .on(EvaluationOverdue.class, (x, e) -> x.f.evaluationsMissed++)
            .on(AuditFindingRecorded.class, (x, e) -> {
                Finding finding = new Finding();
                finding.findingId = e.findingId().value();
                finding.severity = e.severity();
                finding.description = e.description();
                finding.recordedAt = x.at;
                finding.recordedBy = x.actor.id();
                x.f.findings.add(finding);
            })
            .on(AuditFindingFollowedUp.class, (x, e) -> finding(x.f, e.findingId().value()).followUps++)
            .on(AuditFindingClosed.class, (x, e) -> finding(x.f, e.findingId().value()).closedAt = x.at)
            .ignoring("the file shows only the stage it moves to or the flag it raises or answers",
                    SubmittedForAssessment.class, AssessmentConcluded.class, PartnerAnswerRecorded.class,
                    DprdApprovalRequirementDetermined.class, DprdDecisionRecorded.class, DprdApprovalDeemedGiven.class,
                    ImplementationStarted.class, CooperationTerminated.class, CooperationExpired.class,
                    CooperationWithdrawn.class, CooperationFlaggedDormant.class, DormancyFlagAnswered.class,
                    FollowUpActionOverdue.class, FollowUpActionCompleted.class, StopRecommendationUnanswered.class,
                    ContinuationJustified.class, DprdResponseOverdue.class, ExpiryApproaching.class,
                    ExtensionProposed.class)
            .ignoring("no inspector's report shows it, other than as a decision",
                    PublicationExemptionRecorded.class, PublicationExemptionLifted.class, PreparationDocumentAttached.class, AssessmentStarted.class, AssessmentFindingRecorded.class,
                    OfferSent.class, DraftApproved.class, DraftRejected.class, SignedDocumentRegistered.class, DocumentFileArchived.class,
                    DprdApprovalRequested.class, PowerOfAttorneyGranted.class, PowerOfAttorneyRevoked.class,
                    ActivityRecorded.class, BudgetRealisationRecorded.class, ImplementationReportRecorded.class);

    private static void apply(InspectionFile f, Object event, Actor actor, Instant at, LocalDate on, long sequence,
                              LocalDate recordedOn) {
        boolean closedAFlag = FlagRules.apply(f.flags, event, actor.id(), at, sequence, recordedOn);
        if (event instanceof CooperationEvent e) {
            move(f, StageTransitions.next(f.stage, e, f.type), at, on, recordedOn, sequence);
            FILE.apply(new Folding(f, actor, at, closedAFlag), e);
        }
    }

    /** The dispatch, for its test. */
    static EventDispatch<?> dispatch() {
        return FILE;
    }

    /** One event as the file takes it in: who acted, when, and whether it closed a flag. */
    private record Folding(InspectionFile f, Actor actor, Instant at, boolean closedAFlag) {
    }

    private static void joined(InspectionFile f, String id, id.kerjasama.cooperation.CooperationType type, String title,
                               String label, String region, String unit, id.kerjasama.cooperation.Partner partner,
                               Instant at) {
        f.id = id;
        f.type = type;
        f.title = title;
        f.reportedLabel = label;
        f.regionCode = region;
        f.initiatingUnit = unit;
        f.partnerKind = partner.kind();
        f.partnerName = partner.name();
        f.partnerRegionCode = partner.region() == null ? null : partner.region().value();
        f.initiatedAt = at;
    }

    private static void signed(InspectionFile f, String documentId, DocumentKind kind, LocalDate signedOn, Instant at) {
        DocumentEntry document = f.documents.get(documentId);
        if ((kind == DocumentKind.KB || kind == DocumentKind.NK) && f.frameworkDocumentId == null) {
            f.frameworkDocumentId = documentId;
            f.signedOn = signedOn;
            f.signingRecordedAt = at;
            f.termEnd = document.termEnd();
        } else if (kind == DocumentKind.ADENDUM && document != null && documentId != null
                && f.frameworkDocumentId != null && f.frameworkDocumentId.equals(document.parentId())) {
            f.termEnd = document.termEnd();
        }
    }

    /**
     * Moves to {@code stage} on the business day {@code on}: the stay in the stage before ends; at the end every open
     * flag closes with it. A move dated before the day the stay it ends began (a letter recorded after a step that
     * names no day of its own) ends that stay on the day it began: no stay lasts less than nothing.
     */
    private static void move(InspectionFile f, Stage stage, Instant at, LocalDate on, LocalDate recordedOn, long sequence) {
        if (stage == f.stage) {
            return;
        }
        LocalDate day = on;
        for (StageStay s : f.stays) {
            if (s.leftAt == null) {
                s.leftAt = at;
                s.leftOn = on.isBefore(s.enteredOn) ? s.enteredOn : on;
                s.leftRecordedOn = recordedOn;
                day = s.leftOn;
            }
        }
        f.stage = stage;
        if (stage == ENDED) {
            f.endedAt = at;
            f.endedOn = day;
            FlagRules.closeAll(f.flags, at);
            return;
        }
        StageStay stay = new StageStay();
        stay.enteredSequence = sequence;
        stay.stage = stage;
        stay.enteredAt = at;
        stay.enteredOn = day;
        stay.enteredRecordedOn = recordedOn;
        f.stays.add(stay);
    }

    private static Finding finding(InspectionFile f, String findingId) {
        return f.findings.stream().filter(x -> x.findingId.equals(findingId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No audit finding " + findingId + " in " + f.id));
    }
}
