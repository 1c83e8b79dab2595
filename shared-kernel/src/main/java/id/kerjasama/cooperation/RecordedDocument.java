package id.kerjasama.cooperation;

import id.kerjasama.cooperation.command.*;
import id.kerjasama.cooperation.event.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A document whose file a cooperation records by its SHA-256 ({@link DocumentReference}), under the id its file is
 * archived and fetched by. The signed original of a KB, PKS, NK, Rencana Kerja or adendum takes the id of its
 * agreement document; every other reference (a preparation document, a letter, a report, evidence) takes an id
 * derived from the cooperation, the field that records it and the file's hash, so that both sides compute the same
 * id from the event alone, and the same bytes recorded twice in the same place are one document.
 *
 * @param field          the event and field that record it, e.g. {@code OfferSent.letter}
 * @param recordedBy     the command that records it: whoever may send that command may archive the file
 * @param signedOriginal whether it is the signed original of an agreement document (which must be a PDF)
 */
public record RecordedDocument(DocumentId documentId, DocumentReference file, String field,
                               Class<?> recordedBy, boolean signedOriginal) {

    /** The documents an event records, none for most. */
    public static List<RecordedDocument> in(CooperationEvent event) {
        List<RecordedDocument> found = new ArrayList<>();
        RECORDED.apply(found, event);
        return found;
    }

    private static final EventDispatch<List<RecordedDocument>> RECORDED = new EventDispatch<List<RecordedDocument>>()
            .on(PreparationDocumentAttached.class, (found, e) ->
                    reference(found, e, "PreparationDocumentAttached.file", e.file(), AttachPreparationDocument.class))
            .on(OfferSent.class, (found, e) -> reference(found, e, "OfferSent.letter", e.letter(), SendOffer.class))
            .on(PartnerAnswerRecorded.class, (found, e) ->
                    reference(found, e, "PartnerAnswerRecorded.letter", e.letter(), RecordPartnerAnswer.class))
            .on(DprdApprovalRequested.class, (found, e) ->
                    reference(found, e, "DprdApprovalRequested.letter", e.letter(), RequestDprdApproval.class))
            .on(DprdDecisionRecorded.class, (found, e) ->
                    reference(found, e, "DprdDecisionRecorded.decisionLetter", e.decisionLetter(), RecordDprdDecision.class))
            .on(PowerOfAttorneyGranted.class, (found, e) ->
                    reference(found, e, "PowerOfAttorneyGranted.letter", e.letter(), GrantPowerOfAttorney.class))
            .on(ImplementationReportRecorded.class, (found, e) ->
                    reference(found, e, "ImplementationReportRecorded.file", e.file(), RecordImplementationReport.class))
            .on(AuditFindingFollowedUp.class, (found, e) ->
                    reference(found, e, "AuditFindingFollowedUp.evidence", e.evidence(), RecordFindingFollowUp.class))
            .on(AgreementSigned.class, (found, e) ->
                    signed(found, e.documentId(), "AgreementSigned.signedFile", e.signedFile(), SignAgreement.class))
            .on(SignedAgreementImported.class, (found, e) -> {
                signed(found, e.documentId(), "SignedAgreementImported.signedFile", e.signedFile(), ImportSignedAgreement.class);
                reference(found, e, "SignedAgreementImported.sourceDocument", e.sourceDocument(), ImportSignedAgreement.class);
            })
            .ignoring("records no file", ActivityRecorded.class, AgreementDrafted.class, AssessmentConcluded.class,
                    AssessmentFindingRecorded.class, AssessmentStarted.class, AuditFindingClosed.class,
                    AuditFindingRecorded.class, BudgetRealisationRecorded.class, ContinuationJustified.class,
                    CooperationExpired.class, CooperationFlaggedDormant.class, CooperationInitiated.class,
                    CooperationTerminated.class, CooperationWithdrawn.class, DormancyFlagAnswered.class,
                    DprdApprovalDeemedGiven.class, DprdApprovalRequirementDetermined.class, DprdResponseOverdue.class,
                    DraftApproved.class, DraftRejected.class, DraftRevised.class, EvaluationOverdue.class,
                    EvaluationRecorded.class, ExpiryApproaching.class, ExtensionProposed.class,
                    FollowUpActionCompleted.class, FollowUpActionOverdue.class, ImplementationStarted.class,
                    LiaisonOfficerAppointed.class, PowerOfAttorneyRevoked.class, SignedDocumentRegistered.class,
                    StopRecommendationUnanswered.class, SubmittedForAssessment.class)
            .ignoring("stores the file of a document recorded before; it records none itself", DocumentFileArchived.class)
            .ignoring("withholds from the public register, or lifts that, what a document recorded before",
                    PublicationExemptionRecorded.class, PublicationExemptionLifted.class);

    /** The dispatch, for the test that holds it to every event type. */
    static EventDispatch<List<RecordedDocument>> dispatch() {
        return RECORDED;
    }

    private static void signed(List<RecordedDocument> found, DocumentId id, String field, DocumentReference file,
                               Class<?> recordedBy) {
        if (file != null) {
            found.add(new RecordedDocument(id, file, field, recordedBy, true));
        }
    }

    private static void reference(List<RecordedDocument> found, CooperationEvent event, String field,
                                  DocumentReference file, Class<?> recordedBy) {
        if (file != null) {
            String name = event.cooperationId().value() + "|" + field + "|" + file.sha256();
            DocumentId id = new DocumentId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
            found.add(new RecordedDocument(id, file, field, recordedBy, false));
        }
    }
}
