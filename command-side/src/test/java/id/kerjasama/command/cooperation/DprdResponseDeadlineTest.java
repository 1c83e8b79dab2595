package id.kerjasama.command.cooperation;

import id.kerjasama.command.cooperation.CooperationRules.DprdSilence;
import id.kerjasama.command.cooperation.Deadlines.LastDay;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.RecordDprdDecision;
import id.kerjasama.cooperation.event.DprdApprovalDeemedGiven;
import id.kerjasama.cooperation.event.DprdDecisionRecorded;
import id.kerjasama.cooperation.event.DprdResponseOverdue;
import id.kerjasama.cooperation.event.DraftApproved;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;

/**
 * The DPRD's deadline (PP 28/2018; the older rule: 45 days, silence counted as approval; configurable): when its last
 * day passes without an answer, the silence counts as approval, or is escalated where the region says so.
 */
class DprdResponseDeadlineTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final LocalDate REQUESTED_ON = LAMANDAU.dprdRequest().requestedOn();
    private static final LocalDate LAST_DAY = REQUESTED_ON.plusDays(45);
    private static final CooperationRules ESCALATING = new CooperationRules(5, 45, EnumSet.allOf(TerminationReason.class),
            List.of(), DprdSilence.ESCALATE, 6, 6, 6, 60, 90);

    private static RecordDprdDecision approval() {
        return new RecordDprdDecision(LAMANDAU.id, DprdDecision.APPROVED, LAST_DAY.minusDays(4),
                file("keputusan-dprd-lamandau.pdf"), null);
    }

    @Test
    void the_request_sets_a_deadline_for_the_day_after_the_dprds_last_day() {
        fixture().given(LAMANDAU.dprdRequired())
                .when(LAMANDAU.dprdRequest(), as(SECRETARIAT))
                .expectScheduledDeadline(startOf(LAST_DAY.plusDays(1)), new LastDay(LAST_DAY));
    }

    @Test
    void the_dprds_silence_after_its_last_day_counts_as_approval() {
        fixture().given(LAMANDAU.dprdRequired())
                .andGivenCommands(LAMANDAU.dprdRequest())
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)))
                .expectEvents(new DprdApprovalDeemedGiven(LAMANDAU.id, REQUESTED_ON, LAST_DAY));
    }

    @Test
    void the_dprd_has_the_whole_of_its_last_day() {
        fixture().given(LAMANDAU.dprdRequired())
                .andGivenCommands(LAMANDAU.dprdRequest())
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)).minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void a_region_may_escalate_the_dprds_silence_instead() {
        fixture(ESCALATING).given(LAMANDAU.dprdRequired())
                .andGivenCommands(LAMANDAU.dprdRequest())
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)))
                .expectEvents(new DprdResponseOverdue(LAMANDAU.id, REQUESTED_ON, LAST_DAY));
    }

    @Test
    void an_escalated_silence_still_waits_for_the_dprds_decision() {
        fixture(ESCALATING).given(then(LAMANDAU.dprdPending(), new DprdResponseOverdue(LAMANDAU.id, REQUESTED_ON, LAST_DAY)))
                .when(approval(), as(SECRETARIAT))
                .expectEvents(new DprdDecisionRecorded(LAMANDAU.id, DprdDecision.APPROVED, approval().decidedOn(),
                        approval().decisionLetter(), null));
    }

    @Test
    void a_deemed_approval_opens_the_way_to_the_pks() {
        fixture().given(then(LAMANDAU.dprdPending(), new DprdApprovalDeemedGiven(LAMANDAU.id, REQUESTED_ON, LAST_DAY),
                        LAMANDAU.implementingDraftedEvent(), new DraftApproved(LAMANDAU.id, LAMANDAU.implementingId)))
                .when(LAMANDAU.sign(LAMANDAU.implementingId, LAMANDAU.implementingSignedOn, LAMANDAU.head), as(SECRETARIAT))
                .expectEvents(LAMANDAU.signed(LAMANDAU.implementingId, DocumentKind.PKS, LAMANDAU.implementingSignedOn,
                        LAMANDAU.head));
    }

    @Test
    void the_dprds_answer_cancels_the_deadline() {
        fixture().given(LAMANDAU.dprdRequired())
                .andGivenCommands(LAMANDAU.dprdRequest(), approval())
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusYears(1)))
                .expectNoEvents()
                .expectTriggeredDeadlines()
                .expectNoScheduledDeadlines();
    }

    @Test
    void the_dprds_silence_is_acted_on_once() {
        // as when the deadline is delivered again after its flag was stored (db-scheduler runs it at least once)
        fixture(ESCALATING).given(LAMANDAU.dprdRequired())
                .andGivenCommands(LAMANDAU.dprdRequest())
                .andGiven(List.of(new DprdResponseOverdue(LAMANDAU.id, REQUESTED_ON, LAST_DAY)))
                .whenTimeAdvancesTo(startOf(LAST_DAY.plusDays(1)))
                .expectNoEvents();
    }
}
