package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.TerminationReason;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.TERMINATION_REASON_ACCEPTED;
import static id.kerjasama.cooperation.TerminationReason.*;
import static org.assertj.core.api.Assertions.assertThat;

class TerminationPolicyTest {

    private static final EnumSet<TerminationReason> LAMANDAU_LIST = EnumSet.of(MUTUAL_AGREEMENT, PURPOSE_ACHIEVED, FORCE_MAJEURE);

    @Test
    void a_reason_on_the_accepted_list_ends_a_cooperation() {
        assertThat(TerminationPolicy.check(PURPOSE_ACHIEVED, LAMANDAU_LIST).isAllowed()).isTrue();
    }

    @Test
    void a_reason_off_the_list_is_refused() {
        assertThat(brokenRule(TerminationPolicy.check(HARM_TO_NATIONAL_INTEREST, LAMANDAU_LIST)))
                .contains(TERMINATION_REASON_ACCEPTED);
    }
}
