package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.CooperationRefused;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.TERM_MAXIMUM;
import static id.kerjasama.command.cooperation.Rule.TERM_WITHIN_FRAMEWORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictTest {

    @Test
    void all_rules_must_hold_and_the_first_refusal_is_reported() {
        Verdict verdict = Verdict.allowed()
                .and(Verdict.refused(TERM_MAXIMUM, "too long"))
                .and(Verdict.refused(TERM_WITHIN_FRAMEWORK, "outside"));
        assertThat(brokenRule(verdict)).contains(TERM_MAXIMUM);
    }

    @Test
    void a_refusal_is_thrown_with_its_rule_and_reason() {
        assertThatThrownBy(() -> Verdict.when(true, TERM_MAXIMUM, "too long").orThrow())
                .isInstanceOf(CooperationRefused.class)
                .hasMessage("too long")
                .extracting(thrown -> ((CooperationRefused) thrown).rule()).isEqualTo(TERM_MAXIMUM);
    }

    @Test
    void an_allowed_verdict_throws_nothing() {
        assertThatCode(() -> Verdict.when(false, TERM_MAXIMUM, "too long").orThrow()).doesNotThrowAnyException();
    }
}
