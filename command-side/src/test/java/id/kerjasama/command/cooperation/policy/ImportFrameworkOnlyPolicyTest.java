package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.IMPORT_FRAMEWORK_ONLY;
import static id.kerjasama.cooperation.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class ImportFrameworkOnlyPolicyTest {

    @Test
    void a_signed_kb_or_nk_is_imported() {
        assertThat(ImportFrameworkOnlyPolicy.check(KB).isAllowed()).isTrue();
        assertThat(ImportFrameworkOnlyPolicy.check(NK).isAllowed()).isTrue();
    }

    @Test
    void a_pks_is_not_imported_on_its_own() {
        assertThat(brokenRule(ImportFrameworkOnlyPolicy.check(PKS))).contains(IMPORT_FRAMEWORK_ONLY);
        assertThat(brokenRule(ImportFrameworkOnlyPolicy.check(ADENDUM))).contains(IMPORT_FRAMEWORK_ONLY);
    }
}
