package id.kerjasama.query.inspection;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.query.inspection.LabelRules.Instrument;
import id.kerjasama.query.inspection.LabelRules.MismatchKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelRulesTest {

    @Test
    void a_label_names_its_instrument_whatever_its_case_accents_or_punctuation() {
        assertThat(LabelRules.instrumentOf("Kesepakatan Bersama")).contains(Instrument.KB);
        assertThat(LabelRules.instrumentOf("KESEPAKATAN-BERSAMA (KB)")).contains(Instrument.KB);
        assertThat(LabelRules.instrumentOf("MoU")).contains(Instrument.MOU);
        assertThat(LabelRules.instrumentOf("Nota Kesepahaman")).contains(Instrument.MOU);
        assertThat(LabelRules.instrumentOf("Perjanjian Kerjasama")).contains(Instrument.PKS);
        assertThat(LabelRules.instrumentOf("nota kesepakatan")).contains(Instrument.NK);
        assertThat(LabelRules.instrumentOf("Piagam")).isEmpty();
        assertThat(LabelRules.instrumentOf(null)).isEmpty();
        // an abbreviation counts only as a whole word
        assertThat(LabelRules.instrumentOf("Kebersihan")).isEmpty();
    }

    @Test
    void a_kesepakatan_bersama_signed_with_a_ministry_work_unit_is_a_mismatch_twice() {
        var found = LabelRules.mismatches(CooperationType.SYNERGY, PartnerKind.VERTICAL_AGENCY, "Kesepakatan Bersama",
                List.of(DocumentKind.KB));
        assertThat(found).extracting(LabelRules.Mismatch::kind)
                .containsExactly(MismatchKind.LABEL_NOT_INSTRUMENT_OF_TYPE, MismatchKind.DOCUMENT_NOT_INSTRUMENT_OF_TYPE);
        assertThat(found.get(0).en()).contains("Kesepakatan Bersama", "synergy");
        assertThat(found.get(0).id()).contains("instansi vertikal");
    }

    @Test
    void media_mou_for_a_domestic_cooperation_is_a_mismatch() {
        assertThat(LabelRules.mismatches(CooperationType.KSDPK, PartnerKind.BUSINESS, "MoU", List.of()))
                .extracting(LabelRules.Mismatch::kind).containsExactly(MismatchKind.LABEL_NOT_INSTRUMENT_OF_TYPE);
    }

    @Test
    void the_right_label_and_instruments_for_the_type_are_no_mismatch() {
        assertThat(LabelRules.mismatches(CooperationType.KSDPK, PartnerKind.BUSINESS, "Perjanjian Kerja Sama",
                List.of(DocumentKind.KB, DocumentKind.PKS, DocumentKind.ADENDUM))).isEmpty();
        assertThat(LabelRules.mismatches(CooperationType.SYNERGY, PartnerKind.CENTRAL_GOVERNMENT, "Nota Kesepakatan",
                List.of(DocumentKind.NK, DocumentKind.RENCANA_KERJA))).isEmpty();
        assertThat(LabelRules.mismatches(CooperationType.KSDD_VOLUNTARY, PartnerKind.REGION, "Piagam", List.of())).isEmpty();
    }

    @Test
    void a_partner_of_the_wrong_kind_for_the_type_is_a_mismatch() {
        assertThat(LabelRules.mismatches(CooperationType.KSDPK, PartnerKind.VERTICAL_AGENCY, null, List.of()))
                .extracting(LabelRules.Mismatch::kind).containsExactly(MismatchKind.PARTNER_NOT_OF_TYPE);
    }
}
