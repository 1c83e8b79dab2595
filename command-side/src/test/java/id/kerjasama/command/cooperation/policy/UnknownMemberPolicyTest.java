package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.EvaluationId;
import id.kerjasama.cooperation.command.ApproveDraft;
import id.kerjasama.cooperation.command.CloseAuditFinding;
import id.kerjasama.cooperation.command.RecordFindingFollowUp;
import id.kerjasama.cooperation.command.RegisterSignedDocument;
import id.kerjasama.cooperation.command.WithdrawCooperation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.CooperationScenario.uuid;
import static id.kerjasama.command.cooperation.Rule.*;
import static org.assertj.core.api.Assertions.assertThat;

class UnknownMemberPolicyTest {

    private static final EvaluationId EVALUATION = EvaluationId.of(uuid("lamandau-cbi/evaluation-2026"));

    @Test
    void a_part_of_this_cooperation_is_named() {
        assertThat(UnknownMemberPolicy.document(true, LAMANDAU_CBI.frameworkId).isAllowed()).isTrue();
    }

    @Test
    void each_kind_of_part_that_is_not_here_is_refused_under_its_own_rule() {
        assertThat(brokenRule(UnknownMemberPolicy.document(false, LAMANDAU_CBI.frameworkId))).contains(UNKNOWN_DOCUMENT);
        assertThat(brokenRule(UnknownMemberPolicy.powerOfAttorney(false, LAMANDAU_CBI.powerOfAttorneyId)))
                .contains(UNKNOWN_POWER_OF_ATTORNEY);
        assertThat(brokenRule(UnknownMemberPolicy.evaluation(false, EVALUATION))).contains(UNKNOWN_EVALUATION);
        assertThat(brokenRule(UnknownMemberPolicy.auditFinding(false, AuditFindingId.of(uuid("finding")))))
                .contains(UNKNOWN_AUDIT_FINDING);
    }

    @Test
    void a_command_routed_to_a_part_that_is_not_here_is_refused_as_a_look_up_by_its_id() {
        AuditFindingId finding = AuditFindingId.of(uuid("finding"));
        assertThat(refusal(UnknownMemberPolicy.routedTo(new RegisterSignedDocument(LAMANDAU_CBI.id,
                LAMANDAU_CBI.frameworkId, "KS/001/2025", "Arsip"), Verdict.allowed())))
                .isEqualTo(refusal(UnknownMemberPolicy.document(false, LAMANDAU_CBI.frameworkId)));
        assertThat(refusal(UnknownMemberPolicy.routedTo(new RecordFindingFollowUp(LAMANDAU_CBI.id, finding, "Kajian tarif",
                LocalDate.of(2026, 1, 5), null), Verdict.allowed()))).isEqualTo(refusal(UnknownMemberPolicy.auditFinding(false, finding)));
        assertThat(refusal(UnknownMemberPolicy.routedTo(new CloseAuditFinding(LAMANDAU_CBI.id, finding, "Selesai"), Verdict.allowed())))
                .isEqualTo(refusal(UnknownMemberPolicy.auditFinding(false, finding)));
    }

    @Test
    void what_the_cooperation_said_before_the_look_up_comes_first() {
        Verdict ended = Verdict.refused(COOPERATION_ENDED, "the cooperation has ended (TERMINATED)");
        assertThat(brokenRule(UnknownMemberPolicy.routedTo(new ApproveDraft(LAMANDAU_CBI.id, LAMANDAU_CBI.frameworkId),
                ended))).contains(COOPERATION_ENDED);
        assertThat(brokenRule(UnknownMemberPolicy.routedTo(new ApproveDraft(LAMANDAU_CBI.id, LAMANDAU_CBI.frameworkId),
                Verdict.allowed()))).contains(UNKNOWN_DOCUMENT);
        assertThat(brokenRule(UnknownMemberPolicy.routedTo(new CloseAuditFinding(LAMANDAU_CBI.id,
                AuditFindingId.of(uuid("finding")), "Selesai"), Verdict.allowed()))).contains(UNKNOWN_AUDIT_FINDING);
    }

    @Test
    void a_command_the_cooperation_handles_itself_is_not_judged_here() {
        assertThat(UnknownMemberPolicy.routedTo(new WithdrawCooperation(LAMANDAU_CBI.id, "Mitra mundur"),
                Verdict.allowed()).isAllowed())
                .isTrue();
    }

    @Test
    void follow_up_actions_count_from_one() {
        assertThat(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 1).isAllowed()).isTrue();
        assertThat(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 2).isAllowed()).isTrue();
        assertThat(brokenRule(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 0))).contains(UNKNOWN_FOLLOW_UP_ACTION);
        assertThat(brokenRule(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 3))).contains(UNKNOWN_FOLLOW_UP_ACTION);
    }

    /** The rule and reason of a refusal: what reaches the caller. */
    private static Optional<String> refusal(Verdict verdict) {
        return verdict.refusal().map(refused -> refused.rule() + ": " + refused.getMessage());
    }
}
