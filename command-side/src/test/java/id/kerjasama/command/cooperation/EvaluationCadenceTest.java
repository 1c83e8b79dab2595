package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.Deadlines.LastDay;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.command.StartImplementation;
import id.kerjasama.cooperation.event.EvaluationOverdue;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;

/**
 * Monitoring and evaluation at least twice a budget year (configurable): while active, the latest evaluated
 * period (or the start of implementation) may lie at most six months behind, or an evaluation is overdue, once, until
 * one is recorded.
 */
class EvaluationCadenceTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final LocalDate STARTED_ON = LocalDate.of(2025, 9, 15);
    private static final EvaluationId FIRST = EvaluationId.of(uuid("lamandau-cbi/monev-2025-2"));
    private static final EvaluationId SECOND = EvaluationId.of(uuid("lamandau-cbi/monev-2026-1"));

    /** Implementation started by command, with the watch over activity set far apart. */
    private static TestExecutor<Cooperation> started(int evaluationIntervalMonths) {
        return fixture(watching(6, 60, evaluationIntervalMonths)).given(LAMANDAU.implementingSigned())
                .andGivenCommands(new StartImplementation(LAMANDAU.id, STARTED_ON));
    }

    private static RecordEvaluation evaluationThrough(EvaluationId id, LocalDate periodEnd) {
        return LAMANDAU.selfReport(id, STARTED_ON, periodEnd, Recommendation.CONTINUE, List.of());
    }

    /** Six months by default (twice a budget year); a region may choose another interval. */
    @ParameterizedTest
    @ValueSource(ints = {6, 3})
    void an_evaluation_is_overdue_the_interval_after_the_start_of_implementation_without_one(int months) {
        LocalDate lastDay = STARTED_ON.plusMonths(months);
        started(months).whenTimeAdvancesTo(startOf(lastDay.plusDays(1)))
                .expectEvents(new EvaluationOverdue(LAMANDAU.id, STARTED_ON, lastDay));
    }

    @Test
    void an_evaluation_is_not_overdue_on_its_last_day() {
        started(6).whenTimeAdvancesTo(startOf(STARTED_ON.plusMonths(6).plusDays(1)).minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void an_evaluation_moves_the_next_one_to_six_months_after_the_period_it_covered() {
        LocalDate periodEnd = LocalDate.of(2026, 2, 28);
        LocalDate lastDay = periodEnd.plusMonths(6);
        started(6).andGiven(List.of(recorded(evaluationThrough(FIRST, periodEnd))))
                .whenTimeAdvancesTo(startOf(STARTED_ON.plusMonths(6).plusDays(1)))
                .expectNoEvents()
                .expectScheduledDeadline(startOf(lastDay.plusDays(1)), new LastDay(lastDay));
    }

    @Test
    void an_overdue_evaluation_is_flagged_once_until_one_is_recorded() {
        LocalDate lastDay = STARTED_ON.plusMonths(6);
        started(6).whenTimeAdvancesTo(startOf(STARTED_ON.plusYears(2)))
                .expectEvents(new EvaluationOverdue(LAMANDAU.id, STARTED_ON, lastDay));
    }

    @Test
    void a_late_evaluation_restarts_the_cadence() {
        LocalDate periodEnd = LocalDate.of(2026, 3, 1);
        LocalDate lastDay = periodEnd.plusMonths(6);
        fixture(watching(6, 60, 6))
                .given(then(LAMANDAU.active(), new EvaluationOverdue(LAMANDAU.id, STARTED_ON, STARTED_ON.plusMonths(6))))
                .andGivenCommands(evaluationThrough(SECOND, periodEnd))
                .whenTimeAdvancesTo(startOf(lastDay.plusDays(1)))
                .expectEvents(new EvaluationOverdue(LAMANDAU.id, periodEnd, lastDay));
    }
}
