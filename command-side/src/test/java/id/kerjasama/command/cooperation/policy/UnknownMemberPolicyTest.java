package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.AuditFindingId;
import id.kerjasama.cooperation.EvaluationId;
import org.junit.jupiter.api.Test;

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
    void follow_up_actions_count_from_one() {
        assertThat(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 1).isAllowed()).isTrue();
        assertThat(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 2).isAllowed()).isTrue();
        assertThat(brokenRule(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 0))).contains(UNKNOWN_FOLLOW_UP_ACTION);
        assertThat(brokenRule(UnknownMemberPolicy.followUpAction(EVALUATION, 2, 3))).contains(UNKNOWN_FOLLOW_UP_ACTION);
    }
}
