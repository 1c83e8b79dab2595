package id.kerjasama.query.cooperation;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.*;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.region.RegionCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A cooperation's events with distinctive values, as the command side records them, each with its actor: the whole
 * lifecycle of one cooperation (every event type but the import, which begins a history of its own).
 */
final class HistoryStory {

    static final CooperationId ID = CooperationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b001");
    static final CooperationId PREDECESSOR = CooperationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b002");
    static final CooperationId SUCCESSOR = CooperationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b003");
    static final DocumentId KB = DocumentId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b004");
    static final DocumentId PKS = DocumentId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b005");
    static final PowerOfAttorneyId POWER = PowerOfAttorneyId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b006");
    static final EvaluationId EVALUATION = EvaluationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b007");
    static final AuditFindingId FINDING = AuditFindingId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b008");
    static final ExemptionId EXEMPTION = ExemptionId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b010");
    static final ExemptionId FIELD_EXEMPTION = ExemptionId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b011");
    static final Instant START = Instant.parse("2025-04-01T02:00:00Z");

    static final String OFFICER = "officer-lamandau";
    static final String SECRETARIAT = "secretariat-lamandau";
    static final String TKKSD = "tkksd-lamandau";
    static final String HEAD = "bupati-lamandau";
    static final String INSPECTOR = "inspektorat-lamandau";
    static final String SYSTEM = AuditMetadata.SYSTEM_ACTOR;

    static final FollowUpAction ACTION = new FollowUpAction("Tambah dokter jaga", "RSUD Gusti Abdul Gani",
            LocalDate.of(2026, 8, 31));

    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    List<DomainEventMessage<?>> events() {
        return events;
    }

    /** Appends {@code payload} as the next event of {@code id}, an hour after the one before. */
    DomainEventMessage<?> add(CooperationId id, Object payload, String actor) {
        String role = switch (actor) {
            case OFFICER -> "UNIT_OFFICER";
            case SECRETARIAT -> "SECRETARIAT";
            case TKKSD -> "TKKSD_MEMBER";
            case HEAD -> "REGIONAL_HEAD";
            case INSPECTOR -> "INSPECTOR";
            default -> "SYSTEM";
        };
        long sequence = events.size();
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Cooperation", id.value(), sequence, payload,
                Map.of(AuditMetadata.ACTOR_ID, actor, AuditMetadata.ACTOR_NAME, "Nama " + actor,
                        AuditMetadata.ACTOR_ROLE, role, AuditMetadata.ACTOR_REGION, "62.09"),
                UUID.randomUUID().toString(), START.plusSeconds(3600 * sequence));
        events.add(message);
        return message;
    }

    DomainEventMessage<?> add(Object payload, String actor) {
        return add(ID, payload, actor);
    }

    static DocumentReference file(String name, char digit) {
        return new DocumentReference(name, String.valueOf(digit).repeat(64), "arsip/" + name);
    }

    static AgreementContent content(String title, int startYear, boolean inCurrentBudget) {
        return new AgreementContent(title, List.of("Ruang lingkup " + title),
                List.of(new PartyCommitments(inCurrentBudget ? SigningParty.REGION : SigningParty.PARTNER,
                        List.of("Hak " + title), List.of("Kewajiban " + title))),
                new Term(LocalDate.of(startYear, 6, 1), LocalDate.of(startYear + 5, 5, 31), "Pengecualian " + title),
                new Funding(Set.of(inCurrentBudget ? FundingSource.APBD : FundingSource.PARTNER), inCurrentBudget,
                        "Catatan dana " + title));
    }

    static Signatory head() {
        return new Signatory(SigningParty.REGION, "Hj. Bupati Lamandau", "Bupati Lamandau", SigningCapacity.REGIONAL_HEAD, null);
    }

    static Signatory partnerSignatory() {
        return new Signatory(SigningParty.PARTNER, "Direktur Utama CBI", "Direktur Utama",
                SigningCapacity.PARTNER_REPRESENTATIVE, null);
    }

    /** The cooperation up to a KB signed and registered. */
    HistoryStory kbSigned() {
        add(new CooperationInitiated(ID, CooperationType.KSDPK, "Layanan kesehatan karyawan", "Perjanjian Kerja Sama",
                RegionCode.of("62.09"), "RSUD Gusti Abdul Gani", Initiator.REGIONAL_UNIT,
                new Partner(PartnerKind.BUSINESS, "PT Citra Borneo Indah", null, "CBI Group", "Indonesia"),
                Set.of(GovernmentAffair.HEALTH), "Pelayanan kesehatan bagi karyawan", PREDECESSOR), OFFICER);
        add(new LiaisonOfficerAppointed(ID, new Person("Siti Aminah", "Kepala Seksi Kerja Sama")), OFFICER);
        add(new PreparationDocumentAttached(ID, PreparationDocumentKind.TERMS_OF_REFERENCE, file("kak.pdf", 'a')), OFFICER);
        add(new SubmittedForAssessment(ID), OFFICER);
        add(new AssessmentStarted(ID), TKKSD);
        add(new AssessmentFindingRecorded(ID, "aspek hukum", "Sesuai PP 28/2018"), TKKSD);
        add(new AssessmentConcluded(ID, AssessmentConclusion.FEASIBLE, "Layak dilanjutkan"), TKKSD);
        add(new OfferSent(ID, file("penawaran.pdf", 'b'), head(), LocalDate.of(2025, 5, 5)), SECRETARIAT);
        add(new PartnerAnswerRecorded(ID, PartnerAnswer.ACCEPTED, LocalDate.of(2025, 5, 10), file("jawaban.pdf", 'c')), SECRETARIAT);
        add(new AgreementDrafted(ID, KB, DocumentKind.KB, null, content("Kesepakatan awal", 2025, true), null), SECRETARIAT);
        add(new DraftRevised(ID, KB, content("Kesepakatan direvisi", 2026, false), "Jangka waktu digeser setahun"), SECRETARIAT);
        add(new DraftRejected(ID, KB, "Pasal pendanaan kurang jelas"), TKKSD);
        add(new DraftApproved(ID, KB), TKKSD);
        add(new AgreementSigned(ID, KB, DocumentKind.KB, "KB/001/RSUD/2025", List.of(head(), partnerSignatory()),
                LocalDate.of(2025, 6, 1), "Nanga Bulik", file("kb-signed.pdf", 'd')), SECRETARIAT);
        add(new SignedDocumentRegistered(ID, KB, "REG-2025-001", "Lemari arsip 3"), SECRETARIAT);
        add(new DocumentFileArchived(ID, KB, "d".repeat(64), 2_400_000, "application/pdf"), SECRETARIAT);
        return this;
    }

    /** The whole lifecycle: every event type but the import, in an order the fold accepts. */
    HistoryStory everything() {
        kbSigned();
        add(new DprdApprovalRequirementDetermined(ID, true, false, true, "Membebani masyarakat dan daerah"), SECRETARIAT);
        add(new DprdApprovalRequested(ID, file("surat-dprd.pdf", 'e'), LocalDate.of(2025, 6, 5), LocalDate.of(2025, 7, 20)), SECRETARIAT);
        add(new DprdResponseOverdue(ID, LocalDate.of(2025, 6, 5), LocalDate.of(2025, 7, 20)), SYSTEM);
        add(new DprdDecisionRecorded(ID, DprdDecision.APPROVED, LocalDate.of(2025, 7, 25), file("keputusan-dprd.pdf", 'f'),
                "Disetujui dalam rapat paripurna"), SECRETARIAT);
        add(new DprdApprovalDeemedGiven(ID, LocalDate.of(2025, 6, 5), LocalDate.of(2025, 7, 20)), SYSTEM);
        add(new CooperationFlaggedDormant(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 12, 1)), SYSTEM);
        add(new DormancyFlagAnswered(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT, DormancyAnswer.REVIVE,
                List.of(new FollowUpAction("Susun PKS", "Bagian Kerja Sama", LocalDate.of(2026, 1, 31))),
                "PKS segera disusun", LocalDate.of(2025, 12, 5)), HEAD);
        add(new PowerOfAttorneyGranted(ID, POWER, new Person("dr. Direktur RSUD", "Direktur RSUD"), "RSUD Gusti Abdul Gani",
                head(), KB, LocalDate.of(2025, 12, 10), LocalDate.of(2026, 12, 10), file("surat-kuasa.pdf", '1')), HEAD);
        add(new AgreementDrafted(ID, PKS, DocumentKind.PKS, KB, content("Perjanjian pelaksanaan", 2027, true), null), SECRETARIAT);
        add(new PowerOfAttorneyRevoked(ID, POWER, LocalDate.of(2026, 1, 5), "Direktur diganti"), HEAD);
        add(new ImplementationStarted(ID, LocalDate.of(2026, 1, 10)), OFFICER);
        add(new ActivityRecorded(ID, LocalDate.of(2026, 1, 15), "Pemeriksaan kesehatan berkala", "Poli umum"), OFFICER);
        add(new BudgetRealisationRecorded(ID, 2026, FundingSource.PARTNER, new BigDecimal("12500000.50"), "Pembelian obat"), OFFICER);
        add(new ImplementationReportRecorded(ID, LocalDate.of(2026, 1, 11), LocalDate.of(2026, 3, 31), "Laporan triwulan I",
                file("laporan.pdf", '2')), OFFICER);
        add(new EvaluationOverdue(ID, LocalDate.of(2026, 1, 9), LocalDate.of(2026, 7, 9)), SYSTEM);
        add(new EvaluationRecorded(ID, EVALUATION, EvaluationKind.SELF_REPORT, LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 6, 30), Map.of(EvaluationCriterion.TIMELINESS, 4), 3, Recommendation.STOP,
                List.of(ACTION), "Manfaat belum terasa"), OFFICER);
        add(new FollowUpActionOverdue(ID, EVALUATION, 1, ACTION), SYSTEM);
        add(new FollowUpActionCompleted(ID, EVALUATION, 1, LocalDate.of(2026, 9, 5), "Dua dokter direkrut"), OFFICER);
        add(new StopRecommendationUnanswered(ID, EVALUATION, LocalDate.of(2026, 9, 14)), SYSTEM);
        add(new ContinuationJustified(ID, EVALUATION, "Layanan rujukan masih dibutuhkan", LocalDate.of(2026, 9, 20)), HEAD);
        add(new AuditFindingRecorded(ID, FINDING, FindingSeverity.HIGH, "PKS dirancang sebelum surat kuasa berlaku",
                List.of(13L, 23L)), INSPECTOR);
        add(new AuditFindingFollowedUp(ID, FINDING, "Surat kuasa diterbitkan ulang", LocalDate.of(2026, 10, 1),
                file("bukti.pdf", '3')), OFFICER);
        add(new AuditFindingClosed(ID, FINDING, "Tuntas ditindaklanjuti"), INSPECTOR);
        add(new AgreementSigned(ID, PKS, DocumentKind.PKS, "PKS/002/RSUD/2026", List.of(head(), partnerSignatory()),
                LocalDate.of(2026, 10, 2), "Pangkalan Bun", file("pks-signed.pdf", '4')), SECRETARIAT);
        add(new PublicationExemptionRecorded(ID, EXEMPTION, PKS, Set.of(), ExemptionGround.INTELLECTUAL_PROPERTY_AND_COMPETITION,
                "Rincian tarif adalah rahasia dagang mitra", "188.4/12/PPID/2026", LocalDate.of(2026, 10, 5),
                LocalDate.of(2028, 10, 4)), SECRETARIAT);
        add(new PublicationExemptionRecorded(ID, FIELD_EXEMPTION, null, Set.of(PublicEntryField.SIGNATORIES),
                ExemptionGround.PERSONAL_SECRET, "Nama penanda tangan mitra adalah data pribadi", "188.4/13/PPID/2026",
                LocalDate.of(2026, 10, 6), LocalDate.of(2027, 10, 5)), SECRETARIAT);
        add(new PublicationExemptionLifted(ID, EXEMPTION, "Putusan Komisi Informasi: tarif terbuka"), SECRETARIAT);
        add(new ExpiryApproaching(ID, KB, LocalDate.of(2031, 5, 31)), SYSTEM);
        add(new ExtensionProposed(ID, SUCCESSOR, "Manfaat layanan perlu dilanjutkan"), SECRETARIAT);
        add(new CooperationWithdrawn(ID, "Ditarik oleh perangkat daerah"), OFFICER);
        add(new CooperationExpired(ID, LocalDate.of(2031, 5, 30)), SYSTEM);
        add(new CooperationTerminated(ID, TerminationReason.MUTUAL_AGREEMENT, LocalDate.of(2027, 1, 1), "Diakhiri bersama"), HEAD);
        return this;
    }

    /** A history of its own: an agreement signed before the region adopted the system. */
    static HistoryStory imported() {
        HistoryStory story = new HistoryStory();
        story.add(new SignedAgreementImported(PREDECESSOR, CooperationType.SYNERGY, "Kesepakatan Bersama",
                RegionCode.of("19.71"), "Pemerintah Kota Pangkalpinang",
                new Partner(PartnerKind.VERTICAL_AGENCY, "Poltekkes Kemenkes Pangkalpinang", null, "Kementerian Kesehatan", null),
                Set.of(GovernmentAffair.EDUCATION), DocumentId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0b009"), DocumentKind.KB,
                "KB/019/2025", content("Sinergi SDM kesehatan", 2025, true), List.of(head()), LocalDate.of(2025, 4, 25),
                "Pangkalpinang", file("kb-pangkalpinang.pdf", '5'), file("berita.pdf", '6'), "Ditandatangani Pj Wali Kota",
                List.of("KB untuk sinergi")), SECRETARIAT);
        return story;
    }
}
