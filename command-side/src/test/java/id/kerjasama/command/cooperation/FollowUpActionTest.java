package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.Recommendation;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.CompleteFollowUpAction;
import id.kerjasama.cooperation.command.RecordEvaluation;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.FollowUpActionCompleted;
import id.kerjasama.cooperation.event.FollowUpActionOverdue;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/**
 * The follow-up actions of an evaluation, each with an owner and a due date: completed, or flagged overdue
 * once when the due date has passed.
 */
class FollowUpActionTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final EvaluationId EVALUATION = EvaluationId.of(uuid("lamandau-cbi/monev-2025-2"));
    private static final FollowUpAction REPORTS = new FollowUpAction("Lengkapi laporan triwulan layanan karyawan",
            "RSUD Gusti Abdul Gani Lamandau", LocalDate.of(2026, 4, 30));
    private static final FollowUpAction MEETING = new FollowUpAction("Rapat koordinasi tarif dengan PT CBI Group",
            "Bagian Kerja Sama Setda Lamandau", LocalDate.of(2026, 6, 30));
    private static final RecordEvaluation EVALUATED = LAMANDAU.selfReport(EVALUATION, LocalDate.of(2025, 9, 15),
            LocalDate.of(2026, 2, 28), Recommendation.IMPROVE, List.of(REPORTS, MEETING));

    private static CompleteFollowUpAction complete(int number) {
        return new CompleteFollowUpAction(LAMANDAU.id, EVALUATION, number, LocalDate.of(2026, 3, 1), "Laporan diserahkan");
    }

    /** The evaluation recorded by command, so that its follow-up deadlines are set. */
    private static TestExecutor<Cooperation> evaluated() {
        return fixture().given(LAMANDAU.active()).andGivenCommands(EVALUATED);
    }

    @Test
    void a_follow_up_action_not_completed_by_its_due_date_is_overdue() {
        evaluated().whenTimeAdvancesTo(startOf(REPORTS.dueDate().plusDays(1)))
                .expectEvents(new FollowUpActionOverdue(LAMANDAU.id, EVALUATION, 1, REPORTS));
    }

    @Test
    void a_follow_up_action_is_not_overdue_on_its_due_date() {
        evaluated().whenTimeAdvancesTo(startOf(REPORTS.dueDate().plusDays(1)).minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void each_follow_up_action_is_flagged_once_on_its_own_date() {
        evaluated().whenTimeAdvancesTo(startOf(LocalDate.of(2027, 12, 31)))
                .expectEvents(new FollowUpActionOverdue(LAMANDAU.id, EVALUATION, 1, REPORTS),
                        new FollowUpActionOverdue(LAMANDAU.id, EVALUATION, 2, MEETING));
    }

    @Test
    void a_completed_follow_up_action_is_not_overdue() {
        evaluated().andGivenCommands(complete(1))
                .whenTimeAdvancesTo(startOf(REPORTS.dueDate().plusDays(1)))
                .expectNoEvents();
    }

    @Test
    void no_follow_up_action_is_flagged_after_the_end() {
        evaluated().andGiven(List.of(new CooperationTerminated(LAMANDAU.id, TerminationReason.PURPOSE_ACHIEVED,
                        LocalDate.of(2026, 3, 31), "Tujuan tercapai")))
                .whenTimeAdvancesTo(startOf(LocalDate.of(2027, 12, 31)))
                .expectNoEvents();
    }

    @Test
    void a_follow_up_action_is_completed() {
        fixture().given(then(LAMANDAU.active(), recorded(EVALUATED)))
                .when(complete(1), as(UNIT_OFFICER))
                .expectEvents(new FollowUpActionCompleted(LAMANDAU.id, EVALUATION, 1, LocalDate.of(2026, 3, 1),
                        "Laporan diserahkan"));
    }

    @Test
    void an_overdue_follow_up_action_is_still_completed() {
        fixture().given(then(LAMANDAU.active(), recorded(EVALUATED), new FollowUpActionOverdue(LAMANDAU.id, EVALUATION, 1, REPORTS)))
                .when(complete(1), as(UNIT_OFFICER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_follow_up_action_is_completed_once() {
        fixture().given(then(LAMANDAU.active(), recorded(EVALUATED), new FollowUpActionCompleted(LAMANDAU.id, EVALUATION, 1,
                        LocalDate.of(2026, 3, 1), null)))
                .when(complete(1), as(UNIT_OFFICER))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void follow_up_actions_are_numbered_from_one_in_the_evaluations_order() {
        fixture().given(then(LAMANDAU.active(), recorded(EVALUATED)))
                .when(complete(3), as(UNIT_OFFICER))
                .expectException(refusedUnder(UNKNOWN_FOLLOW_UP_ACTION));
    }

    @Test
    void a_follow_up_action_belongs_to_an_evaluation_of_this_cooperation() {
        fixture().given(LAMANDAU.active())
                .when(complete(1), as(UNIT_OFFICER))
                .expectException(refusedUnder(UNKNOWN_EVALUATION));
    }
}
