package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.AuditFindingId;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.CooperationScenario.uuid;
import static id.kerjasama.command.cooperation.Rule.AUDIT_FINDING_CLOSED;
import static org.assertj.core.api.Assertions.assertThat;

class AuditFindingClosedPolicyTest {

    private static final AuditFindingId FINDING = AuditFindingId.of(uuid("lamandau-cbi/finding"));

    @Test
    void an_open_finding_is_followed_up_and_closed() {
        assertThat(AuditFindingClosedPolicy.check(false, FINDING).isAllowed()).isTrue();
    }

    @Test
    void a_closed_finding_takes_nothing_further() {
        assertThat(brokenRule(AuditFindingClosedPolicy.check(true, FINDING))).contains(AUDIT_FINDING_CLOSED);
    }
}
