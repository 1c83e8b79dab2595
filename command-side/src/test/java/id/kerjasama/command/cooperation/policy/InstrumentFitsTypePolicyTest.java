package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.INSTRUMENT_FITS_TYPE;
import static id.kerjasama.cooperation.CooperationType.KSDPK;
import static id.kerjasama.cooperation.CooperationType.SYNERGY;
import static id.kerjasama.cooperation.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class InstrumentFitsTypePolicyTest {

    @Test
    void a_ksdpk_is_agreed_in_a_kb_and_pks() {
        assertThat(InstrumentFitsTypePolicy.drafted(KSDPK, KB, KB).isAllowed()).isTrue();
        assertThat(InstrumentFitsTypePolicy.drafted(KSDPK, KB, PKS).isAllowed()).isTrue();
        assertThat(brokenRule(InstrumentFitsTypePolicy.drafted(KSDPK, KB, RENCANA_KERJA))).contains(INSTRUMENT_FITS_TYPE);
    }

    @Test
    void a_synergy_is_agreed_in_an_nk_and_rencana_kerja() {
        assertThat(InstrumentFitsTypePolicy.drafted(SYNERGY, NK, RENCANA_KERJA).isAllowed()).isTrue();
        assertThat(brokenRule(InstrumentFitsTypePolicy.drafted(SYNERGY, NK, KB))).contains(INSTRUMENT_FITS_TYPE);
    }

    @Test
    void a_power_of_attorney_is_for_the_pks_under_a_kb() {
        assertThat(InstrumentFitsTypePolicy.powerOfAttorney(KB).isAllowed()).isTrue();
        assertThat(brokenRule(InstrumentFitsTypePolicy.powerOfAttorney(NK))).contains(INSTRUMENT_FITS_TYPE);
    }

    @Test
    void a_kb_signed_for_a_synergy_does_not_fit_its_type() {
        assertThat(InstrumentFitsTypePolicy.signed(KSDPK, KB).isAllowed()).isTrue();
        assertThat(InstrumentFitsTypePolicy.signed(SYNERGY, KB).refusal().orElseThrow())
                .hasMessage("a KB was signed for a SYNERGY cooperation, which uses a NK");
    }
}
