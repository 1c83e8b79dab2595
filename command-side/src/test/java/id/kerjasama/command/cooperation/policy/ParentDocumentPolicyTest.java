package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.PARENT_DOCUMENT;
import static id.kerjasama.cooperation.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class ParentDocumentPolicyTest {

    @Test
    void a_kb_has_no_parent() {
        assertThat(ParentDocumentPolicy.framework(KB, null).isAllowed()).isTrue();
        assertThat(brokenRule(ParentDocumentPolicy.framework(KB, LAMANDAU_CBI.frameworkId))).contains(PARENT_DOCUMENT);
    }

    @Test
    void a_pks_names_the_kb_of_its_cooperation() {
        assertThat(ParentDocumentPolicy.implementing(PKS, true, KB).isAllowed()).isTrue();
        assertThat(ParentDocumentPolicy.implementing(PKS, false, KB).refusal().orElseThrow())
                .hasMessage("PKS must name this cooperation's KB as parentDocumentId");
    }

    @Test
    void a_rencana_kerja_is_signed_after_its_nk() {
        assertThat(ParentDocumentPolicy.signedAfterParent(RENCANA_KERJA, true).isAllowed()).isTrue();
        assertThat(brokenRule(ParentDocumentPolicy.signedAfterParent(RENCANA_KERJA, false))).contains(PARENT_DOCUMENT);
    }
}
