package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.DprdDecision;
import id.kerjasama.cooperation.TerminationReason;
import id.kerjasama.cooperation.command.DetermineDprdApprovalRequirement;
import id.kerjasama.cooperation.command.RecordDprdDecision;
import id.kerjasama.cooperation.event.DprdApprovalRequested;
import id.kerjasama.cooperation.event.DprdApprovalRequirementDetermined;
import id.kerjasama.cooperation.event.DprdDecisionRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;

/** Approval by the DPRD (persetujuan DPRD, PP 28/2018): whether it is required, the request, the decision. */
class DprdApprovalTest {

    private static final CooperationScenario LAMANDAU = LAMANDAU_CBI;
    private static final LocalDate REQUESTED_ON = LocalDate.of(2025, 7, 10);
    private static final LocalDate DECIDED_ON = LocalDate.of(2025, 8, 20);

    private FixtureConfiguration<Cooperation> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static DetermineDprdApprovalRequirement determine(boolean burdens, boolean funded) {
        return new DetermineDprdApprovalRequirement(LAMANDAU.id, burdens, funded, null);
    }

    private static RecordDprdDecision decision(DprdDecision decision) {
        return new RecordDprdDecision(LAMANDAU.id, decision, DECIDED_ON, file("keputusan-dprd-lamandau.pdf"), null);
    }

    @Test
    void the_dprd_must_approve_when_the_funding_is_not_in_this_years_budget() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(determine(false, false), as(SECRETARIAT))
                .expectEvents(new DprdApprovalRequirementDetermined(LAMANDAU.id, false, false, true, null));
    }

    @Test
    void the_dprd_must_approve_when_the_cooperation_burdens_the_public_and_the_region() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(determine(true, true), as(SECRETARIAT))
                .expectEvents(new DprdApprovalRequirementDetermined(LAMANDAU.id, true, true, true, null));
    }

    @Test
    void no_dprd_approval_is_required_for_a_budgeted_cooperation_that_burdens_no_one() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(determine(false, true), as(SECRETARIAT))
                .expectEvents(new DprdApprovalRequirementDetermined(LAMANDAU.id, false, true, false, null));
    }

    @Test
    void the_dprd_requirement_is_determined_after_the_kb_is_signed() {
        fixture.given(LAMANDAU.frameworkApproved())
                .when(determine(false, false), as(SECRETARIAT))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void the_dprd_requirement_is_determined_once() {
        fixture.given(LAMANDAU.dprdRequired())
                .when(determine(false, true), as(SECRETARIAT))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void the_request_gives_the_dprd_45_days_to_answer() {
        fixture.given(LAMANDAU.dprdRequired())
                .when(LAMANDAU.dprdRequest(), as(SECRETARIAT))
                .expectEvents(new DprdApprovalRequested(LAMANDAU.id, file("surat-permohonan-dprd.pdf"), REQUESTED_ON,
                        LocalDate.of(2025, 8, 24)));
    }

    @Test
    void the_dprd_deadline_is_configurable() {
        fixture(new CooperationRules(5, 30, EnumSet.allOf(TerminationReason.class), List.of()))
                .given(LAMANDAU.dprdRequired())
                .when(LAMANDAU.dprdRequest(), as(SECRETARIAT))
                .expectEvents(new DprdApprovalRequested(LAMANDAU.id, file("surat-permohonan-dprd.pdf"), REQUESTED_ON,
                        REQUESTED_ON.plusDays(30)));
    }

    @Test
    void the_dprd_is_asked_only_once_it_is_known_that_it_must_approve() {
        fixture.given(LAMANDAU.frameworkSigned())
                .when(LAMANDAU.dprdRequest(), as(SECRETARIAT))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void the_dprd_is_asked_once() {
        fixture.given(LAMANDAU.dprdPending())
                .when(LAMANDAU.dprdRequest(), as(SECRETARIAT))
                .expectException(refusedUnder(STEP_ALREADY_TAKEN));
    }

    @Test
    void the_dprd_approves() {
        fixture.given(LAMANDAU.dprdPending())
                .when(decision(DprdDecision.APPROVED), as(SECRETARIAT))
                .expectEvents(new DprdDecisionRecorded(LAMANDAU.id, DprdDecision.APPROVED, DECIDED_ON,
                        file("keputusan-dprd-lamandau.pdf"), null));
    }

    @Test
    void no_dprd_decision_is_recorded_before_it_was_asked() {
        fixture.given(LAMANDAU.dprdRequired())
                .when(decision(DprdDecision.APPROVED), as(SECRETARIAT))
                .expectException(refusedUnder(STAGE_ORDER));
    }

    @Test
    void a_dprd_rejection_ends_the_cooperation() {
        fixture.given(then(LAMANDAU.dprdPending(), new DprdDecisionRecorded(LAMANDAU.id, DprdDecision.REJECTED, DECIDED_ON, null, null)))
                .when(LAMANDAU.draft(LAMANDAU.implementingId, LAMANDAU.implementingKind, LAMANDAU.frameworkId,
                        LAMANDAU.implementingTerm), as(UNIT_OFFICER))
                .expectException(refusedUnder(COOPERATION_ENDED));
    }
}
