package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.FINDING_REFERS_TO_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

class AuditFindingPolicyTest {

    @Test
    void a_finding_refers_to_events_from_the_first_to_the_latest() {
        assertThat(AuditFindingPolicy.refersToHistory(List.of(0L, 7L), 7).isAllowed()).isTrue();
    }

    @Test
    void a_finding_does_not_refer_to_events_that_did_not_happen() {
        assertThat(brokenRule(AuditFindingPolicy.refersToHistory(List.of(3L, 8L), 7))).contains(FINDING_REFERS_TO_HISTORY);
    }
}
