package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.Deadlines.LastDay;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DormancyAnswer;
import id.kerjasama.cooperation.DormancyReason;
import id.kerjasama.cooperation.FollowUpAction;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.AnswerDormancyFlag;
import id.kerjasama.cooperation.command.ImportSignedAgreement;
import id.kerjasama.cooperation.command.StartImplementation;
import id.kerjasama.cooperation.command.TerminateCooperation;
import id.kerjasama.cooperation.event.ActivityRecorded;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.DormancyFlagAnswered;
import id.kerjasama.cooperation.event.ImplementationReportRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;
import static id.kerjasama.cooperation.DormancyReason.NO_IMPLEMENTING_AGREEMENT;
import static id.kerjasama.cooperation.DormancyReason.NO_RECENT_ACTIVITY;

/**
 * Dormancy, the seed's agreements that "fade after the signing ceremony" (six months, configurable): a KB
 * or NK with no PKS or Rencana Kerja drafted, or an active cooperation with no activity, report or evaluation, is
 * flagged once, stays flagged until someone answers, and is watched again from the answer.
 */
class DormancyTest {

    private static final CooperationScenario PANGKALPINANG = PANGKALPINANG_POLTEKKES;
    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    /** Signed on 25 April 2025, imported, then left alone: nothing is due after 25 October 2025. */
    private static final ImportSignedAgreement PANGKALPINANG_KB =
            PANGKALPINANG.importOf(CooperationType.SYNERGY, DocumentKind.KB, PANGKALPINANG.head);
    private static final LocalDate PANGKALPINANG_LAST_DAY = LocalDate.of(2025, 10, 25);
    private static final LocalDate STARTED_ON = LocalDate.of(2025, 9, 15);
    private static final List<FollowUpAction> ACTION_PLAN = List.of(new FollowUpAction(
            "Susun rancangan PKS penyediaan tenaga ahli", "Bagian Kerja Sama Setda Kota Pangkalpinang",
            TODAY.plusMonths(2)));

    /** The watch over activity alone: the evaluation cadence is set far apart. */
    private static FixtureConfiguration<Cooperation> activityWatched() {
        return fixture(watching(6, 6, 60));
    }

    /** Lamandau's implementation started by command, so that its deadlines are set. */
    private static TestExecutor<Cooperation> started() {
        return activityWatched().given(LAMANDAU.implementingSigned())
                .andGivenCommands(new StartImplementation(LAMANDAU.id, STARTED_ON));
    }

    private static AnswerDormancyFlag answer(CooperationScenario scenario, DormancyReason reason, DormancyAnswer answer,
                                             List<FollowUpAction> plan) {
        return new AnswerDormancyFlag(scenario.id, reason, answer, plan, "Dibahas dalam rapat TKKSD");
    }

    // ---- A KB or NK signed, and no PKS or Rencana Kerja drafted within six months

    @Test
    void the_pangkalpinang_kb_left_alone_after_its_signing_is_flagged_dormant_six_months_later() {
        fixture().givenCurrentTime(startOf(LocalDate.of(2025, 5, 2)))
                .andGivenCommands(PANGKALPINANG_KB)
                .whenTimeAdvancesTo(startOf(PANGKALPINANG_LAST_DAY.plusDays(1)))
                .expectEvents(new CooperationFlaggedDormant(PANGKALPINANG.id, NO_IMPLEMENTING_AGREEMENT,
                        PANGKALPINANG.frameworkSignedOn, PANGKALPINANG_LAST_DAY));
    }

    @Test
    void a_kb_is_not_flagged_before_its_six_months_are_over() {
        fixture().givenCurrentTime(startOf(LocalDate.of(2025, 5, 2)))
                .andGivenCommands(PANGKALPINANG_KB)
                .whenTimeAdvancesTo(startOf(PANGKALPINANG_LAST_DAY.plusDays(1)).minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void a_kb_imported_after_its_six_months_is_flagged_at_once() {
        fixture().givenCurrentTime(startOf(TODAY))
                .andGivenCommands(PANGKALPINANG_KB)
                .whenTimeElapses(Duration.ZERO)
                .expectEvents(new CooperationFlaggedDormant(PANGKALPINANG.id, NO_IMPLEMENTING_AGREEMENT,
                        PANGKALPINANG.frameworkSignedOn, PANGKALPINANG_LAST_DAY));
    }

    @Test
    void a_signed_kb_waits_six_months_for_its_pks() {
        LocalDate lastDay = LAMANDAU.frameworkSignedOn.plusMonths(6);
        fixture().given(LAMANDAU.frameworkApproved())
                .when(LAMANDAU.sign(LAMANDAU.frameworkId, LAMANDAU.frameworkSignedOn, LAMANDAU.head), as(SECRETARIAT))
                .expectScheduledDeadline(startOf(lastDay.plusDays(1)), new LastDay(lastDay));
    }

    @Test
    void a_drafted_pks_ends_the_wait() {
        fixture().given(LAMANDAU.frameworkApproved())
                .andGivenCommands(LAMANDAU.sign(LAMANDAU.frameworkId, LAMANDAU.frameworkSignedOn, LAMANDAU.head),
                        LAMANDAU.draft(LAMANDAU.implementingId, DocumentKind.PKS, LAMANDAU.frameworkId, LAMANDAU.implementingTerm))
                .whenTimeAdvancesTo(startOf(LAMANDAU.frameworkSignedOn.plusYears(1)))
                .expectNoEvents()
                .expectTriggeredDeadlines();
    }

    @Test
    void a_kb_is_flagged_once_while_the_flag_is_unanswered() {
        fixture().givenCurrentTime(startOf(LocalDate.of(2025, 5, 2)))
                .andGivenCommands(PANGKALPINANG_KB)
                .whenTimeAdvancesTo(startOf(LocalDate.of(2027, 12, 31)))
                .expectEvents(new CooperationFlaggedDormant(PANGKALPINANG.id, NO_IMPLEMENTING_AGREEMENT,
                        PANGKALPINANG.frameworkSignedOn, PANGKALPINANG_LAST_DAY));
    }

    @Test
    void an_answer_restarts_the_wait_for_the_pks() {
        LocalDate lastDay = TODAY.plusMonths(6);
        fixture().given(by(SECRETARIAT, imported(PANGKALPINANG_KB)), new CooperationFlaggedDormant(PANGKALPINANG.id,
                        NO_IMPLEMENTING_AGREEMENT, PANGKALPINANG.frameworkSignedOn, PANGKALPINANG_LAST_DAY))
                .andGivenCommands(answer(PANGKALPINANG, NO_IMPLEMENTING_AGREEMENT, DormancyAnswer.REVIVE, ACTION_PLAN))
                .whenTimeAdvancesTo(startOf(lastDay.plusDays(1)))
                .expectEvents(new CooperationFlaggedDormant(PANGKALPINANG.id, NO_IMPLEMENTING_AGREEMENT, TODAY, lastDay));
    }

    // ---- Active, and no activity, report or evaluation for six months

    @Test
    void an_active_cooperation_without_activity_for_six_months_is_flagged_dormant() {
        LocalDate lastDay = STARTED_ON.plusMonths(6);
        started().whenTimeAdvancesTo(startOf(lastDay.plusDays(1)))
                .expectEvents(new CooperationFlaggedDormant(LAMANDAU.id, NO_RECENT_ACTIVITY, STARTED_ON, lastDay));
    }

    @Test
    void an_activity_postpones_the_flag_to_six_months_after_it() {
        LocalDate activityOn = LocalDate.of(2026, 1, 10);
        LocalDate lastDay = activityOn.plusMonths(6);
        started().andGiven(List.of(new ActivityRecorded(LAMANDAU.id, activityOn, "Pemeriksaan kesehatan karyawan", LAMANDAU.unit)))
                .whenTimeAdvancesTo(startOf(STARTED_ON.plusMonths(6).plusDays(1)))
                .expectNoEvents()
                .expectScheduledDeadline(startOf(lastDay.plusDays(1)), new LastDay(lastDay));
    }

    @Test
    void an_active_cooperation_is_flagged_six_months_after_its_last_activity() {
        LocalDate activityOn = LocalDate.of(2026, 1, 10);
        LocalDate lastDay = activityOn.plusMonths(6);
        started().andGiven(List.of(new ActivityRecorded(LAMANDAU.id, activityOn, "Pemeriksaan kesehatan karyawan", LAMANDAU.unit)))
                .whenTimeAdvancesTo(startOf(lastDay.plusDays(1)))
                .expectEvents(new CooperationFlaggedDormant(LAMANDAU.id, NO_RECENT_ACTIVITY, activityOn, lastDay));
    }

    @Test
    void a_report_shows_life_as_of_the_end_of_its_period() {
        LocalDate periodEnd = LocalDate.of(2026, 2, 28);
        started().andGiven(List.of(new ImplementationReportRecorded(LAMANDAU.id, STARTED_ON, periodEnd, "Laporan semester", null)))
                .whenTimeAdvancesTo(startOf(periodEnd.plusMonths(6)))
                .expectNoEvents();
    }

    @Test
    void an_active_cooperation_is_flagged_once_while_the_flag_is_unanswered() {
        LocalDate lastDay = STARTED_ON.plusMonths(6);
        started().whenTimeAdvancesTo(startOf(STARTED_ON.plusYears(2)))
                .expectEvents(new CooperationFlaggedDormant(LAMANDAU.id, NO_RECENT_ACTIVITY, STARTED_ON, lastDay));
    }

    @Test
    void an_ended_cooperation_is_not_flagged() {
        started().andGiven(List.of(new CooperationTerminated(LAMANDAU.id, TerminationReason.PURPOSE_ACHIEVED, TODAY, "Selesai")))
                .whenTimeAdvancesTo(startOf(STARTED_ON.plusYears(1)))
                .expectNoEvents();
    }

    @Test
    void termination_cancels_every_deadline() {
        started().andGivenCommands(new TerminateCooperation(LAMANDAU.id, TerminationReason.PURPOSE_ACHIEVED, TODAY, "Selesai"))
                .whenTimeAdvancesTo(startOf(STARTED_ON.plusYears(1)))
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectNoScheduledDeadlines();
    }

    // ---- Answering a flag

    @Test
    void a_dormant_cooperation_is_revived_with_an_action_plan_and_watched_again_from_the_answer() {
        LocalDate lastDay = TODAY.plusMonths(6);
        activityWatched().given(then(LAMANDAU.active(), new CooperationFlaggedDormant(LAMANDAU.id, NO_RECENT_ACTIVITY,
                        STARTED_ON, STARTED_ON.plusMonths(6))))
                .when(answer(LAMANDAU, NO_RECENT_ACTIVITY, DormancyAnswer.REVIVE, ACTION_PLAN), as(SECRETARIAT))
                .expectEvents(new DormancyFlagAnswered(LAMANDAU.id, NO_RECENT_ACTIVITY, DormancyAnswer.REVIVE, ACTION_PLAN,
                        "Dibahas dalam rapat TKKSD", TODAY))
                .expectScheduledDeadline(startOf(lastDay.plusDays(1)), new LastDay(lastDay));
    }

    @Test
    void reviving_needs_an_action_plan() {
        fixture().given(by(SECRETARIAT, imported(PANGKALPINANG_KB)), new CooperationFlaggedDormant(PANGKALPINANG.id,
                        NO_IMPLEMENTING_AGREEMENT, PANGKALPINANG.frameworkSignedOn, PANGKALPINANG_LAST_DAY))
                .when(answer(PANGKALPINANG, NO_IMPLEMENTING_AGREEMENT, DormancyAnswer.REVIVE, List.of()), as(SECRETARIAT))
                .expectException(refusedUnder(ACTION_PLAN_REQUIRED));
    }

    @Test
    void a_decision_to_amend_or_terminate_is_recorded_and_the_step_itself_follows() {
        activityWatched().given(then(LAMANDAU.active(), new CooperationFlaggedDormant(LAMANDAU.id, NO_RECENT_ACTIVITY,
                        STARTED_ON, STARTED_ON.plusMonths(6))))
                .when(answer(LAMANDAU, NO_RECENT_ACTIVITY, DormancyAnswer.TERMINATE, List.of()), as(SECRETARIAT))
                .expectEvents(new DormancyFlagAnswered(LAMANDAU.id, NO_RECENT_ACTIVITY, DormancyAnswer.TERMINATE, List.of(),
                        "Dibahas dalam rapat TKKSD", TODAY));
    }

    @Test
    void only_an_open_flag_is_answered() {
        fixture().given(LAMANDAU.active())
                .when(answer(LAMANDAU, NO_RECENT_ACTIVITY, DormancyAnswer.AMEND, List.of()), as(SECRETARIAT))
                .expectException(refusedUnder(NO_OPEN_FLAG));
    }

    @Test
    void a_flag_is_answered_once() {
        fixture().given(then(LAMANDAU.active(),
                        new CooperationFlaggedDormant(LAMANDAU.id, NO_RECENT_ACTIVITY, STARTED_ON, STARTED_ON.plusMonths(6)),
                        new DormancyFlagAnswered(LAMANDAU.id, NO_RECENT_ACTIVITY, DormancyAnswer.AMEND, List.of(), "Adendum", TODAY)))
                .when(answer(LAMANDAU, NO_RECENT_ACTIVITY, DormancyAnswer.AMEND, List.of()), as(SECRETARIAT))
                .expectException(refusedUnder(NO_OPEN_FLAG));
    }

    @Test
    void an_ended_cooperation_takes_no_answer() {
        fixture().given(then(LAMANDAU.active(),
                        new CooperationFlaggedDormant(LAMANDAU.id, NO_RECENT_ACTIVITY, STARTED_ON, STARTED_ON.plusMonths(6)),
                        new CooperationTerminated(LAMANDAU.id, TerminationReason.PURPOSE_ACHIEVED, TODAY, "Selesai")))
                .when(answer(LAMANDAU, NO_RECENT_ACTIVITY, DormancyAnswer.AMEND, List.of()), as(SECRETARIAT))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }
}
