package id.kerjasama.region;

import id.kerjasama.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionDirectoryTest {

    @Test
    void lists_38_provinces_and_514_regencies_and_cities() {
        var codes = RegionDirectory.standard().codes();
        assertThat(codes.stream().filter(code -> !code.contains("."))).hasSize(38);
        assertThat(codes.stream().filter(code -> code.contains("."))).hasSize(514);
    }

    @Test
    void knows_the_seed_regions_and_their_level() {
        Region pangkalPinang = RegionDirectory.standard().get(RegionCode.of("19.71"));
        assertThat(pangkalPinang.name()).isEqualTo("Kota Pangkal Pinang");
        assertThat(pangkalPinang.level()).isEqualTo(RegionLevel.CITY);
        assertThat(pangkalPinang.provinceCode()).isEqualTo(RegionCode.of("19"));
        assertThat(RegionDirectory.standard().get(RegionCode.of("62.09")).level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(RegionDirectory.standard().get(RegionCode.of("62")).level()).isEqualTo(RegionLevel.PROVINCE);
    }

    @Test
    void refuses_a_code_that_is_not_in_the_ministry_list() {
        assertThatThrownBy(() -> RegionCode.of("19.99"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("regionCode");
                    assertThat(e.rule()).isEqualTo("KNOWN_REGION_CODE");
                });
    }
}
