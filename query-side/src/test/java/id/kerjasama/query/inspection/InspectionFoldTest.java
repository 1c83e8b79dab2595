package id.kerjasama.query.inspection;

import id.kerjasama.actor.AuditMetadata;
import id.kerjasama.cooperation.*;
import id.kerjasama.cooperation.event.*;
import id.kerjasama.region.RegionCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionFoldTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final CooperationId ID = CooperationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111");
    private static final DocumentId KB = DocumentId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a112");
    private static final EvaluationId EVALUATION = EvaluationId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a113");

    private final InspectionFile file = new InspectionFile();
    private final List<InspectionFold.Decision> decisions = new ArrayList<>();
    private long sequence;

    private DomainEventMessage<?> event(Object payload, String actor, String role, String day) {
        return new GenericDomainEventMessage<>("Cooperation", ID.value(), sequence++, payload,
                Map.of(AuditMetadata.ACTOR_ID, actor, AuditMetadata.ACTOR_NAME, actor + " name",
                        AuditMetadata.ACTOR_ROLE, role, AuditMetadata.ACTOR_REGION, "19.71"),
                UUID.randomUUID().toString(), LocalDate.parse(day).atStartOfDay(WIB).toInstant().plusSeconds(3600));
    }

    private void apply(Object payload, String actor, String role, String day) {
        decisions.addAll(InspectionFold.evolve(file, event(payload, actor, role, day), WIB));
    }

    private void imported() {
        AgreementContent content = new AgreementContent("Sinergi SDM", List.of("Tenaga ahli"), List.of(),
                new Term(LocalDate.of(2025, 4, 25), LocalDate.of(2030, 4, 24), null),
                new Funding(Set.of(FundingSource.APBD), true, null));
        apply(new SignedAgreementImported(ID, CooperationType.SYNERGY, "Kesepakatan Bersama", RegionCode.of("19.71"),
                "Pemerintah Kota Pangkalpinang", new Partner(PartnerKind.VERTICAL_AGENCY, "Poltekkes", null, null, null),
                Set.of(GovernmentAffair.HEALTH), KB, DocumentKind.KB, "1", content, List.of(), LocalDate.of(2025, 4, 25),
                "Pangkalpinang", new DocumentReference("kb.pdf", "a".repeat(64), null), null, null, List.of()),
                "sekretariat", "SECRETARIAT", "2025-04-28");
    }

    @Test
    void every_event_type_shows_in_the_inspection_file_or_is_listed_with_why_not() {
        assertThat(InspectionFold.dispatch().unaccounted())
                .as("fold each new event type into the file, or list it as left alone, with the reason").isEmpty();
    }

    /** Event types the decisions report does not list, and why. */
    private static final Map<Class<?>, String> NOT_DECISIONS = notDecisions();

    private static Map<Class<?>, String> notDecisions() {
        Map<Class<?>, String> reasons = new HashMap<>();
        Set.of(CooperationFlaggedDormant.class, EvaluationOverdue.class, FollowUpActionOverdue.class,
                StopRecommendationUnanswered.class, DprdResponseOverdue.class, ExpiryApproaching.class)
                .forEach(type -> reasons.put(type, "a flag the system raises is no one's decision"));
        Set.of(CooperationInitiated.class, LiaisonOfficerAppointed.class, PreparationDocumentAttached.class,
                SubmittedForAssessment.class, AssessmentStarted.class, AssessmentFindingRecorded.class,
                AgreementDrafted.class, DraftRevised.class, SignedDocumentRegistered.class, ActivityRecorded.class,
                BudgetRealisationRecorded.class, ImplementationReportRecorded.class, FollowUpActionCompleted.class,
                AuditFindingFollowedUp.class, DocumentFileArchived.class)
                .forEach(type -> reasons.put(type, "records work, which the decisions taken on it cover"));
        return reasons;
    }

    @Test
    void every_event_type_is_a_decision_of_the_report_or_is_listed_as_not_one() {
        assertThat(Arrays.stream(CooperationEvent.class.getPermittedSubclasses())
                .filter(type -> !InspectionFold.DECISIONS.containsKey(type) && !NOT_DECISIONS.containsKey(type)))
                .as("list each new event type among the decisions, or in NOT_DECISIONS with the reason").isEmpty();
        assertThat(InspectionFold.DECISIONS.keySet()).doesNotContainAnyElementsOf(NOT_DECISIONS.keySet());
    }

    @Test
    void an_imported_synergy_stands_in_memorandum_for_it_has_no_dprd_stage() {
        imported();
        assertThat(file.stage).isEqualTo(Stage.MEMORANDUM);
    }

    @Test
    void a_dormancy_flag_is_open_from_the_day_after_its_last_day_until_it_is_answered() {
        imported();
        apply(new CooperationFlaggedDormant(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT, LocalDate.of(2025, 4, 25),
                LocalDate.of(2025, 10, 25)), "system", "SYSTEM", "2025-10-26");
        assertThat(file.dormant()).isTrue();
        assertThat(file.openFlags().get(0).since).isEqualTo(LocalDate.of(2025, 10, 26));
        apply(new DormancyFlagAnswered(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT, DormancyAnswer.AMEND, List.of(),
                "NK", LocalDate.of(2025, 11, 5)), "kepala", "REGIONAL_HEAD", "2025-11-05");
        assertThat(file.dormant()).isFalse();
        assertThat(file.flags.get(0).closedBy).isEqualTo("kepala");
        assertThat(decisions).extracting(InspectionFold.Decision::outcome).containsExactly("IMPORTED_KB", "DORMANCY_AMEND");
    }

    @Test
    void a_redelivered_event_changes_nothing_and_records_no_second_decision() {
        imported();
        DomainEventMessage<?> flagged = event(new CooperationFlaggedDormant(ID, DormancyReason.NO_IMPLEMENTING_AGREEMENT,
                LocalDate.of(2025, 4, 25), LocalDate.of(2025, 10, 25)), "system", "SYSTEM", "2025-10-26");
        InspectionFold.evolve(file, flagged, WIB);
        assertThat(InspectionFold.evolve(file, flagged, WIB)).isEmpty();
        sequence = 0;
        assertThat(InspectionFold.evolve(file, event(new ImplementationStarted(ID, LocalDate.of(2025, 5, 1)), "opd", "UNIT_OFFICER", "2025-05-01"), WIB)).isEmpty();
        assertThat(file.flags).hasSize(1);
        assertThat(file.stage).isEqualTo(Stage.MEMORANDUM);
    }

    @Test
    void an_evaluation_deadline_is_met_once_per_period_and_missed_once_per_overdue_flag() {
        imported();
        apply(new ImplementationStarted(ID, LocalDate.of(2025, 6, 1)), "opd", "UNIT_OFFICER", "2025-06-01");
        apply(evaluation(EvaluationKind.SELF_REPORT, "2025-06-01", "2025-11-30"), "opd", "UNIT_OFFICER", "2025-12-05");
        apply(evaluation(EvaluationKind.TKKSD_REVIEW, "2025-06-01", "2025-11-30"), "tkksd", "TKKSD_MEMBER", "2025-12-10");
        apply(new EvaluationOverdue(ID, LocalDate.of(2025, 11, 30), LocalDate.of(2026, 5, 30)), "system", "SYSTEM", "2026-05-31");
        apply(evaluation(EvaluationKind.SELF_REPORT, "2025-12-01", "2026-05-31"), "opd", "UNIT_OFFICER", "2026-06-10");
        assertThat(file.evaluationsMet).isEqualTo(1);
        assertThat(file.evaluationsMissed).isEqualTo(1);
        assertThat(file.openFlags()).isEmpty();
        // the last staff member who acted answers for the cooperation when it has no liaison officer
        assertThat(file.lastActor.id()).isEqualTo("opd");
    }

    @Test
    void stays_run_from_the_event_that_entered_a_stage_to_the_one_that_left_it_and_the_end_closes_every_flag() {
        imported();
        apply(new FollowUpActionOverdue(ID, EVALUATION, 1, new FollowUpAction("Laporan", "Dinkes", LocalDate.of(2025, 9, 1))),
                "system", "SYSTEM", "2025-09-02");
        apply(new ImplementationStarted(ID, LocalDate.of(2025, 9, 10)), "opd", "UNIT_OFFICER", "2025-09-10");
        apply(new CooperationTerminated(ID, TerminationReason.MUTUAL_AGREEMENT, LocalDate.of(2025, 12, 1), "Sepakat"),
                "kepala", "REGIONAL_HEAD", "2025-12-01");
        assertThat(file.stays).extracting(s -> s.stage).containsExactly(Stage.MEMORANDUM, Stage.IMPLEMENTATION);
        assertThat(file.stays.get(0).leftAt).isEqualTo(file.stays.get(1).enteredAt);
        assertThat(file.stays.get(1).leftAt).isEqualTo(file.endedAt);
        assertThat(file.flags.get(0).owner).isEqualTo("Dinkes");
        assertThat(file.flags.get(0).since).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(file.openFlags()).isEmpty();
        assertThat(file.flags.get(0).closedBy).isEqualTo("system");
    }

    @Test
    void every_event_type_names_its_business_date_or_is_listed_with_why_it_happened_when_recorded() {
        assertThat(BusinessDates.dispatch().unaccounted())
                .as("give each new event type its business date, or list it as dated by its recording, with the reason").isEmpty();
    }

    @Test
    void a_kb_signed_in_april_and_imported_in_december_was_decided_in_april_and_its_stays_count_from_then() {
        // the seed's shape: signed 25 April 2025, typed in months later
        imported();
        apply(new ImplementationStarted(ID, LocalDate.of(2025, 6, 2)), "opd", "UNIT_OFFICER", "2025-12-01");
        assertThat(decisions.get(0).decidedOn()).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(decisions.get(0).recordedAt().atZone(WIB).toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(decisions.get(1).decidedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(decisions.get(1).recordedAt().atZone(WIB).toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 1));
        InspectionFile.StageStay memorandum = file.stays.get(0);
        assertThat(memorandum.enteredOn).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(memorandum.leftOn).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(file.stays.get(1).enteredOn).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(file.signingRecordedAt.atZone(WIB).toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 28));
        // what the compliance figures count: 25 April to 2 June by business day, 28 April to 1 December as recorded
        assertThat(memorandum.days()).isEqualTo(38);
        assertThat(memorandum.recordedDays()).isEqualTo(217);
        assertThat(file.stays.get(1).days()).isNull();
        assertThat(file.stays.get(1).recordedDays()).isNull();
    }

    @Test
    void a_step_that_names_no_day_happened_when_recorded_and_no_stay_ends_before_it_began() {
        imported();
        // an audit finding names no day: recorded on 1 December, decided on 1 December
        apply(new AuditFindingRecorded(ID, AuditFindingId.of("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a114"), FindingSeverity.LOW,
                "Arsip belum lengkap", List.of(0L)), "inspektorat", "INSPECTOR", "2025-12-01");
        assertThat(decisions.get(1).decidedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
        // implementation said to have started before the KB was signed: the stay in the memorandum lasts no days
        apply(new ImplementationStarted(ID, LocalDate.of(2025, 4, 1)), "opd", "UNIT_OFFICER", "2025-12-02");
        assertThat(file.stays.get(0).leftOn).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(file.stays.get(1).enteredOn).isEqualTo(LocalDate.of(2025, 4, 25));
    }

    @Test
    void a_cooperation_that_expired_ended_with_the_last_day_of_its_term() {
        imported();
        apply(new CooperationExpired(ID, LocalDate.of(2030, 4, 24)), "system", "SYSTEM", "2030-04-25");
        assertThat(file.endedOn).isEqualTo(LocalDate.of(2030, 4, 24));
        assertThat(file.endedAt.atZone(WIB).toLocalDate()).isEqualTo(LocalDate.of(2030, 4, 25));
    }

    private static EvaluationRecorded evaluation(EvaluationKind kind, String start, String end) {
        return new EvaluationRecorded(ID, EvaluationId.of(UUID.randomUUID().toString()), kind, LocalDate.parse(start),
                LocalDate.parse(end), Map.of(), null, Recommendation.CONTINUE, List.of(), "Ringkasan");
    }
}
