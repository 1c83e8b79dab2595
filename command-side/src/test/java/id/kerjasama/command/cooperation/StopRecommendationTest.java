package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.JustifyContinuation;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.command.TerminateCooperation;
import id.kerjasama.cooperation.event.ContinuationJustified;
import id.kerjasama.cooperation.event.StopRecommendationUnanswered;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/**
 * An evaluation that recommends stopping must be followed, within a deadline (60 days, configurable), by
 * the termination or by a recorded justification to continue; otherwise it is flagged unanswered, once.
 */
class StopRecommendationTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final EvaluationId EVALUATION = EvaluationId.of(uuid("lamandau-cbi/evaluasi-akhir-stop"));
    /** Recorded today: the answer is due 60 days later. */
    private static final RecordEvaluation STOP = LAMANDAU.selfReport(EVALUATION, LocalDate.of(2025, 9, 15),
            LocalDate.of(2026, 2, 28), Recommendation.STOP, List.of());
    private static final LocalDate LAST_DAY = TODAY.plusDays(60);
    private static final String JUSTIFICATION = "Layanan rujukan masih dibutuhkan karyawan dan keluarganya";

    private static JustifyContinuation justify() {
        return new JustifyContinuation(LAMANDAU.id, EVALUATION, JUSTIFICATION);
    }

    @Test
    void a_stop_recommendation_unanswered_after_60_days_is_flagged() {
        fixture().given(LAMANDAU.active())
                .andGivenCommands(STOP)
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)))
                .expectEvents(new StopRecommendationUnanswered(LAMANDAU.id, EVALUATION, LAST_DAY));
    }

    @Test
    void a_stop_recommendation_is_flagged_once() {
        fixture().given(LAMANDAU.active())
                .andGivenCommands(STOP)
                .andGiven(List.of(new StopRecommendationUnanswered(LAMANDAU.id, EVALUATION, LAST_DAY)))
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusYears(1)))
                .expectNoEvents();
    }

    @Test
    void a_justification_to_continue_answers_it() {
        fixture().given(LAMANDAU.active())
                .andGivenCommands(STOP, justify())
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)))
                .expectNoEvents();
    }

    @Test
    void a_termination_answers_it() {
        fixture().given(LAMANDAU.active())
                .andGivenCommands(STOP, new TerminateCooperation(LAMANDAU.id, TerminationReason.MUTUAL_AGREEMENT, TODAY,
                        "Dihentikan sesuai rekomendasi evaluasi"))
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void the_time_to_answer_is_configurable() {
        CooperationRules thirtyDays = new CooperationRules(5, 45, CooperationRules.defaults().terminationReasons(), List.of(),
                CooperationRules.DprdSilence.DEEMED_APPROVED, 6, 6, 6, 30, 90);
        fixture(thirtyDays).given(LAMANDAU.active())
                .andGivenCommands(STOP)
                .whenTimeAdvancesTo(startOf(TODAY.plusDays(31)))
                .expectEvents(new StopRecommendationUnanswered(LAMANDAU.id, EVALUATION, TODAY.plusDays(30)));
    }

    @Test
    void continuing_is_justified() {
        fixture().given(then(LAMANDAU.active(), recorded(STOP)))
                .when(justify(), as(SECRETARIAT))
                .expectEvents(new ContinuationJustified(LAMANDAU.id, EVALUATION, JUSTIFICATION, TODAY));
    }

    @Test
    void only_a_recommendation_to_stop_is_answered_by_a_justification() {
        RecordEvaluation improve = LAMANDAU.selfReport(EVALUATION, LocalDate.of(2025, 9, 15), LocalDate.of(2026, 2, 28),
                Recommendation.IMPROVE, List.of());
        fixture().given(then(LAMANDAU.active(), recorded(improve)))
                .when(justify(), as(SECRETARIAT))
                .expectException(refusedUnder(STOP_RECOMMENDATION_ONLY));
    }

    @Test
    void continuing_is_justified_once() {
        fixture().given(then(LAMANDAU.active(), recorded(STOP),
                        new ContinuationJustified(LAMANDAU.id, EVALUATION, JUSTIFICATION, TODAY)))
                .when(justify(), as(SECRETARIAT))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void a_justification_answers_an_evaluation_of_this_cooperation() {
        fixture().given(LAMANDAU.active())
                .when(justify(), as(SECRETARIAT))
                .expectException(refusedUnder(UNKNOWN_EVALUATION));
    }
}
