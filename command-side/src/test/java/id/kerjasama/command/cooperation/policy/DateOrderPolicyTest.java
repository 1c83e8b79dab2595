package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.DATES_IN_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

class DateOrderPolicyTest {

    /** The Lamandau PKS was signed on 1 September 2025. */
    private static final LocalDate PKS_SIGNED_ON = LocalDate.of(2025, 9, 1);

    @Test
    void a_date_before_what_must_come_first_is_refused_naming_both() {
        Verdict verdict = DateOrderPolicy.notBefore(PKS_SIGNED_ON.minusDays(1), PKS_SIGNED_ON, "the start of implementation",
                "the signing of the first PKS");
        assertThat(brokenRule(verdict)).contains(DATES_IN_ORDER);
        assertThat(verdict.refusal().orElseThrow().getMessage())
                .isEqualTo("the start of implementation (2025-08-31) cannot be before the signing of the first PKS (2025-09-01)");
    }

    @Test
    void the_same_day_is_in_order() {
        assertThat(DateOrderPolicy.notBefore(PKS_SIGNED_ON, PKS_SIGNED_ON, "the start", "the signing").isAllowed()).isTrue();
    }

    @Test
    void nothing_to_compare_with_is_in_order() {
        assertThat(DateOrderPolicy.notBefore(PKS_SIGNED_ON, null, "the start", "the signing").isAllowed()).isTrue();
    }
}
