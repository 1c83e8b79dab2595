package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.FindingSeverity;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.CloseAuditFinding;
import id.kerjasama.cooperation.command.RecordAuditFinding;
import id.kerjasama.cooperation.command.RecordFindingFollowUp;
import id.kerjasama.cooperation.command.StartImplementation;
import id.kerjasama.cooperation.event.AuditFindingClosed;
import id.kerjasama.cooperation.event.AuditFindingFollowedUp;
import id.kerjasama.cooperation.event.AuditFindingRecorded;
import id.kerjasama.cooperation.event.CooperationTerminated;
import id.kerjasama.cooperation.event.ImplementationStarted;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/**
 * Audit findings (inspectors: APIP, BPK, the governor's and the ministry's supervisors): recorded on the
 * events of a cooperation's history, followed up, closed; in any stage, and never changing the cooperation's course.
 */
class AuditFindingTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final String INSPECTOR = "inspektorat-lamandau";
    private static final AuditFindingId FINDING = AuditFindingId.of(uuid("lamandau-cbi/temuan-inspektorat"));
    private static final String DESCRIPTION = "PKS ditandatangani tanpa kajian tarif layanan";
    private static final LocalDate FOLLOWED_UP_ON = LocalDate.of(2026, 2, 16);

    private static RecordAuditFinding finding(List<Long> eventSequenceNumbers) {
        return new RecordAuditFinding(LAMANDAU.id, FINDING, FindingSeverity.MEDIUM, DESCRIPTION, eventSequenceNumbers);
    }

    private static AuditFindingRecorded recordedFinding() {
        return new AuditFindingRecorded(LAMANDAU.id, FINDING, FindingSeverity.MEDIUM, DESCRIPTION, List.of(0L));
    }

    private static RecordFindingFollowUp followUp() {
        return new RecordFindingFollowUp(LAMANDAU.id, FINDING, "Kajian tarif disusun RSUD", FOLLOWED_UP_ON, null);
    }

    private static CloseAuditFinding close() {
        return new CloseAuditFinding(LAMANDAU.id, FINDING, "Ditindaklanjuti dengan kajian tarif");
    }

    @Test
    void an_inspector_records_a_finding_about_events_of_the_history() {
        List<Object> history = LAMANDAU.active();
        long signing = history.size() - 2;
        fixture().given(history)
                .when(finding(List.of(signing)), as(INSPECTOR))
                .expectEvents(new AuditFindingRecorded(LAMANDAU.id, FINDING, FindingSeverity.MEDIUM, DESCRIPTION,
                        List.of(signing)));
    }

    @Test
    void a_finding_refers_only_to_events_that_happened() {
        List<Object> history = LAMANDAU.active();
        fixture().given(history)
                .when(finding(List.of(0L, (long) history.size())), as(INSPECTOR))
                .expectException(refusedUnder(FINDING_REFERS_TO_HISTORY));
    }

    @Test
    void a_finding_is_recorded_in_any_stage_even_after_the_end() {
        fixture().given(then(LAMANDAU.active(), new CooperationTerminated(LAMANDAU.id, TerminationReason.PURPOSE_ACHIEVED,
                        LocalDate.of(2026, 1, 31), "Tujuan tercapai")))
                .when(finding(List.of(0L)), as(INSPECTOR))
                .expectEvents(recordedFinding());
    }

    @Test
    void a_finding_leaves_the_cooperation_where_it_stands() {
        LocalDate startedOn = LAMANDAU.implementingSignedOn.plusDays(14);
        fixture().given(then(LAMANDAU.implementingSigned(), recordedFinding()))
                .when(new StartImplementation(LAMANDAU.id, startedOn), as(UNIT_OFFICER))
                .expectEvents(new ImplementationStarted(LAMANDAU.id, startedOn));
    }

    @Test
    void a_finding_id_is_used_once() {
        fixture().given(then(LAMANDAU.active(), recordedFinding()))
                .when(finding(List.of(0L)), as(INSPECTOR))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void a_finding_is_followed_up() {
        fixture().given(then(LAMANDAU.active(), recordedFinding()))
                .when(followUp(), as(UNIT_OFFICER))
                .expectEvents(new AuditFindingFollowedUp(LAMANDAU.id, FINDING, "Kajian tarif disusun RSUD", FOLLOWED_UP_ON, null));
    }

    @Test
    void the_inspector_closes_a_finding() {
        fixture().given(then(LAMANDAU.active(), recordedFinding()))
                .when(close(), as(INSPECTOR))
                .expectEvents(new AuditFindingClosed(LAMANDAU.id, FINDING, "Ditindaklanjuti dengan kajian tarif"));
    }

    @Test
    void a_closed_finding_takes_no_follow_up() {
        fixture().given(then(LAMANDAU.active(), recordedFinding(), new AuditFindingClosed(LAMANDAU.id, FINDING, "Selesai")))
                .when(followUp(), as(UNIT_OFFICER))
                .expectException(refusedUnder(AUDIT_FINDING_CLOSED));
    }

    @Test
    void a_finding_is_closed_once() {
        fixture().given(then(LAMANDAU.active(), recordedFinding(), new AuditFindingClosed(LAMANDAU.id, FINDING, "Selesai")))
                .when(close(), as(INSPECTOR))
                .expectException(refusedUnder(AUDIT_FINDING_CLOSED));
    }

    @Test
    void a_follow_up_answers_a_finding_of_this_cooperation() {
        fixture().given(LAMANDAU.active())
                .when(followUp(), as(UNIT_OFFICER))
                .expectException(refusedUnder(UNKNOWN_AUDIT_FINDING));
    }

    @Test
    void only_a_finding_of_this_cooperation_is_closed() {
        fixture().given(LAMANDAU.active())
                .when(close(), as(INSPECTOR))
                .expectException(refusedUnder(UNKNOWN_AUDIT_FINDING));
    }
}
