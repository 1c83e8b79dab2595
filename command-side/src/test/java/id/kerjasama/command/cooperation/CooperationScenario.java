package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.policy.Verdict;
import id.kerjasama.cooperation.AgreementContent;
import id.kerjasama.cooperation.AssessmentConclusion;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.Funding;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerAnswer;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.PartyCommitments;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.PreparationDocumentKind;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.SigningCapacity;
import id.kerjasama.cooperation.SigningParty;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.DraftAgreement;
import id.kerjasama.cooperation.command.ImportSignedAgreement;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.command.RequestDprdApproval;
import id.kerjasama.cooperation.command.InitiateCooperation;
import id.kerjasama.cooperation.command.SignAgreement;
import id.kerjasama.cooperation.event.AgreementDrafted;
import id.kerjasama.cooperation.event.AgreementSigned;
import id.kerjasama.cooperation.event.AssessmentConcluded;
import id.kerjasama.cooperation.event.AssessmentFindingRecorded;
import id.kerjasama.cooperation.event.AssessmentStarted;
import id.kerjasama.cooperation.event.CooperationInitiated;
import id.kerjasama.cooperation.event.DprdApprovalRequested;
import id.kerjasama.cooperation.event.DprdApprovalRequirementDetermined;
import id.kerjasama.cooperation.event.DraftApproved;
import id.kerjasama.cooperation.event.EvaluationRecorded;
import id.kerjasama.cooperation.event.ImplementationStarted;
import id.kerjasama.cooperation.event.LiaisonOfficerAppointed;
import id.kerjasama.cooperation.event.OfferSent;
import id.kerjasama.cooperation.event.PartnerAnswerRecorded;
import id.kerjasama.cooperation.event.PowerOfAttorneyGranted;
import id.kerjasama.cooperation.event.PreparationDocumentAttached;
import id.kerjasama.cooperation.event.SignedAgreementImported;
import id.kerjasama.cooperation.event.SubmittedForAssessment;
import id.kerjasama.region.RegionCode;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static id.kerjasama.actor.AuditMetadata.ACTOR_ID;
import static org.hamcrest.Matchers.equalTo;

/**
 * The seed cooperations (those the seed loader of {@code api-client} loads) as the histories the aggregate tests start from: each method returns
 * the events of a cooperation up to a stage ({@link #initiated}, {@link #submitted}, {@link #assessedFeasible}, the KB
 * or NK {@link #frameworkSigned}, {@link #dprdCleared} or {@link #dprdPending}, the PKS or Rencana Kerja
 * {@link #implementingSigned}, {@link #active}), so a test names where the cooperation stands and the one step it tries.
 * <p>
 * Facts (regions, units, partners, the Pj Wali Kota and the Bupati Lamandau, the Pangkalpinang signing of 25 April 2025
 * and its place) come from the seeds. The seeds name no director, liaison officer or Bupati Bangka and give no Lamandau
 * dates, so those names and dates are invented.
 */
public final class CooperationScenario {

    // ---- Who acts (metadata "actorId"), for separation of duties

    /** The initiating unit's officer: initiates the cooperation and drafts the PKS. */
    public static final String UNIT_OFFICER = "opd-penghubung";
    /** The cooperation secretariat (Bagian Kerja Sama): drafts offers, KB and NK. */
    public static final String SECRETARIAT = "bagian-kerja-sama";
    /** A TKKSD member (chaired by the Sekda): assesses and approves drafts. */
    public static final String TKKSD = "tkksd-sekda";

    // ---- Regions (Ministry of Home Affairs codes)

    public static final RegionCode KOTA_PANGKAL_PINANG = RegionCode.of("19.71");
    public static final RegionCode KABUPATEN_BANGKA = RegionCode.of("19.01");
    public static final RegionCode KABUPATEN_LAMANDAU = RegionCode.of("62.09");

    /** "Today" for the rules that read the clock. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** An id another cooperation already has, as far as the fixtures know. */
    public static final CooperationId TAKEN_ID = CooperationId.of(uuid("another-cooperation"));

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final RegionBorders BORDERS = RegionBorders.shippedPlus(List.of());

    // ---- The cooperations

    /** Pemkab Lamandau, through RSUD Gusti Abdul Gani, with PT CBI Group on health: a KSDPK, KB then PKS. */
    public static final CooperationScenario LAMANDAU_CBI = new CooperationScenario(
            "lamandau-cbi", CooperationType.KSDPK, KABUPATEN_LAMANDAU, "RSUD Gusti Abdul Gani Lamandau",
            new Partner(PartnerKind.BUSINESS, "PT Citra Borneo Indah (CBI) Group", null, null, null),
            "Kerja sama bidang kesehatan Pemerintah Kabupaten Lamandau dan PT Citra Borneo Indah (CBI) Group", "MoU",
            new Signatory(SigningParty.REGION, "Rizky Aditya Putra", "Bupati Lamandau", SigningCapacity.REGIONAL_HEAD, null),
            new Signatory(SigningParty.PARTNER, "Hendra Saputra", "Direktur PT CBI Group",
                    SigningCapacity.PARTNER_REPRESENTATIVE, null),
            List.of("Pelayanan kesehatan bagi karyawan PT CBI Group di RSUD Gusti Abdul Gani Lamandau",
                    "Peningkatan mutu layanan kesehatan rujukan"),
            new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2030, 6, 30), null), LocalDate.of(2025, 7, 3),
            new Term(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), null), LocalDate.of(2025, 9, 1),
            "Pangkalan Bun");

    /** Pemkot Pangkalpinang with Poltekkes Kemenkes Pangkalpinang on human resources: a SYNERGY, NK and Rencana Kerja. */
    public static final CooperationScenario PANGKALPINANG_POLTEKKES = new CooperationScenario(
            "pangkalpinang-poltekkes", CooperationType.SYNERGY, KOTA_PANGKAL_PINANG, "Bagian Kerja Sama Setda Kota Pangkalpinang",
            new Partner(PartnerKind.VERTICAL_AGENCY, "Poltekkes Kemenkes Pangkalpinang", null, "Kementerian Kesehatan", null),
            "Sinergi peningkatan kualitas sumber daya manusia Kota Pangkalpinang", "Kesepakatan Bersama",
            new Signatory(SigningParty.REGION, "M. Unu Ibnudin", "Penjabat Wali Kota Pangkalpinang",
                    SigningCapacity.ACTING_REGIONAL_HEAD, null),
            new Signatory(SigningParty.PARTNER, "Lina Marlina", "Direktur Poltekkes Kemenkes Pangkalpinang",
                    SigningCapacity.PARTNER_REPRESENTATIVE, null),
            List.of("Penyediaan tenaga ahli", "Pertukaran informasi", "Peningkatan kapasitas SDM",
                    "Penelitian dan pengembangan"),
            new Term(LocalDate.of(2025, 4, 25), LocalDate.of(2030, 4, 24), null), LocalDate.of(2025, 4, 25),
            new Term(LocalDate.of(2025, 6, 2), LocalDate.of(2026, 12, 31), null), LocalDate.of(2025, 6, 2),
            "Smart Room Center, Kantor Wali Kota Pangkalpinang");

    /** Kota Pangkal Pinang with its neighbour Kabupaten Bangka: a mandatory KSDD between bordering regions. */
    public static final CooperationScenario PANGKALPINANG_BANGKA = new CooperationScenario(
            "pangkalpinang-bangka", CooperationType.KSDD_MANDATORY, KOTA_PANGKAL_PINANG, "Dinas Kesehatan Kota Pangkalpinang",
            new Partner(PartnerKind.REGION, "Kabupaten Bangka", KABUPATEN_BANGKA, null, null),
            "Kerja sama pelayanan kesehatan rujukan di wilayah perbatasan", null,
            PANGKALPINANG_POLTEKKES.head,
            new Signatory(SigningParty.PARTNER, "Andi Kurniawan", "Bupati Bangka", SigningCapacity.PARTNER_REPRESENTATIVE, null),
            List.of("Rujukan pasien antar-fasilitas kesehatan"),
            new Term(LocalDate.of(2025, 8, 1), LocalDate.of(2028, 7, 31), null), LocalDate.of(2025, 8, 1),
            new Term(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30), null), LocalDate.of(2025, 10, 1),
            "Pangkalpinang");

    public final CooperationId id;
    public final CooperationType type;
    public final RegionCode region;
    public final String unit;
    public final Partner partner;
    public final String title;
    public final String reportedLabel;
    /** The regional head (or the acting head) who signs for the region. */
    public final Signatory head;
    public final Signatory partnerSignatory;
    public final List<String> scope;
    /** The KB (or NK) and its term. */
    public final DocumentId frameworkId;
    public final DocumentKind frameworkKind;
    public final Term frameworkTerm;
    public final LocalDate frameworkSignedOn;
    /** The first PKS (or Rencana Kerja) under it and its term. */
    public final DocumentId implementingId;
    public final DocumentKind implementingKind;
    public final Term implementingTerm;
    public final LocalDate implementingSignedOn;
    public final String signedAt;
    /** The power of attorney letting the initiating unit's head sign PKS. */
    public final PowerOfAttorneyId powerOfAttorneyId;
    public final Person mandatedOfficial;

    private CooperationScenario(String name, CooperationType type, RegionCode region, String unit, Partner partner,
                                String title, String reportedLabel, Signatory head, Signatory partnerSignatory,
                                List<String> scope, Term frameworkTerm, LocalDate frameworkSignedOn,
                                Term implementingTerm, LocalDate implementingSignedOn, String signedAt) {
        this.id = CooperationId.of(uuid(name));
        this.type = type;
        this.region = region;
        this.unit = unit;
        this.partner = partner;
        this.title = title;
        this.reportedLabel = reportedLabel;
        this.head = head;
        this.partnerSignatory = partnerSignatory;
        this.scope = scope;
        this.frameworkId = DocumentId.of(uuid(name + "/framework"));
        this.frameworkKind = type.frameworkInstrument();
        this.frameworkTerm = frameworkTerm;
        this.frameworkSignedOn = frameworkSignedOn;
        this.implementingId = DocumentId.of(uuid(name + "/implementing"));
        this.implementingKind = frameworkKind == DocumentKind.KB ? DocumentKind.PKS : DocumentKind.RENCANA_KERJA;
        this.implementingTerm = implementingTerm;
        this.implementingSignedOn = implementingSignedOn;
        this.signedAt = signedAt;
        this.powerOfAttorneyId = PowerOfAttorneyId.of(uuid(name + "/surat-kuasa"));
        this.mandatedOfficial = new Person("dr. Siti Rahmawati", "Direktur " + unit);
    }

    // ---- Fixtures

    public static FixtureConfiguration<Cooperation> fixture() {
        return fixture(CooperationRules.defaults(), TODAY);
    }

    public static FixtureConfiguration<Cooperation> fixture(CooperationRules rules) {
        return fixture(rules, TODAY);
    }

    public static FixtureConfiguration<Cooperation> fixtureOn(LocalDate today) {
        return fixture(CooperationRules.defaults(), today);
    }

    private static FixtureConfiguration<Cooperation> fixture(CooperationRules rules, LocalDate today) {
        AggregateTestFixture<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);
        // The fixture compares the aggregate it worked on with one sourced from the events; a map compares its
        // entities by identity (they have no equals), so the maps of child entities are left out.
        fixture.registerIgnoredField(Cooperation.class, "documents");
        fixture.registerIgnoredField(Cooperation.class, "powersOfAttorney");
        fixture.registerIgnoredField(Cooperation.class, "evaluations");
        fixture.registerIgnoredField(Cooperation.class, "auditFindings");
        fixture.registerInjectableResource(rules);
        fixture.registerInjectableResource(BORDERS);
        fixture.registerInjectableResource((CooperationIds) TAKEN_ID::equals);
        Clock clock = Clock.fixed(today.atStartOfDay(WIB).plusHours(9).toInstant(), WIB);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new Deadlines(stubDeadlineManagerOf(fixture), clock, rules));
        return fixture;
    }

    /**
     * The fixture's own deadline manager: its deadline expectations and its passing of time read that one, so the
     * aggregate's {@link Deadlines} must set deadlines there. The fixture offers no accessor for it.
     */
    private static DeadlineManager stubDeadlineManagerOf(AggregateTestFixture<Cooperation> fixture) {
        try {
            Field field = AggregateTestFixture.class.getDeclaredField("deadlineManager");
            field.setAccessible(true);
            return (DeadlineManager) field.get(fixture);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this version of Axon's test fixture keeps its deadline manager elsewhere", e);
        }
    }

    /**
     * The national defaults with other periods for the watches that share a default of six months, so that a test of
     * one watch is not crossed by another firing the same day.
     */
    public static CooperationRules watching(int implementingAgreementMonths, int inactivityMonths,
                                            int evaluationIntervalMonths) {
        CooperationRules national = CooperationRules.defaults();
        return new CooperationRules(national.maxTermYears(), national.dprdResponseDays(), national.terminationReasons(),
                national.additionalBorders(), national.dprdSilence(), implementingAgreementMonths, inactivityMonths,
                evaluationIntervalMonths, national.stopAnswerDays(), national.expiryReminderDays());
    }

    /** When {@code day} begins in the region (WIB): the moment a deadline about the day before fires. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WIB).toInstant();
    }

    /** Matches a {@link CooperationRefused} that names {@code rule}. */
    public static Matcher<CooperationRefused> refusedUnder(Rule rule) {
        return new FeatureMatcher<>(equalTo(rule), "a refusal under rule", "rule") {
            @Override
            protected Rule featureValueOf(CooperationRefused refusal) {
                return refusal.rule();
            }
        };
    }

    /** The rule a policy's verdict names, if it refuses. */
    public static Optional<Rule> brokenRule(Verdict verdict) {
        return verdict.refusal().map(CooperationRefused::rule);
    }

    /** Metadata of a command sent by {@code actor}. */
    public static Map<String, String> as(String actor) {
        return Map.of(ACTOR_ID, actor);
    }

    /** An event recorded with the actor who caused it, as the command side stores every event. */
    public static Object by(String actor, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(as(actor));
    }

    /** A history followed by more events. */
    public static List<Object> then(List<Object> history, Object... next) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(next));
        return List.copyOf(all);
    }

    // ---- Histories, stage by stage

    /** Initiated by the unit officer. */
    public List<Object> initiated() {
        return List.of(by(UNIT_OFFICER, initiatedEvent()));
    }

    /** Initiated, with the liaison officer and the documents a submission needs. */
    public List<Object> prepared() {
        List<Object> prepared = then(initiated(),
                new LiaisonOfficerAppointed(id, new Person("Yusuf Hidayat", "Kepala Subbagian Umum " + unit)),
                new PreparationDocumentAttached(id, PreparationDocumentKind.TERMS_OF_REFERENCE, file("kak.pdf")));
        return type == CooperationType.KSDPK
                ? then(prepared, new PreparationDocumentAttached(id, PreparationDocumentKind.FEASIBILITY_STUDY, file("kajian-kelayakan.pdf")))
                : prepared;
    }

    public List<Object> submitted() {
        return then(prepared(), new SubmittedForAssessment(id));
    }

    /** Taken up by the TKKSD, with one finding. */
    public List<Object> assessing() {
        return then(submitted(), new AssessmentStarted(id),
                new AssessmentFindingRecorded(id, "Kesesuaian dengan RPJMD", "Sejalan dengan program prioritas bidang kesehatan"));
    }

    public List<Object> assessedFeasible() {
        return then(assessing(), new AssessmentConcluded(id, AssessmentConclusion.FEASIBLE, "Layak dilanjutkan"));
    }

    public List<Object> offerSent() {
        return then(assessedFeasible(), new OfferSent(id, file("surat-penawaran.pdf"), head, frameworkSignedOn.minusMonths(1)));
    }

    public List<Object> offerAccepted() {
        return then(offerSent(), new PartnerAnswerRecorded(id, PartnerAnswer.ACCEPTED, frameworkSignedOn.minusDays(20),
                file("surat-persetujuan-mitra.pdf")));
    }

    /** The KB (after the accepted offer) or the NK (right after the assessment), drafted by the secretariat. */
    public List<Object> frameworkDrafted() {
        List<Object> before = frameworkKind == DocumentKind.KB ? offerAccepted() : assessedFeasible();
        return then(before, by(SECRETARIAT, new AgreementDrafted(id, frameworkId, frameworkKind, null,
                content(frameworkTerm), null)));
    }

    public List<Object> frameworkApproved() {
        return then(frameworkDrafted(), new DraftApproved(id, frameworkId));
    }

    public List<Object> frameworkSigned() {
        return then(frameworkApproved(), signed(frameworkId, frameworkKind, frameworkSignedOn, head));
    }

    /** KB signed; the DPRD must approve, because the funding is not in this year's APBD. */
    public List<Object> dprdRequired() {
        return then(frameworkSigned(),
                new DprdApprovalRequirementDetermined(id, false, false, true, "Belum dianggarkan dalam APBD"));
    }

    /** KB signed; the DPRD must approve and was asked a week after the signing (45 days to answer). */
    public List<Object> dprdPending() {
        RequestDprdApproval request = dprdRequest();
        return then(dprdRequired(), new DprdApprovalRequested(id, request.letter(), request.requestedOn(),
                request.requestedOn().plusDays(45)));
    }

    /** KB signed; no DPRD approval is required. */
    public List<Object> dprdCleared() {
        return then(frameworkSigned(),
                new DprdApprovalRequirementDetermined(id, false, true, false, "Tidak membebani masyarakat, sudah dianggarkan"));
    }

    /** The first PKS (under the cleared KB) or Rencana Kerja (under the signed NK), drafted by the unit. */
    public List<Object> implementingDrafted() {
        List<Object> before = frameworkKind == DocumentKind.KB ? dprdCleared() : frameworkSigned();
        return then(before, implementingDraftedEvent());
    }

    /** The unit officer's draft of the first PKS or Rencana Kerja, for histories the stage methods do not cover. */
    public Object implementingDraftedEvent() {
        return by(UNIT_OFFICER, new AgreementDrafted(id, implementingId, implementingKind, frameworkId,
                content(implementingTerm), null));
    }

    public List<Object> implementingApproved() {
        return then(implementingDrafted(), new DraftApproved(id, implementingId));
    }

    public List<Object> implementingSigned() {
        return then(implementingApproved(), signed(implementingId, implementingKind, implementingSignedOn, head));
    }

    public List<Object> active() {
        return then(implementingSigned(), new ImplementationStarted(id, implementingSignedOn.plusDays(14)));
    }

    // ---- Single events and commands the tests share

    /** The Bupati's power of attorney to the hospital director for every PKS, valid for the rest of 2025. */
    public PowerOfAttorneyGranted powerOfAttorneyGranted(DocumentId covers) {
        return new PowerOfAttorneyGranted(id, powerOfAttorneyId, mandatedOfficial, unit, head, covers,
                LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31), file("surat-kuasa.pdf"));
    }

    /** The hospital director signing under the power of attorney. */
    public Signatory mandatedSignatory(String name) {
        return new Signatory(SigningParty.REGION, name, mandatedOfficial.position(), SigningCapacity.MANDATED_OFFICIAL,
                powerOfAttorneyId);
    }

    public CooperationInitiated initiatedEvent() {
        return new CooperationInitiated(id, type, title, reportedLabel, region, unit, Initiator.REGIONAL_UNIT, partner,
                Set.of(GovernmentAffair.HEALTH), objective(), null);
    }

    /** The import of this cooperation's KB or NK, signed before the region adopted the system, from the seed's story. */
    public ImportSignedAgreement importOf(CooperationType type, DocumentKind kind, Signatory regionSide) {
        return importOf(type, kind, regionSide, frameworkTerm, frameworkSignedOn);
    }

    /** The import of a KB or NK signed on another day, for another term. */
    public ImportSignedAgreement importOf(CooperationType type, DocumentKind kind, Signatory regionSide, Term term,
                                         LocalDate signedOn) {
        return new ImportSignedAgreement(id, type, reportedLabel, region, unit, partner, Set.of(GovernmentAffair.HEALTH),
                frameworkId, kind, number(frameworkId), content(term), signatories(regionSide), signedOn, signedAt,
                file("kesepakatan-bersama.pdf"), file("berita-bangkapos-2025-04-25.pdf"),
                "Diimpor dari arsip Bagian Kerja Sama");
    }

    /** What an accepted import records, with the deviations from the rules it found. */
    public static SignedAgreementImported imported(ImportSignedAgreement command, String... deviations) {
        return new SignedAgreementImported(command.cooperationId(), command.type(), command.reportedLabel(),
                command.initiatingRegion(), command.initiatingUnit(), command.partner(), command.affairs(),
                command.documentId(), command.kind(), command.documentNumber(), command.content(), command.signatories(),
                command.signedOn(), command.signedAt(), command.signedFile(), command.sourceDocument(), command.note(),
                List.of(deviations));
    }

    public InitiateCooperation initiate(CooperationType type, Partner partner, Initiator initiator) {
        return new InitiateCooperation(id, type, title, reportedLabel, region, unit, initiator, partner,
                Set.of(GovernmentAffair.HEALTH), objective());
    }

    /** The request for the DPRD's approval, a week after the KB was signed. */
    public RequestDprdApproval dprdRequest() {
        return new RequestDprdApproval(id, file("surat-permohonan-dprd.pdf"), frameworkSignedOn.plusDays(7));
    }

    /** An adendum giving the KB or NK a new term, drafted by the secretariat and approved, ready to be signed. */
    public Object[] frameworkAdendumApproved(DocumentId adendumId, Term term) {
        return new Object[]{
                by(SECRETARIAT, new AgreementDrafted(id, adendumId, DocumentKind.ADENDUM, frameworkId, content(term),
                        "Masa berlaku diubah")),
                new DraftApproved(id, adendumId)};
    }

    /** The unit's self-report on a period, with its recommendation and follow-up actions. */
    public RecordEvaluation selfReport(EvaluationId evaluationId, LocalDate periodStart, LocalDate periodEnd,
                                       Recommendation recommendation, List<FollowUpAction> followUpActions) {
        return new RecordEvaluation(id, evaluationId, EvaluationKind.SELF_REPORT, periodStart, periodEnd, Map.of(), null,
                recommendation, followUpActions, "Laporan mandiri " + unit);
    }

    /** What an accepted evaluation records. */
    public static EvaluationRecorded recorded(RecordEvaluation command) {
        return new EvaluationRecorded(command.cooperationId(), command.evaluationId(), command.kind(),
                command.periodStart(), command.periodEnd(), command.grades(), command.overallRating(),
                command.recommendation(), command.followUpActions(), command.summary());
    }

    public DraftAgreement draft(DocumentId documentId, DocumentKind kind, DocumentId parentId, Term term) {
        return new DraftAgreement(id, documentId, kind, parentId, content(term));
    }

    /** Signing on {@code day} by {@code regionSide} and the partner's representative. */
    public SignAgreement sign(DocumentId documentId, LocalDate day, Signatory... regionSide) {
        return new SignAgreement(id, documentId, number(documentId), signatories(regionSide), day, signedAt,
                file("ditandatangani-" + documentId + ".pdf"));
    }

    public AgreementSigned signed(DocumentId documentId, DocumentKind kind, LocalDate day, Signatory... regionSide) {
        return new AgreementSigned(id, documentId, kind, number(documentId), signatories(regionSide), day, signedAt,
                file("ditandatangani-" + documentId + ".pdf"));
    }

    public List<Signatory> signatories(Signatory... regionSide) {
        List<Signatory> signatories = new ArrayList<>(List.of(regionSide));
        signatories.add(partnerSignatory);
        return List.copyOf(signatories);
    }

    public AgreementContent content(Term term) {
        return new AgreementContent(title, scope,
                List.of(new PartyCommitments(SigningParty.REGION, List.of("Menerima laporan pelaksanaan"),
                                List.of("Menyediakan fasilitas dan tenaga " + unit)),
                        new PartyCommitments(SigningParty.PARTNER, List.of("Memperoleh layanan sesuai kesepakatan"),
                                List.of("Menanggung biaya sesuai kesepakatan"))),
                term, new Funding(Set.of(FundingSource.APBD, FundingSource.PARTNER), true, null));
    }

    public static Term term(LocalDate start, LocalDate end) {
        return new Term(start, end, null);
    }

    /** A file pinned by the SHA-256 of its name (tests need a digest, not the file). */
    public static DocumentReference file(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return new DocumentReference(name, HexFormat.of().formatHex(digest), null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stable id derived from a readable name, so failures name the same ids on every run. */
    public static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String objective() {
        return "Meningkatkan mutu layanan dan sumber daya manusia bidang kesehatan di " + unit;
    }

    private String number(DocumentId documentId) {
        return documentId.equals(frameworkId) ? "100.3.7/01/KS/2025" : "100.3.7/02/KS/2025";
    }
}
