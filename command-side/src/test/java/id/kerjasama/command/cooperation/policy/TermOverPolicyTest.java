package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.TERM_OVER;
import static org.assertj.core.api.Assertions.assertThat;

class TermOverPolicyTest {

    @Test
    void a_cooperation_expires_the_day_after_its_last_day() {
        var lastDay = LAMANDAU_CBI.frameworkTerm.end();
        assertThat(TermOverPolicy.check(lastDay, lastDay.plusDays(1)).isAllowed()).isTrue();
    }

    @Test
    void a_cooperation_does_not_expire_on_its_last_day() {
        var lastDay = LAMANDAU_CBI.frameworkTerm.end();
        assertThat(brokenRule(TermOverPolicy.check(lastDay, lastDay))).contains(TERM_OVER);
    }
}
