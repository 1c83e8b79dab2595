package id.kerjasama.actor;

import id.kerjasama.region.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionTest {

    private static final RegionCode LAMANDAU = RegionCode.of("62.09");
    private static final RegionCode PANGKAL_PINANG = RegionCode.of("19.71");

    @Test
    void a_regional_inspectorate_covers_its_own_region_only() {
        assertThat(Jurisdiction.of("62.09").covers(LAMANDAU)).isTrue();
        assertThat(Jurisdiction.of("62.09").covers(RegionCode.of("62.01"))).isFalse();
    }

    @Test
    void a_provincial_supervisor_covers_every_region_of_the_province() {
        assertThat(Jurisdiction.of("62").covers(LAMANDAU)).isTrue();
        assertThat(Jurisdiction.of("62").covers(RegionCode.of("62"))).isTrue();
        assertThat(Jurisdiction.of("62").covers(PANGKAL_PINANG)).isFalse();
    }

    @Test
    void a_national_supervisor_covers_everything() {
        assertThat(Jurisdiction.of("ID").covers(PANGKAL_PINANG)).isTrue();
        assertThat(Jurisdiction.of("ID").national()).isTrue();
        assertThat(Jurisdiction.of("ID").is(PANGKAL_PINANG)).isFalse();
    }

    @Test
    void staff_act_for_exactly_their_region() {
        assertThat(Jurisdiction.of("62").is(LAMANDAU)).isFalse();
        assertThat(Jurisdiction.of("62.09").is(LAMANDAU)).isTrue();
    }
}
