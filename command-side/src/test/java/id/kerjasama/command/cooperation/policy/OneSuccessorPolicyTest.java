package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.CooperationId;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.CooperationScenario.uuid;
import static id.kerjasama.command.cooperation.Rule.ONE_SUCCESSOR;
import static org.assertj.core.api.Assertions.assertThat;

class OneSuccessorPolicyTest {

    private static final CooperationId SUCCESSOR = CooperationId.of(uuid("lamandau-cbi/2030"));

    @Test
    void an_implemented_cooperation_is_extended_by_another() {
        assertThat(OneSuccessorPolicy.check(LAMANDAU_CBI.id, null, true, SUCCESSOR).isAllowed()).isTrue();
    }

    @Test
    void a_cooperation_is_extended_once() {
        assertThat(OneSuccessorPolicy.check(LAMANDAU_CBI.id, SUCCESSOR, true, CooperationId.of(uuid("another")))
                .refusal().orElseThrow()).hasMessage("already extended by cooperation " + SUCCESSOR);
    }

    @Test
    void a_cooperation_never_implemented_is_not_extended() {
        assertThat(brokenRule(OneSuccessorPolicy.check(LAMANDAU_CBI.id, null, false, SUCCESSOR))).contains(ONE_SUCCESSOR);
    }

    @Test
    void a_cooperation_does_not_extend_itself() {
        assertThat(brokenRule(OneSuccessorPolicy.check(LAMANDAU_CBI.id, null, true, LAMANDAU_CBI.id))).contains(ONE_SUCCESSOR);
    }
}
