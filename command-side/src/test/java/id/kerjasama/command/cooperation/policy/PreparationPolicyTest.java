package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.PreparationDocumentKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.PREPARATION_COMPLETE;
import static id.kerjasama.cooperation.PreparationDocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class PreparationPolicyTest {

    private static Verdict ready(CooperationType type, Initiator initiator, boolean liaison, PreparationDocumentKind... attached) {
        EnumSet<PreparationDocumentKind> documents = EnumSet.noneOf(PreparationDocumentKind.class);
        documents.addAll(List.of(attached));
        return PreparationPolicy.readyForAssessment(type, initiator, documents, liaison);
    }

    @Test
    void a_ksdpk_is_ready_with_terms_of_reference_feasibility_study_and_liaison_officer() {
        assertThat(ready(CooperationType.KSDPK, Initiator.REGIONAL_UNIT, true, TERMS_OF_REFERENCE, FEASIBILITY_STUDY).isAllowed())
                .isTrue();
    }

    @Test
    void a_ksdpk_needs_a_feasibility_study() {
        Verdict verdict = ready(CooperationType.KSDPK, Initiator.REGIONAL_UNIT, true, TERMS_OF_REFERENCE);
        assertThat(brokenRule(verdict)).contains(PREPARATION_COMPLETE);
        assertThat(verdict.refusal().orElseThrow()).hasMessageContaining("FEASIBILITY_STUDY");
    }

    @Test
    void a_synergy_needs_no_feasibility_study() {
        assertThat(ready(CooperationType.SYNERGY, Initiator.REGIONAL_UNIT, true, TERMS_OF_REFERENCE).isAllowed()).isTrue();
    }

    @Test
    void a_unit_initiative_needs_its_terms_of_reference() {
        Verdict verdict = ready(CooperationType.KSDD_VOLUNTARY, Initiator.REGIONAL_UNIT, true);
        assertThat(verdict.refusal().orElseThrow()).hasMessageContaining("TERMS_OF_REFERENCE");
    }

    @Test
    void a_partner_offer_opens_with_the_offer_letter_instead_of_terms_of_reference() {
        assertThat(ready(CooperationType.KSDPK, Initiator.PARTNER_OFFER, true, PARTNER_OFFER_LETTER, FEASIBILITY_STUDY).isAllowed())
                .isTrue();
        assertThat(brokenRule(ready(CooperationType.KSDPK, Initiator.PARTNER_OFFER, true, TERMS_OF_REFERENCE, FEASIBILITY_STUDY)))
                .contains(PREPARATION_COMPLETE);
    }

    @Test
    void a_submission_needs_a_liaison_officer() {
        Verdict verdict = ready(CooperationType.SYNERGY, Initiator.REGIONAL_UNIT, false, TERMS_OF_REFERENCE);
        assertThat(verdict.refusal().orElseThrow()).hasMessageContaining("LIAISON_OFFICER");
    }
}
