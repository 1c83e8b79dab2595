package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.EvaluationCriterion;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.EvaluationKind;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.RecordActivity;
import id.kerjasama.cooperation.command.RecordBudgetRealisation;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.command.RecordImplementationReport;
import id.kerjasama.cooperation.command.StartImplementation;
import id.kerjasama.cooperation.event.ActivityRecorded;
import id.kerjasama.cooperation.event.BudgetRealisationRecorded;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.EvaluationRecorded;
import id.kerjasama.cooperation.event.ImplementationReportRecorded;
import id.kerjasama.cooperation.event.ImplementationStarted;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Implementation (pelaksanaan) and monitoring & evaluation (monev): only a signed, active cooperation is carried out. */
class ImplementationTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final CooperationScenario PANGKALPINANG = PANGKALPINANG_POLTEKKES;
    private static final LocalDate STARTED_ON = LocalDate.of(2025, 9, 15);
    private static final LocalDate ACTIVITY_ON = LocalDate.of(2025, 10, 6);
    private static final String ACTIVITY = "Pemeriksaan kesehatan berkala 120 karyawan PT CBI Group di RSUD";
    private static final EvaluationId EVALUATION = EvaluationId.of(uuid("lamandau-cbi/evaluasi-akhir"));
    private static final Map<EvaluationCriterion, Integer> ALL_TEN_GRADES = Arrays.stream(EvaluationCriterion.values())
            .collect(Collectors.toMap(Function.identity(), criterion -> 4));
    private static final List<FollowUpAction> FOLLOW_UP = List.of(new FollowUpAction(
            "Perluas layanan ke keluarga karyawan", "RSUD Gusti Abdul Gani Lamandau", LocalDate.of(2027, 3, 31)));

    /** The end of the evaluated period: a period that has ended by the fixture's today. */
    private static final LocalDate EVALUATED_THROUGH = LocalDate.of(2026, 2, 28);

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RecordEvaluation evaluation(EvaluationKind kind, Map<EvaluationCriterion, Integer> grades, Integer overall) {
        return new RecordEvaluation(LAMANDAU.id, EVALUATION, kind, LAMANDAU.implementingTerm.start(),
                EVALUATED_THROUGH, grades, overall, Recommendation.EXPAND, FOLLOW_UP, "Pelaksanaan sesuai PKS");
    }

    private static RecordActivity activity() {
        return new RecordActivity(LAMANDAU.id, ACTIVITY_ON, ACTIVITY, LAMANDAU.unit);
    }

    // ---- Starting

    @Test
    void implementation_starts_once_a_pks_is_signed() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(new StartImplementation(LAMANDAU.id, STARTED_ON), as(UNIT_OFFICER))
                .expectEvents(new ImplementationStarted(LAMANDAU.id, STARTED_ON));
    }

    @Test
    void implementation_needs_a_signed_pks() {
        fixture.given(LAMANDAU.implementingApproved())
                .when(new StartImplementation(LAMANDAU.id, STARTED_ON), as(UNIT_OFFICER))
                .expectException(refusedUnder(NOTHING_TO_IMPLEMENT));
    }

    @Test
    void nothing_becomes_active_while_dprd_approval_is_pending() {
        fixture.given(LAMANDAU.dprdPending())
                .when(new StartImplementation(LAMANDAU.id, STARTED_ON), as(UNIT_OFFICER))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void a_synergy_starts_once_the_nk_and_a_rencana_kerja_are_signed() {
        fixture.given(PANGKALPINANG.implementingSigned())
                .when(new StartImplementation(PANGKALPINANG.id, STARTED_ON), as(UNIT_OFFICER))
                .expectEvents(new ImplementationStarted(PANGKALPINANG.id, STARTED_ON));
    }

    @Test
    void a_synergy_needs_a_signed_rencana_kerja() {
        fixture.given(PANGKALPINANG.frameworkSigned())
                .when(new StartImplementation(PANGKALPINANG.id, STARTED_ON), as(UNIT_OFFICER))
                .expectException(refusedUnder(NOTHING_TO_IMPLEMENT));
    }

    @Test
    void implementation_starts_once() {
        fixture.given(LAMANDAU.active())
                .when(new StartImplementation(LAMANDAU.id, STARTED_ON), as(UNIT_OFFICER))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    // ---- While active

    @Test
    void the_unit_records_an_activity_while_active() {
        fixture.given(LAMANDAU.active())
                .when(activity(), as(UNIT_OFFICER))
                .expectEvents(new ActivityRecorded(LAMANDAU.id, ACTIVITY_ON, ACTIVITY, LAMANDAU.unit));
    }

    @Test
    void activities_are_recorded_only_while_active() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(activity(), as(UNIT_OFFICER))
                .expectException(refusedUnder(NOT_ACTIVE));
    }

    @Test
    void an_ended_cooperation_records_no_activity() {
        fixture.given(then(LAMANDAU.active(), new CooperationTerminated(LAMANDAU.id, TerminationReason.PURPOSE_ACHIEVED,
                        LocalDate.of(2026, 1, 31), "Tujuan tercapai")))
                .when(activity(), as(UNIT_OFFICER))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }

    @Test
    void the_unit_records_budget_realisation_while_active() {
        BigDecimal amount = new BigDecimal("125000000");
        fixture.given(LAMANDAU.active())
                .when(new RecordBudgetRealisation(LAMANDAU.id, 2025, FundingSource.PARTNER, amount, "Biaya pemeriksaan karyawan"))
                .expectEvents(new BudgetRealisationRecorded(LAMANDAU.id, 2025, FundingSource.PARTNER, amount, "Biaya pemeriksaan karyawan"));
    }

    @Test
    void budget_realisation_is_recorded_only_while_active() {
        fixture.given(LAMANDAU.dprdCleared())
                .when(new RecordBudgetRealisation(LAMANDAU.id, 2025, FundingSource.APBD, BigDecimal.TEN, "Uang muka"))
                .expectException(refusedUnder(NOT_ACTIVE));
    }

    @Test
    void the_unit_files_an_implementation_report_while_active() {
        fixture.given(LAMANDAU.active())
                .when(new RecordImplementationReport(LAMANDAU.id, STARTED_ON, LocalDate.of(2025, 12, 31), "Laporan semester II",
                        file("laporan-semester-2.pdf")))
                .expectEvents(new ImplementationReportRecorded(LAMANDAU.id, STARTED_ON, LocalDate.of(2025, 12, 31),
                        "Laporan semester II", file("laporan-semester-2.pdf")));
    }

    @Test
    void reports_are_filed_only_while_active() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(new RecordImplementationReport(LAMANDAU.id, STARTED_ON, LocalDate.of(2025, 12, 31), "Laporan semester II", null))
                .expectException(refusedUnder(NOT_ACTIVE));
    }

    // ---- Evaluation

    @Test
    void a_self_report_may_grade_some_items() {
        fixture.given(LAMANDAU.active())
                .when(evaluation(EvaluationKind.SELF_REPORT, Map.of(EvaluationCriterion.TIMELINESS, 3), null), as(UNIT_OFFICER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_secretariat_records_a_complete_final_evaluation() {
        fixture.given(LAMANDAU.active())
                .when(evaluation(EvaluationKind.FINAL, ALL_TEN_GRADES, 4), as(SECRETARIAT))
                .expectEvents(new EvaluationRecorded(LAMANDAU.id, EVALUATION, EvaluationKind.FINAL,
                        LAMANDAU.implementingTerm.start(), EVALUATED_THROUGH, ALL_TEN_GRADES, 4,
                        Recommendation.EXPAND, FOLLOW_UP, "Pelaksanaan sesuai PKS"));
    }

    @Test
    void a_final_evaluation_grades_all_ten_items() {
        fixture.given(LAMANDAU.active())
                .when(evaluation(EvaluationKind.FINAL, Map.of(EvaluationCriterion.IMPACT, 5), 4), as(SECRETARIAT))
                .expectException(refusedUnder(FINAL_EVALUATION_COMPLETE));
    }

    @Test
    void a_final_evaluation_gives_an_overall_rating() {
        fixture.given(LAMANDAU.active())
                .when(evaluation(EvaluationKind.FINAL, ALL_TEN_GRADES, null), as(SECRETARIAT))
                .expectException(refusedUnder(FINAL_EVALUATION_COMPLETE));
    }

    @Test
    void evaluations_are_recorded_only_while_active() {
        fixture.given(LAMANDAU.implementingSigned())
                .when(evaluation(EvaluationKind.TKKSD_REVIEW, Map.of(), null), as(TKKSD))
                .expectException(refusedUnder(NOT_ACTIVE));
    }
}
