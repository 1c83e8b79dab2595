package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.ExemptionId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.CooperationScenario.uuid;
import static id.kerjasama.command.cooperation.Rule.EXEMPTION_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

class ExemptionActivePolicyTest {

    private static final ExemptionId EXEMPTION = ExemptionId.of(uuid("lamandau-cbi/exemption"));
    private static final LocalDate UNTIL = LocalDate.of(2028, 2, 15);

    @Test
    void an_exemption_is_lifted_up_to_its_last_day() {
        assertThat(ExemptionActivePolicy.check(false, UNTIL, UNTIL, EXEMPTION).isAllowed()).isTrue();
    }

    @Test
    void a_lifted_exemption_is_not_lifted_again() {
        assertThat(brokenRule(ExemptionActivePolicy.check(true, UNTIL, UNTIL.minusDays(1), EXEMPTION)))
                .contains(EXEMPTION_ACTIVE);
    }

    @Test
    void an_exemption_past_its_last_day_withholds_nothing_to_lift() {
        assertThat(brokenRule(ExemptionActivePolicy.check(false, UNTIL, UNTIL.plusDays(1), EXEMPTION)))
                .contains(EXEMPTION_ACTIVE);
    }
}
