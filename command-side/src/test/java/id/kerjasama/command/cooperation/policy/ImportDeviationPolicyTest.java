package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.RegionBorders;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Term;
import id.kerjasama.cooperation.command.ImportSignedAgreement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.PANGKALPINANG_POLTEKKES;
import static org.assertj.core.api.Assertions.assertThat;

class ImportDeviationPolicyTest {

    private static final RegionBorders BORDERS = RegionBorders.shippedPlus(List.of());

    @Test
    void an_agreement_that_met_the_rules_has_no_deviation() {
        ImportSignedAgreement kb = LAMANDAU_CBI.importOf(CooperationType.KSDPK, DocumentKind.KB, LAMANDAU_CBI.head);
        assertThat(ImportDeviationPolicy.deviations(kb, BORDERS, 5)).isEmpty();
    }

    @Test
    void the_pangkalpinang_poltekkes_kb_deviates_in_its_instrument() {
        ImportSignedAgreement kb = PANGKALPINANG_POLTEKKES.importOf(CooperationType.SYNERGY, DocumentKind.KB,
                PANGKALPINANG_POLTEKKES.head);
        assertThat(ImportDeviationPolicy.deviations(kb, BORDERS, 5))
                .containsExactly("INSTRUMENT_FITS_TYPE: a KB was signed for a SYNERGY cooperation, which uses a NK");
    }

    @Test
    void every_rule_an_old_agreement_broke_is_recorded_in_order() {
        Term tenYears = new Term(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31), null);
        ImportSignedAgreement kb = PANGKALPINANG_POLTEKKES.importOf(CooperationType.KSDPK, DocumentKind.NK,
                PANGKALPINANG_POLTEKKES.mandatedSignatory(PANGKALPINANG_POLTEKKES.mandatedOfficial.name()), tenYears,
                LocalDate.of(2015, 1, 1));
        assertThat(ImportDeviationPolicy.deviations(kb, BORDERS, 5))
                .extracting(deviation -> deviation.substring(0, deviation.indexOf(':')))
                .containsExactly("PARTNER_KIND_FITS_TYPE", "INSTRUMENT_FITS_TYPE", "TERM_MAXIMUM", "SIGNING_AUTHORITY");
    }
}
