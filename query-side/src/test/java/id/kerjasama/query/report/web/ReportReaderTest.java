package id.kerjasama.query.report.web;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Caller;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.region.RegionCode;
import id.kerjasama.web.security.NotPermitted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportReaderTest {

    private static ReportReader reader(ActorRole role, String region) {
        return new ReportReader(new Caller("x", "X", role, Jurisdiction.of(region)));
    }

    @Test
    void the_regional_head_and_the_secretariat_reach_their_own_region_and_nothing_else() {
        for (ActorRole role : new ActorRole[]{ActorRole.REGIONAL_HEAD, ActorRole.SECRETARIAT}) {
            ReportReader office = reader(role, "62.09");
            assertThatCode(() -> office.requireReaches("region", RegionCode.of("62.09"))).doesNotThrowAnyException();
            assertThatThrownBy(() -> office.requireReaches("region", RegionCode.of("62.01"))).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> office.requireReaches("region", RegionCode.of("62"))).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> office.requireReachesProvince(RegionCode.of("62"))).isInstanceOf(NotPermitted.class);
            assertThat(office.initiated().args()).containsExactly("62.09");
            assertThat(office.scope()).isEqualTo("62.09");
        }
    }

    @Test
    void a_province_s_office_reaches_the_province_s_own_figures_but_not_its_regencies() {
        ReportReader office = reader(ActorRole.SECRETARIAT, "62");
        assertThatCode(() -> office.requireReaches("region", RegionCode.of("62"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> office.requireReaches("region", RegionCode.of("62.09"))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> office.requireReachesProvince(RegionCode.of("62"))).isInstanceOf(NotPermitted.class);
    }

    @Test
    void an_inspector_reaches_every_region_of_the_jurisdiction() {
        ReportReader provincial = reader(ActorRole.INSPECTOR, "62");
        assertThatCode(() -> provincial.requireReaches("region", RegionCode.of("62.09"))).doesNotThrowAnyException();
        assertThatCode(() -> provincial.requireReachesProvince(RegionCode.of("62"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> provincial.requireReaches("region", RegionCode.of("19.71"))).isInstanceOf(NotPermitted.class);
        ReportReader national = reader(ActorRole.INSPECTOR, "ID");
        assertThatCode(() -> national.requireReaches("region", RegionCode.of("19.71"))).doesNotThrowAnyException();
        assertThat(national.initiated().args()).isEmpty();
    }
}
