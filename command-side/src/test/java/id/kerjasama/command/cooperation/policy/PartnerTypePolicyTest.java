package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.RegionBorders;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.*;
import static id.kerjasama.cooperation.CooperationType.*;
import static org.assertj.core.api.Assertions.assertThat;

class PartnerTypePolicyTest {

    private static final RegionBorders SHIPPED = RegionBorders.shippedPlus(List.of());
    private static final Partner CBI = LAMANDAU_CBI.partner;
    private static final Partner POLTEKKES = PANGKALPINANG_POLTEKKES.partner;
    private static final Partner BANGKA = PANGKALPINANG_BANGKA.partner;
    private static final Partner LAMANDAU = new Partner(PartnerKind.REGION, "Kabupaten Lamandau", KABUPATEN_LAMANDAU, null, null);
    private static final Partner BANGKA_BELITUNG = new Partner(PartnerKind.REGION, "Provinsi Kepulauan Bangka Belitung",
            RegionCode.of("19"), null, null);

    private static Verdict fromPangkalpinang(CooperationType type, Partner partner, RegionBorders borders) {
        return PartnerTypePolicy.check(type, KOTA_PANGKAL_PINANG, partner, Initiator.REGIONAL_UNIT, borders);
    }

    @Test
    void a_business_is_a_ksdpk_partner() {
        assertThat(PartnerTypePolicy.check(KSDPK, KABUPATEN_LAMANDAU, CBI, Initiator.REGIONAL_UNIT, SHIPPED).isAllowed()).isTrue();
    }

    @Test
    void a_vertical_agency_is_a_synergy_partner_not_a_third_party() {
        assertThat(brokenRule(fromPangkalpinang(SYNERGY, POLTEKKES, SHIPPED))).isEmpty();
        assertThat(brokenRule(fromPangkalpinang(KSDPK, POLTEKKES, SHIPPED))).contains(PARTNER_KIND_FITS_TYPE);
    }

    @Test
    void a_region_is_a_ksdd_partner_only() {
        assertThat(brokenRule(fromPangkalpinang(SYNERGY, BANGKA, SHIPPED))).contains(PARTNER_KIND_FITS_TYPE);
    }

    @Test
    void a_mandatory_ksdd_needs_a_bordering_region() {
        assertThat(brokenRule(fromPangkalpinang(KSDD_MANDATORY, BANGKA, SHIPPED))).isEmpty();
        assertThat(brokenRule(fromPangkalpinang(KSDD_MANDATORY, LAMANDAU, SHIPPED))).contains(PARTNER_REGION_BORDERS);
    }

    @Test
    void a_city_borders_its_own_province() {
        assertThat(brokenRule(fromPangkalpinang(KSDD_MANDATORY, BANGKA_BELITUNG, SHIPPED))).isEmpty();
    }

    @Test
    void a_region_configures_the_borders_the_shipped_list_lacks() {
        RegionBorders configured = RegionBorders.shippedPlus(List.of("19.71-62.09"));
        assertThat(brokenRule(fromPangkalpinang(KSDD_MANDATORY, LAMANDAU, configured))).isEmpty();
    }

    @Test
    void a_voluntary_ksdd_needs_no_border() {
        assertThat(brokenRule(fromPangkalpinang(KSDD_VOLUNTARY, LAMANDAU, SHIPPED))).isEmpty();
    }

    @Test
    void a_region_cannot_cooperate_with_itself() {
        Partner itself = new Partner(PartnerKind.REGION, "Kota Pangkal Pinang", KOTA_PANGKAL_PINANG, null, null);
        assertThat(brokenRule(fromPangkalpinang(KSDD_VOLUNTARY, itself, SHIPPED))).contains(PARTNER_REGION_DIFFERS);
    }

    @Test
    void foreign_cooperation_is_not_supported_yet() {
        Partner foreign = new Partner(PartnerKind.FOREIGN_LOCAL_GOVERNMENT, "Kuching South City Council", null, null, "Malaysia");
        assertThat(brokenRule(fromPangkalpinang(KSDPL, foreign, SHIPPED))).contains(TYPE_SUPPORTED);
    }

    @Test
    void only_a_third_party_initiates_by_an_offer() {
        assertThat(PartnerTypePolicy.check(KSDPK, KABUPATEN_LAMANDAU, CBI, Initiator.PARTNER_OFFER, SHIPPED).isAllowed()).isTrue();
        assertThat(brokenRule(PartnerTypePolicy.check(SYNERGY, KOTA_PANGKAL_PINANG, POLTEKKES, Initiator.PARTNER_OFFER, SHIPPED)))
                .contains(PARTNER_OFFER_FROM_THIRD_PARTY);
    }

    @Test
    void the_partner_check_of_an_import_ignores_who_initiated() {
        assertThat(brokenRule(PartnerTypePolicy.partnerFits(KSDPK, KOTA_PANGKAL_PINANG, POLTEKKES, SHIPPED)))
                .contains(PARTNER_KIND_FITS_TYPE);
        assertThat(brokenRule(PartnerTypePolicy.partnerFits(SYNERGY, KOTA_PANGKAL_PINANG, POLTEKKES, SHIPPED))).isEmpty();
    }

    @Test
    void foreign_cooperation_is_not_imported_either() {
        assertThat(PartnerTypePolicy.supportedForImport(KSDPK).isAllowed()).isTrue();
        assertThat(brokenRule(PartnerTypePolicy.supportedForImport(KSDLL))).contains(TYPE_SUPPORTED);
    }
}
