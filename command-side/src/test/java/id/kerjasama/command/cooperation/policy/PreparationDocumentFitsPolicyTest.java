package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.PREPARATION_DOCUMENT_FITS;
import static id.kerjasama.cooperation.Initiator.PARTNER_OFFER;
import static id.kerjasama.cooperation.Initiator.REGIONAL_UNIT;
import static id.kerjasama.cooperation.PreparationDocumentKind.PARTNER_OFFER_LETTER;
import static id.kerjasama.cooperation.PreparationDocumentKind.TERMS_OF_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

class PreparationDocumentFitsPolicyTest {

    @Test
    void a_partners_offer_opens_the_cooperation_it_initiated() {
        assertThat(PreparationDocumentFitsPolicy.check(PARTNER_OFFER_LETTER, PARTNER_OFFER).isAllowed()).isTrue();
    }

    @Test
    void a_units_initiative_has_no_offer_letter() {
        assertThat(brokenRule(PreparationDocumentFitsPolicy.check(PARTNER_OFFER_LETTER, REGIONAL_UNIT)))
                .contains(PREPARATION_DOCUMENT_FITS);
        assertThat(PreparationDocumentFitsPolicy.check(TERMS_OF_REFERENCE, REGIONAL_UNIT).isAllowed()).isTrue();
    }
}
