package id.kerjasama.query.history;

import id.kerjasama.cooperation.event.*;
import id.kerjasama.validation.Labelled;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One line per event that a person can read, in Indonesian and in English, for the history and the live stream. */
public final class EventSummaries {

    /** The same fact in Indonesian ({@code id}) and English ({@code en}). */
    public record Summary(String id, String en) {
    }

    private static final Map<Class<?>, Function<Object, Summary>> SUMMARIES = new LinkedHashMap<>();

    static {
        on(CooperationInitiated.class, e -> e.predecessorId() == null
                ? s("Kerja sama \"" + e.title() + "\" diprakarsai oleh " + e.initiatingUnit() + " dengan " + e.partner().name(),
                "Cooperation \"" + e.title() + "\" initiated by " + e.initiatingUnit() + " with " + e.partner().name())
                : s("Perpanjangan kerja sama " + e.predecessorId() + " dibuka: \"" + e.title() + "\"",
                "Extension of cooperation " + e.predecessorId() + " opened: \"" + e.title() + "\""));
        on(SignedAgreementImported.class, e -> s(
                e.kind() + " " + e.documentNumber() + " yang ditandatangani " + e.signedOn() + " diimpor"
                        + (e.deviations().isEmpty() ? "" : " dengan " + e.deviations().size() + " penyimpangan"),
                e.kind() + " " + e.documentNumber() + " signed on " + e.signedOn() + " imported"
                        + (e.deviations().isEmpty() ? "" : " with " + e.deviations().size() + " deviation(s)")));
        on(LiaisonOfficerAppointed.class, e -> s("Pejabat penghubung ditunjuk: " + e.officer().name(),
                "Liaison officer appointed: " + e.officer().name()));
        on(PreparationDocumentAttached.class, e -> s(e.kind().term() + " dilampirkan: " + e.file().fileName(),
                e.kind().label() + " attached: " + e.file().fileName()));
        on(SubmittedForAssessment.class, e -> s("Diajukan kepada TKKSD untuk dikaji", "Submitted to the TKKSD for assessment"));
        on(AssessmentStarted.class, e -> s("TKKSD mulai mengkaji", "The TKKSD started its assessment"));
        on(AssessmentFindingRecorded.class, e -> s("Temuan kajian (" + e.aspect() + "): " + e.finding(),
                "Assessment finding (" + e.aspect() + "): " + e.finding()));
        on(AssessmentConcluded.class, e -> s("Kajian TKKSD disimpulkan: " + e.conclusion().term(),
                "TKKSD assessment concluded: " + e.conclusion().label()));
        on(OfferSent.class, e -> s("Surat penawaran " + e.signedBy().name() + " dikirim " + e.sentOn(),
                "Offer letter by " + e.signedBy().name() + " sent on " + e.sentOn()));
        on(PartnerAnswerRecorded.class, e -> s("Mitra " + e.answer().term() + " penawaran (" + e.answeredOn() + ")",
                "The partner " + e.answer().label() + " the offer (" + e.answeredOn() + ")"));
        on(AgreementDrafted.class, e -> s("Rancangan " + e.kind().term() + " disusun: " + e.content().title(),
                e.kind().label() + " drafted: " + e.content().title()));
        on(DraftRevised.class, e -> s("Rancangan diperbaiki: " + e.content().title(), "Draft revised: " + e.content().title()));
        on(DraftApproved.class, e -> s("Rancangan disetujui TKKSD", "Draft approved by the TKKSD"));
        on(DraftRejected.class, e -> s("Rancangan ditolak TKKSD: " + e.reason(), "Draft rejected by the TKKSD: " + e.reason()));
        on(AgreementSigned.class, e -> s(e.kind().term() + " " + e.documentNumber() + " ditandatangani di " + e.signedAt()
                        + " pada " + e.signedOn(),
                e.kind().label() + " " + e.documentNumber() + " signed at " + e.signedAt() + " on " + e.signedOn()));
        on(SignedDocumentRegistered.class, e -> s("Dokumen ditatausahakan dengan nomor " + e.registrationNumber(),
                "Document registered as " + e.registrationNumber()));
        on(DocumentFileArchived.class, e -> s("Berkas dokumen " + e.documentId() + " diarsipkan (" + e.size() + " bita, "
                        + e.mediaType() + ")",
                "File of document " + e.documentId() + " archived (" + e.size() + " bytes, " + e.mediaType() + ")"));
        on(DprdApprovalRequirementDetermined.class, e -> e.required()
                ? s("Persetujuan DPRD diperlukan", "DPRD approval is required")
                : s("Persetujuan DPRD tidak diperlukan", "DPRD approval is not required"));
        on(DprdApprovalRequested.class, e -> s("Persetujuan DPRD dimohonkan " + e.requestedOn() + ", batas jawaban " + e.answerDueOn(),
                "DPRD approval requested on " + e.requestedOn() + ", answer due " + e.answerDueOn()));
        on(DprdDecisionRecorded.class, e -> s("DPRD: " + e.decision().term() + " (" + e.decidedOn() + ")",
                "DPRD: " + e.decision().label() + " (" + e.decidedOn() + ")"));
        on(PowerOfAttorneyGranted.class, e -> s("Surat kuasa diberikan kepada " + e.grantee().name() + " s.d. " + e.validUntil(),
                "Power of attorney granted to " + e.grantee().name() + " until " + e.validUntil()));
        on(PowerOfAttorneyRevoked.class, e -> s("Surat kuasa dicabut per " + e.revokedOn() + ": " + e.reason(),
                "Power of attorney revoked as of " + e.revokedOn() + ": " + e.reason()));
        on(ImplementationStarted.class, e -> s("Pelaksanaan dimulai " + e.startedOn(), "Implementation started on " + e.startedOn()));
        on(ActivityRecorded.class, e -> s("Kegiatan " + e.date() + ": " + e.description(), "Activity on " + e.date() + ": " + e.description()));
        on(BudgetRealisationRecorded.class, e -> s("Realisasi anggaran " + e.fiscalYear() + " (" + e.source().term() + "): " + e.amount(),
                "Budget realisation " + e.fiscalYear() + " (" + e.source().label() + "): " + e.amount()));
        on(ImplementationReportRecorded.class, e -> s("Laporan pelaksanaan " + e.periodStart() + " s.d. " + e.periodEnd(),
                "Implementation report " + e.periodStart() + " to " + e.periodEnd()));
        on(EvaluationRecorded.class, e -> s(e.kind().term() + ": rekomendasi " + e.recommendation().term(),
                e.kind().label() + ": recommendation " + e.recommendation().label()));
        on(ExtensionProposed.class, e -> s("Perpanjangan diusulkan sebagai kerja sama " + e.successorId(),
                "Extension proposed as cooperation " + e.successorId()));
        on(CooperationTerminated.class, e -> s("Kerja sama diakhiri per " + e.effectiveOn() + ": " + e.reason().term(),
                "Cooperation terminated as of " + e.effectiveOn() + ": " + e.reason().label()));
        on(CooperationExpired.class, e -> s("Masa berlaku berakhir " + e.termEndedOn(), "Term ended on " + e.termEndedOn()));
        on(CooperationWithdrawn.class, e -> s("Kerja sama ditarik: " + e.reason(), "Cooperation withdrawn: " + e.reason()));
        on(CooperationFlaggedDormant.class, e -> s("Ditandai tidak aktif (" + e.reason().term() + ") sejak " + e.countedFrom()
                        + ", batas " + e.lastDay(),
                "Flagged dormant (" + e.reason().label() + ") since " + e.countedFrom() + ", last day " + e.lastDay()));
        on(DormancyFlagAnswered.class, e -> s("Tanda tidak aktif dijawab: " + e.answer().term(),
                "Dormancy flag answered: " + e.answer().label()));
        on(EvaluationOverdue.class, e -> s("Evaluasi terlambat: terakhir s.d. " + e.evaluatedThrough() + ", batas " + e.lastDay(),
                "Evaluation overdue: evaluated through " + e.evaluatedThrough() + ", due by " + e.lastDay()));
        on(FollowUpActionOverdue.class, e -> s("Tindak lanjut " + e.actionNumber() + " terlambat (" + e.action().owner()
                        + ", batas " + e.action().dueDate() + "): " + e.action().description(),
                "Follow-up action " + e.actionNumber() + " overdue (" + e.action().owner() + ", due "
                        + e.action().dueDate() + "): " + e.action().description()));
        on(FollowUpActionCompleted.class, e -> s("Tindak lanjut " + e.actionNumber() + " selesai " + e.completedOn(),
                "Follow-up action " + e.actionNumber() + " completed on " + e.completedOn()));
        on(StopRecommendationUnanswered.class, e -> s("Rekomendasi penghentian tidak dijawab sampai " + e.answerDueOn(),
                "Recommendation to stop not answered by " + e.answerDueOn()));
        on(ContinuationJustified.class, e -> s("Kelanjutan kerja sama dijustifikasi: " + e.justification(),
                "Continuation justified: " + e.justification()));
        on(ExpiryApproaching.class, e -> s("Pengingat: masa berlaku berakhir " + e.lastDay(),
                "Reminder: the term ends on " + e.lastDay()));
        on(DprdResponseOverdue.class, e -> s("DPRD tidak menjawab sampai " + e.answerDueOn(),
                "The DPRD did not answer by " + e.answerDueOn()));
        on(DprdApprovalDeemedGiven.class, e -> s("Persetujuan DPRD dianggap diberikan: tidak dijawab sampai " + e.answerDueOn(),
                "DPRD approval deemed given: no answer by " + e.answerDueOn()));
        on(AuditFindingRecorded.class, e -> s("Temuan pemeriksaan (" + e.severity().term() + "): " + e.description(),
                "Audit finding (" + e.severity().label() + "): " + e.description()));
        on(AuditFindingFollowedUp.class, e -> s("Tindak lanjut temuan pemeriksaan " + e.followedUpOn() + ": " + e.description(),
                "Audit finding followed up on " + e.followedUpOn() + ": " + e.description()));
        on(AuditFindingClosed.class, e -> s("Temuan pemeriksaan ditutup: " + e.conclusion(),
                "Audit finding closed: " + e.conclusion()));
        on(PublicationExemptionRecorded.class, e -> s(
                "PPID mengecualikan " + (e.documentId() == null ? "bagian " + terms(e.fields()) : "dokumen " + e.documentId())
                        + " dari register publik sampai " + e.until() + " (" + e.ground().article() + ": "
                        + e.ground().term() + "; keputusan " + e.decisionNumber() + ")",
                "The PPID withheld " + (e.documentId() == null ? "the " + labels(e.fields()) : "document " + e.documentId())
                        + " from the public register until " + e.until() + " (" + e.ground().article() + ": "
                        + e.ground().label() + "; decision " + e.decisionNumber() + ")"));
        on(PublicationExemptionLifted.class, e -> s("Pengecualian dari register publik dicabut: " + e.reason(),
                "Exemption from the public register lifted: " + e.reason()));
    }

    private EventSummaries() {
    }

    public static Summary of(Object event) {
        Function<Object, Summary> summary = SUMMARIES.get(event.getClass());
        return summary != null ? summary.apply(event)
                : s("Peristiwa " + event.getClass().getSimpleName(), "Event " + event.getClass().getSimpleName());
    }

    /** The event types with a summary of their own, for their test. */
    static Set<Class<?>> summarised() {
        return Set.copyOf(SUMMARIES.keySet());
    }

    @SuppressWarnings("unchecked")
    private static <E> void on(Class<E> type, Function<E, Summary> summary) {
        SUMMARIES.put(type, event -> summary.apply((E) event));
    }

    private static String terms(Set<? extends Labelled> values) {
        return values.stream().map(Labelled::term).sorted().collect(Collectors.joining(", "));
    }

    private static String labels(Set<? extends Labelled> values) {
        return values.stream().map(Labelled::label).sorted().collect(Collectors.joining(", "));
    }

    private static Summary s(String id, String en) {
        return new Summary(id, en);
    }
}
