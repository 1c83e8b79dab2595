package id.kerjasama.query.cooperation;

import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.validation.Require;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerKeyTest {

    @Test
    void a_short_name_keeps_its_readable_key() {
        assertThat(CooperationHistory.partnerKey(new Partner(PartnerKind.BUSINESS, "PT Citra Borneo Indah (CBI) Group", null, null, null)))
                .isEqualTo("business:pt-citra-borneo-indah-cbi-group");
    }

    @Test
    void the_longest_name_the_command_side_accepts_fits_the_key_column_even_when_its_decomposition_is_longer() {
        // U+FB03 (the "ffi" ligature) decomposes into three letters: 4,000 of them become 12,000
        String longest = "\uFB03".repeat(Require.MAX_TEXT);
        String key = CooperationHistory.partnerKey(new Partner(PartnerKind.BUSINESS, longest, null, null, null));
        String other = CooperationHistory.partnerKey(new Partner(PartnerKind.BUSINESS, longest.substring(1) + "x", null, null, null));
        assertThat(key).hasSizeLessThanOrEqualTo(CooperationHistory.PARTNER_KEY_MAX).startsWith("business:ffiffi").contains("~");
        assertThat(other).hasSizeLessThanOrEqualTo(CooperationHistory.PARTNER_KEY_MAX).isNotEqualTo(key);
        assertThat(CooperationHistory.partnerKey(new Partner(PartnerKind.BUSINESS, longest, null, null, null))).isEqualTo(key);
    }
}
