package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentKind;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.ONE_FRAMEWORK_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;

class OneFrameworkDocumentPolicyTest {

    @Test
    void the_first_kb_is_drafted() {
        assertThat(OneFrameworkDocumentPolicy.check(false, DocumentKind.KB).isAllowed()).isTrue();
    }

    @Test
    void a_second_kb_is_not() {
        assertThat(brokenRule(OneFrameworkDocumentPolicy.check(true, DocumentKind.KB))).contains(ONE_FRAMEWORK_DOCUMENT);
    }
}
