package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.SIGNED_DOCUMENT_IMMUTABLE;
import static id.kerjasama.cooperation.DocumentKind.KB;
import static org.assertj.core.api.Assertions.assertThat;

class SignedDocumentImmutablePolicyTest {

    @Test
    void a_draft_changes() {
        assertThat(SignedDocumentImmutablePolicy.check(false, KB, LAMANDAU_CBI.frameworkId).isAllowed()).isTrue();
    }

    @Test
    void a_signed_kb_is_amended_by_adendum_not_changed() {
        assertThat(brokenRule(SignedDocumentImmutablePolicy.check(true, KB, LAMANDAU_CBI.frameworkId)))
                .contains(SIGNED_DOCUMENT_IMMUTABLE);
    }
}
