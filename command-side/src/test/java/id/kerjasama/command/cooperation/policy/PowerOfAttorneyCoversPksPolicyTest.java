package id.kerjasama.command.cooperation.policy;

import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.LAMANDAU_CBI;
import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.POWER_OF_ATTORNEY_COVERS_PKS;
import static id.kerjasama.cooperation.DocumentKind.KB;
import static id.kerjasama.cooperation.DocumentKind.PKS;
import static org.assertj.core.api.Assertions.assertThat;

class PowerOfAttorneyCoversPksPolicyTest {

    @Test
    void a_power_of_attorney_covers_a_pks() {
        assertThat(PowerOfAttorneyCoversPksPolicy.check(LAMANDAU_CBI.implementingId, PKS).isAllowed()).isTrue();
    }

    @Test
    void a_power_of_attorney_does_not_cover_the_kb() {
        assertThat(brokenRule(PowerOfAttorneyCoversPksPolicy.check(LAMANDAU_CBI.frameworkId, KB)))
                .contains(POWER_OF_ATTORNEY_COVERS_PKS);
    }
}
