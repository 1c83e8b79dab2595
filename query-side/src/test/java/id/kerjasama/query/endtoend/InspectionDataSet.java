package id.kerjasama.query.endtoend;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.*;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.region.RegionCode;
import id.kerjasama.region.RegionDirectory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A deterministic data set of cooperations in real regions with realistic partners, taken through their lives to
 * every stage, with flags raised and answered (or not), evaluations on time and late, audit findings and decisions by
 * named people. Each story keeps, beside its events, what the generator knows to be true of it (its stages and when,
 * its flags, findings, decisions, label mismatches): the truth the reports are checked against, kept by the code
 * that made the story, not computed from the events.
 */
final class InspectionDataSet {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** Nothing happens after this moment; the reports are read as of {@link InspectionDataSetTest#TODAY}. */
    static final Instant LIMIT = LocalDate.of(2026, 3, 1).atStartOfDay(WIB).toInstant();

    record Actor(String id, String name, String role, String region) {
    }

    /** A stay in a stage: when the moves in and out were recorded, and the days the events of those moves name. */
    static final class Stay {
        final Stage stage;
        final Instant entered;
        final LocalDate enteredOn;
        Instant left;
        LocalDate leftOn;

        Stay(Stage stage, Instant entered, LocalDate enteredOn) {
            this.stage = stage;
            this.entered = entered;
            this.enteredOn = enteredOn;
        }
    }

    static final class TrueFlag {
        final String kind;
        final String key;
        final LocalDate since;
        final String owner;
        Instant closedAt;

        TrueFlag(String kind, String key, LocalDate since, String owner) {
            this.kind = kind;
            this.key = key;
            this.since = since;
            this.owner = owner;
        }
    }

    /** A decision: when it was recorded ({@code at}) and the day it was made ({@code on}), as the generator dated it. */
    record TrueDecision(long sequence, Instant at, LocalDate on, String type, Actor actor) {
    }

    static final class Story {
        String id;
        String region;
        String partnerRegion;
        CooperationType type;
        PartnerKind partnerKind;
        String title;
        String label;
        String unit;
        String liaison;
        Actor lastStaff;
        Stage stage;
        Instant initiatedAt;
        Instant endedAt;
        LocalDate endedOn;
        LocalDate signedOn;
        LocalDate signingRecordedOn;
        LocalDate termEnd;
        int evaluationsMet;
        int evaluationsMissed;
        final Set<String> expectedMismatches = new LinkedHashSet<>();
        final List<Stay> stays = new ArrayList<>();
        final List<TrueFlag> flags = new ArrayList<>();
        final List<Instant[]> findings = new ArrayList<>();
        final List<TrueDecision> decisions = new ArrayList<>();
        final List<DomainEventMessage<?>> events = new ArrayList<>();

        String responsiblePerson() {
            return liaison != null ? liaison : lastStaff == null ? null : lastStaff.name();
        }
    }

    private static final List<String> PROVINCES = List.of("62", "64", "73", "34", "32");
    private static final String[] BUSINESSES = {"PT Citra Borneo Indah", "PT Bank Pembangunan Daerah", "PT Sarana Multi Infrastruktur",
            "Koperasi Tani Makmur", "PT Telkom Indonesia", "PT Pelabuhan Indonesia", "Yayasan Peduli Sehat",
            "Universitas Muhammadiyah", "Yayasan Pendidikan Nusantara", "PT Energi Hijau"};
    private static final String[] VERTICAL = {"Poltekkes Kemenkes", "Balai Besar Wilayah Sungai", "Kantor Pertanahan",
            "Badan Pusat Statistik", "Universitas Negeri", "Kepolisian Resor"};

    final List<Story> stories = new ArrayList<>();
    private final Random random;
    private final List<String> regions;
    private Story s;
    private Instant t;
    /** The day the last event emitted says it happened: the day it names, or the day it was recorded. */
    private LocalDate on;
    private long sequence;

    InspectionDataSet(long seed, int cooperations) {
        random = new Random(seed);
        regions = pick();
        for (int i = 0; i < cooperations; i++) {
            story(i);
        }
    }

    /** A few regencies and cities of each province, and the province itself. */
    private List<String> pick() {
        List<String> picked = new ArrayList<>();
        for (String province : PROVINCES) {
            picked.add(province);
            RegionDirectory.standard().codes().stream().filter(code -> !RegionCode.of(code).isProvince()
                    && RegionCode.of(code).provinceCode().value().equals(province)).sorted().limit(5).forEach(picked::add);
        }
        if (!picked.contains("62.09")) {
            picked.add("62.09");
        }
        return picked;
    }

    private void story(int number) {
        s = new Story();
        stories.add(s);
        sequence = 0;
        s.id = UUID.nameUUIDFromBytes(("kerjasama-dataset-" + number).getBytes(StandardCharsets.UTF_8)).toString();
        s.region = regions.get(random.nextInt(regions.size()));
        t = LocalDate.of(2022, 6, 1).plusDays(random.nextInt(1100)).atStartOfDay(WIB).toInstant()
                .plus(Duration.ofMinutes(60 + random.nextInt(600)));
        double kind = random.nextDouble();
        Partner partner;
        if (kind < 0.45) {
            s.type = CooperationType.KSDPK;
            String name = BUSINESSES[random.nextInt(BUSINESSES.length)] + " " + (1 + random.nextInt(40));
            PartnerKind partnerKind = name.startsWith("Yayasan") ? PartnerKind.FOUNDATION
                    : name.startsWith("Universitas") ? PartnerKind.PRIVATE_UNIVERSITY : PartnerKind.BUSINESS;
            partner = new Partner(partnerKind, name, null, null, null);
        } else if (kind < 0.70) {
            s.type = CooperationType.SYNERGY;
            partner = new Partner(PartnerKind.VERTICAL_AGENCY, VERTICAL[random.nextInt(VERTICAL.length)] + " "
                    + RegionCode.of(s.region).value(), null, "Kementerian", null);
        } else {
            s.type = CooperationType.KSDD_VOLUNTARY;
            String other;
            do {
                other = regions.get(random.nextInt(regions.size()));
            } while (other.equals(s.region));
            s.partnerRegion = other;
            partner = new Partner(PartnerKind.REGION, RegionDirectory.standard().get(RegionCode.of(other)).name(),
                    RegionCode.of(other), null, null);
        }
        s.partnerKind = partner.kind();
        s.title = "Kerja sama " + (number + 1) + " " + partner.name();
        s.unit = List.of("Dinas Kesehatan", "Dinas Pendidikan", "Bappeda", "Dinas PUPR", "RSUD").get(random.nextInt(5));
        double label = random.nextDouble();
        boolean synergy = s.type == CooperationType.SYNERGY;
        if (label < 0.15) {
            s.label = "MoU";
            s.expectedMismatches.add("LABEL_NOT_INSTRUMENT_OF_TYPE");
        } else if (synergy && label < 0.35) {
            s.label = "Kesepakatan Bersama";
            s.expectedMismatches.add("LABEL_NOT_INSTRUMENT_OF_TYPE");
        } else {
            s.label = synergy ? "Nota Kesepakatan" : label < 0.6 ? "Kesepakatan Bersama" : "Perjanjian Kerja Sama";
        }
        Set<GovernmentAffair> affairs = EnumSet.of(List.of(GovernmentAffair.HEALTH, GovernmentAffair.EDUCATION,
                GovernmentAffair.TRANSPORT, GovernmentAffair.ENVIRONMENT).get(random.nextInt(4)));
        CooperationId id = CooperationId.of(s.id);
        RegionCode region = RegionCode.of(s.region);
        DocumentKind frameworkKind = s.type.frameworkInstrument();
        DocumentId framework = DocumentId.of(uuid());
        if (random.nextDouble() < 0.12) {
            if (synergy && random.nextBoolean()) {
                frameworkKind = DocumentKind.KB;
                s.expectedMismatches.add("DOCUMENT_NOT_INSTRUMENT_OF_TYPE");
            }
            LocalDate signedOn = day().minusDays(random.nextInt(300));
            AgreementContent content = content(signedOn);
            emit(new SignedAgreementImported(id, s.type, s.label, region, s.unit, partner, affairs, framework,
                    frameworkKind, "IMP/" + number, content, signatories(), signedOn, "Kantor " + s.region,
                    file("kb"), file("sumber"), "Diimpor", List.of()), signedOn, secretariat(), true);
            s.initiatedAt = t;
            signed(signedOn, content.term().end());
            // a synergy has no DPRD stage, whatever was signed for it
            enter(frameworkKind == DocumentKind.KB && !synergy ? Stage.DPRD_APPROVAL : Stage.MEMORANDUM);
        } else {
            emit(new CooperationInitiated(id, s.type, s.title, s.label, region, s.unit, Initiator.REGIONAL_UNIT,
                    partner, affairs, "Tujuan", null), officer(), false);
            s.initiatedAt = t;
            enter(Stage.PREPARATION);
            if (random.nextDouble() < 0.7) {
                s.liaison = "Penghubung " + number;
                emit(new LiaisonOfficerAppointed(id, new Person(s.liaison, "Kepala Bagian")), officer(), false);
            }
            if (stop()) {
                return;
            }
            emit(new SubmittedForAssessment(id), officer(), false);
            enter(Stage.ASSESSMENT);
            if (stop()) {
                return;
            }
            emit(new AssessmentStarted(id), tkksd(), false);
            double conclusion = random.nextDouble();
            if (conclusion < 0.08) {
                emit(new AssessmentConcluded(id, AssessmentConclusion.REVISE, "Perbaiki"), tkksd(), true);
                enter(Stage.PREPARATION);
                emit(new SubmittedForAssessment(id), officer(), false);
                enter(Stage.ASSESSMENT);
            } else if (conclusion < 0.15) {
                emit(new AssessmentConcluded(id, AssessmentConclusion.REJECT, "Tidak layak"), tkksd(), true);
                end();
                return;
            }
            emit(new AssessmentConcluded(id, AssessmentConclusion.FEASIBLE, "Layak"), tkksd(), true);
            enter(synergy ? Stage.MEMORANDUM : Stage.OFFER);
            if (stop()) {
                return;
            }
            if (!synergy) {
                LocalDate sent = day();
                emit(new OfferSent(id, file("penawaran"), head(), sent), sent, secretariat(), true);
                if (stop()) {
                    return;
                }
                if (random.nextDouble() < 0.05) {
                    LocalDate declined = day();
                    emit(new PartnerAnswerRecorded(id, PartnerAnswer.DECLINED, declined, file("jawaban")), declined,
                            secretariat(), true);
                    end();
                    return;
                }
                LocalDate accepted = day();
                emit(new PartnerAnswerRecorded(id, PartnerAnswer.ACCEPTED, accepted, file("jawaban")), accepted,
                        secretariat(), true);
                enter(Stage.JOINT_AGREEMENT);
                if (stop()) {
                    return;
                }
            }
            AgreementContent content = content(day());
            if (!document(id, framework, frameworkKind, null, content)) {
                return;
            }
            if (frameworkKind == DocumentKind.KB) {
                enter(Stage.DPRD_APPROVAL);
            }
        }
        implementation(id, framework);
        findings(id);
    }

    private void implementation(CooperationId id, DocumentId framework) {
        if (random.nextDouble() < 0.2) {
            LocalDate lastDay = s.signedOn.plusMonths(6);
            if (!flag(FlagKindName.DORMANT, "DORMANT:NO_IMPLEMENTING_AGREEMENT", lastDay.plusDays(1), null,
                    new CooperationFlaggedDormant(id, DormancyReason.NO_IMPLEMENTING_AGREEMENT, s.signedOn, lastDay))) {
                return;
            }
            if (random.nextDouble() < 0.5 || stop()) {
                return;
            }
            LocalDate answered = day();
            emit(new DormancyFlagAnswered(id, DormancyReason.NO_IMPLEMENTING_AGREEMENT, DormancyAnswer.REVIVE,
                    List.of(new FollowUpAction("Susun PKS", s.unit, answered.plusDays(30))), null, answered), answered,
                    secretariat(), true);
            close("DORMANT:NO_IMPLEMENTING_AGREEMENT");
        }
        if (stop()) {
            return;
        }
        DocumentKind implementing = DocumentKind.RENCANA_KERJA;
        if (s.type != CooperationType.SYNERGY && s.stage == Stage.DPRD_APPROVAL) {
            implementing = DocumentKind.PKS;
            boolean required = random.nextDouble() < 0.3;
            emit(new DprdApprovalRequirementDetermined(id, required, !required, required, "Kajian"), secretariat(), true);
            if (required) {
                LocalDate requested = day();
                emit(new DprdApprovalRequested(id, file("permohonan"), requested, requested.plusDays(45)), requested,
                        secretariat(), true);
                if (random.nextDouble() < 0.2 && !flag(FlagKindName.DPRD_RESPONSE_OVERDUE, "DPRD_RESPONSE_OVERDUE",
                        requested.plusDays(46), null, new DprdResponseOverdue(id, requested, requested.plusDays(45)))) {
                    return;
                }
                if (stop()) {
                    return;
                }
                boolean approved = random.nextDouble() < 0.93;
                LocalDate decided = day();
                emit(new DprdDecisionRecorded(id, approved ? DprdDecision.APPROVED : DprdDecision.REJECTED, decided,
                        file("keputusan"), null), decided, secretariat(), true);
                close("DPRD_RESPONSE_OVERDUE");
                if (!approved) {
                    end();
                    return;
                }
            }
            enter(Stage.IMPLEMENTING_AGREEMENT);
        } else if (s.type != CooperationType.SYNERGY) {
            return; // an imported KB of a region whose DPRD step is not told: left where the import put it
        }
        if (stop()) {
            return;
        }
        LocalDate start = day().isAfter(s.termEnd.minusMonths(1)) ? s.termEnd.minusMonths(1) : day();
        if (!document(id, DocumentId.of(uuid()), implementing, framework, content(start))) {
            return;
        }
        if (stop()) {
            return;
        }
        LocalDate started = day();
        emit(new ImplementationStarted(id, started), started, officer(), true);
        enter(Stage.IMPLEMENTATION);
        LocalDate evaluatedThrough = started;
        int rounds = random.nextInt(5);
        for (int round = 0; round < rounds; round++) {
            emit(new ActivityRecorded(id, day(), "Kegiatan " + round, s.unit), officer(), false);
            LocalDate periodEnd = evaluatedThrough.plusMonths(6);
            boolean late = false;
            if (random.nextDouble() < 0.25) {
                late = true;
                if (!flag(FlagKindName.EVALUATION_OVERDUE, "EVALUATION_OVERDUE", periodEnd.plusMonths(6).plusDays(1), null,
                        new EvaluationOverdue(id, evaluatedThrough, periodEnd.plusMonths(6)))) {
                    return;
                }
                s.evaluationsMissed++;
                if (random.nextDouble() < 0.4 || stop()) {
                    return;
                }
            } else {
                step();
                if (t.isAfter(periodEnd.plusMonths(6).atStartOfDay(WIB).toInstant())) {
                    late = true; // the generator never lets an evaluation come late without its flag
                    if (!flag(FlagKindName.EVALUATION_OVERDUE, "EVALUATION_OVERDUE", periodEnd.plusMonths(6).plusDays(1), null,
                            new EvaluationOverdue(id, evaluatedThrough, periodEnd.plusMonths(6)))) {
                        return;
                    }
                    s.evaluationsMissed++;
                }
                if (t.isBefore(periodEnd.plusDays(1).atStartOfDay(WIB).toInstant())) {
                    t = periodEnd.plusDays(1).atStartOfDay(WIB).toInstant().plus(Duration.ofHours(3));
                }
                if (t.isAfter(LIMIT)) {
                    return;
                }
            }
            EvaluationId evaluation = EvaluationId.of(uuid());
            boolean stopRecommended = random.nextDouble() < 0.1;
            LocalDate due = day().plusDays(30);
            emit(new EvaluationRecorded(id, evaluation, EvaluationKind.SELF_REPORT, evaluatedThrough.plusDays(1), periodEnd,
                    Map.of(), null, stopRecommended ? Recommendation.STOP : Recommendation.CONTINUE,
                    List.of(new FollowUpAction("Tindak lanjut " + round, "Bidang " + round, due)), "Ringkasan"),
                    officer(), true);
            close("EVALUATION_OVERDUE");
            if (!late) {
                s.evaluationsMet++;
            }
            if (random.nextBoolean()) {
                // the TKKSD reviews the same period: the same deadline, counted once
                emit(new EvaluationRecorded(id, EvaluationId.of(uuid()), EvaluationKind.TKKSD_REVIEW,
                        evaluatedThrough.plusDays(1), periodEnd, Map.of(), null, Recommendation.CONTINUE, List.of(),
                        "Reviu"), tkksd(), true);
            }
            evaluatedThrough = periodEnd;
            if (random.nextDouble() < 0.35) {
                String key = "FOLLOW_UP_ACTION_OVERDUE:" + evaluation.value() + "#1";
                if (!flag(FlagKindName.FOLLOW_UP_ACTION_OVERDUE, key, due.plusDays(1), "Bidang " + round,
                        new FollowUpActionOverdue(id, evaluation, 1, new FollowUpAction("Tindak lanjut " + round,
                                "Bidang " + round, due)))) {
                    return;
                }
                if (random.nextBoolean()) {
                    emit(new FollowUpActionCompleted(id, evaluation, 1, day(), "Selesai"), officer(), false);
                    close(key);
                }
            }
            if (stopRecommended) {
                LocalDate answerDue = due.plusDays(30);
                String key = "STOP_RECOMMENDATION_UNANSWERED:" + evaluation.value();
                if (!flag(FlagKindName.STOP_RECOMMENDATION_UNANSWERED, key, answerDue.plusDays(1), null,
                        new StopRecommendationUnanswered(id, evaluation, answerDue))) {
                    return;
                }
                if (random.nextBoolean()) {
                    LocalDate justified = day();
                    emit(new ContinuationJustified(id, evaluation, "Tetap bermanfaat", justified), justified, regionalHead(), true);
                    close(key);
                }
            }
            if (stop()) {
                return;
            }
        }
        if (random.nextDouble() < 0.2) {
            LocalDate remindOn = s.termEnd.minusDays(89);
            if (!flag(FlagKindName.EXPIRY_APPROACHING, "EXPIRY_APPROACHING", remindOn, null,
                    new ExpiryApproaching(id, DocumentId.of(uuid()), s.termEnd))) {
                return;
            }
            if (random.nextBoolean()) {
                emit(new ExtensionProposed(id, CooperationId.of(uuid()), "Diperpanjang"), secretariat(), true);
                close("EXPIRY_APPROACHING");
            }
        }
        if (random.nextDouble() < 0.08) {
            // its effective day may lie ahead: a termination is dated by its recording
            emit(new CooperationTerminated(id, TerminationReason.MUTUAL_AGREEMENT, day(), "Disepakati"), regionalHead(), true);
            end();
        }
    }

    private void findings(CooperationId id) {
        if (random.nextDouble() >= 0.25 || t.isAfter(LIMIT)) {
            return;
        }
        AuditFindingId finding = AuditFindingId.of(uuid());
        Actor inspector = new Actor("inspektorat-" + s.region, "Inspektur " + s.region, "INSPECTOR", s.region);
        step();
        if (t.isAfter(LIMIT)) {
            return;
        }
        emit(new AuditFindingRecorded(id, finding, FindingSeverity.values()[random.nextInt(3)], "Temuan", List.of(0L)),
                inspector, true);
        Instant[] truth = {t, null};
        s.findings.add(truth);
        if (random.nextBoolean()) {
            emit(new AuditFindingFollowedUp(id, finding, "Ditindaklanjuti", day(), null), officer(), false);
        }
        if (random.nextDouble() < 0.4) {
            emit(new AuditFindingClosed(id, finding, "Selesai"), inspector, true);
            truth[1] = t;
        }
    }

    /** Drafts, approves (sometimes after a rejection and a revision) and signs a document; false if time ran out. */
    private boolean document(CooperationId id, DocumentId document, DocumentKind kind, DocumentId parent, AgreementContent content) {
        emit(new AgreementDrafted(id, document, kind, parent, content, null), secretariat(), false);
        if (random.nextDouble() < 0.15) {
            emit(new DraftRejected(id, document, "Perbaiki pasal"), tkksd(), true);
            emit(new DraftRevised(id, document, content, "Diperbaiki"), secretariat(), false);
        }
        if (stop()) {
            return false;
        }
        emit(new DraftApproved(id, document), tkksd(), true);
        if (stop()) {
            return false;
        }
        LocalDate signedOn = day();
        emit(new AgreementSigned(id, document, kind, kind + "/" + s.id.substring(0, 8), signatories(), signedOn,
                "Kantor " + s.region, file(kind.name())), signedOn, secretariat(), true);
        if (kind == DocumentKind.KB || kind == DocumentKind.NK) {
            signed(signedOn, content.term().end());
        }
        return true;
    }

    /** Names of the flag kinds, as the report's enum spells them. */
    enum FlagKindName { DORMANT, EVALUATION_OVERDUE, FOLLOW_UP_ACTION_OVERDUE, STOP_RECOMMENDATION_UNANSWERED, DPRD_RESPONSE_OVERDUE, EXPIRY_APPROACHING }

    /** The system raises a flag when its day begins; false if that day lies beyond the data set's end. */
    private boolean flag(FlagKindName kind, String key, LocalDate since, String owner, Object event) {
        Instant at = since.atStartOfDay(WIB).toInstant().plus(Duration.ofMinutes(1));
        if (at.isAfter(LIMIT)) {
            return false;
        }
        if (at.isAfter(t)) {
            t = at;
        }
        sequence++;
        append(event, new Actor(AuditMetadata.SYSTEM_ACTOR, null, "SYSTEM", s.region));
        // a reminder is open from the day it was recorded (its event names only the term's last day)
        s.flags.add(new TrueFlag(kind.name(), key, kind == FlagKindName.EXPIRY_APPROACHING ? day() : since, owner));
        return true;
    }

    private void close(String key) {
        s.flags.stream().filter(f -> f.closedAt == null && f.key.equals(key)).forEach(f -> f.closedAt = t);
    }

    /** An event that names no day of its own: it happened the day it was recorded. */
    private void emit(Object event, Actor actor, boolean decision) {
        emit(event, null, actor, decision);
    }

    /** An event recorded after a step of time; {@code happenedOn} is the day it names (a signing, a letter), if any. */
    private void emit(Object event, LocalDate happenedOn, Actor actor, boolean decision) {
        step();
        sequence++;
        append(event, actor);
        on = happenedOn == null ? day() : happenedOn;
        if (decision) {
            s.decisions.add(new TrueDecision(sequence - 1, t, on, event.getClass().getSimpleName(), actor));
        }
        if (!actor.role().equals("SYSTEM") && !actor.role().equals("INSPECTOR")) {
            s.lastStaff = actor;
        }
    }

    private void append(Object event, Actor actor) {
        Map<String, Object> metaData = new java.util.HashMap<>();
        metaData.put(AuditMetadata.ACTOR_ID, actor.id());
        if (actor.name() != null) {
            metaData.put(AuditMetadata.ACTOR_NAME, actor.name());
        }
        metaData.put(AuditMetadata.ACTOR_ROLE, actor.role());
        metaData.put(AuditMetadata.ACTOR_REGION, actor.region());
        s.events.add(new GenericDomainEventMessage<>("Cooperation", s.id, sequence - 1, event, metaData, uuid(), t));
    }

    /** The last event moved the story into {@code stage}, on the day that event names. */
    private void enter(Stage stage) {
        leave();
        s.stage = stage;
        s.stays.add(new Stay(stage, t, on));
    }

    private void end() {
        leave();
        s.stage = Stage.ENDED;
        s.endedAt = t;
        s.endedOn = on;
        s.flags.stream().filter(f -> f.closedAt == null).forEach(f -> f.closedAt = t);
    }

    private void leave() {
        s.stays.stream().filter(stay -> stay.left == null).forEach(stay -> {
            stay.left = t;
            stay.leftOn = on;
        });
    }

    private void signed(LocalDate signedOn, LocalDate termEnd) {
        s.signedOn = signedOn;
        s.signingRecordedOn = day();
        s.termEnd = termEnd;
    }

    /** Whether the story stops here (about one in nine at each step, or when the data set's time is up). */
    private boolean stop() {
        return random.nextDouble() < 0.11 || t.plus(Duration.ofDays(60)).isAfter(LIMIT);
    }

    private void step() {
        t = t.plus(Duration.ofDays(1 + random.nextInt(40))).plus(Duration.ofMinutes(random.nextInt(600)));
    }

    private LocalDate day() {
        return t.atZone(WIB).toLocalDate();
    }

    private AgreementContent content(LocalDate start) {
        LocalDate end = start.plusYears(1 + random.nextInt(4)).minusDays(1);
        return new AgreementContent(s.title, List.of("Ruang lingkup"), List.of(), new Term(start, end, null),
                new Funding(Set.of(FundingSource.APBD), true, null));
    }

    private List<Signatory> signatories() {
        return List.of(head(), new Signatory(SigningParty.PARTNER, "Pimpinan Mitra", "Direktur",
                SigningCapacity.PARTNER_REPRESENTATIVE, null));
    }

    private Signatory head() {
        return new Signatory(SigningParty.REGION, "Kepala " + s.region, "Kepala Daerah", SigningCapacity.REGIONAL_HEAD, null);
    }

    private Actor regionalHead() {
        return new Actor("kepala-" + s.region, "Kepala Daerah " + s.region, "REGIONAL_HEAD", s.region);
    }

    private Actor officer() {
        return new Actor("opd-" + s.region, "Petugas OPD " + s.region, "UNIT_OFFICER", s.region);
    }

    private Actor tkksd() {
        return new Actor("tkksd-" + s.region, "Anggota TKKSD " + s.region, "TKKSD_MEMBER", s.region);
    }

    private Actor secretariat() {
        return new Actor("sekretariat-" + s.region, "Bagian Kerja Sama " + s.region, "SECRETARIAT", s.region);
    }

    private static DocumentReference file(String name) {
        return new DocumentReference(name + ".pdf", "a".repeat(64), null);
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
