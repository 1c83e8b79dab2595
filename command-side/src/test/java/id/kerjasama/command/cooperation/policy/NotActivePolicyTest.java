package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.CommandStages;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.cooperation.command.RecordActivity;
import org.junit.jupiter.api.Test;

import static id.kerjasama.command.cooperation.CooperationScenario.brokenRule;
import static id.kerjasama.command.cooperation.Rule.NOT_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

class NotActivePolicyTest {

    @Test
    void an_implemented_cooperation_records_its_activities() {
        assertThat(NotActivePolicy.active(Stage.IMPLEMENTATION, CommandStages.of(RecordActivity.class)).isAllowed()).isTrue();
    }

    @Test
    void a_cooperation_waiting_for_its_pks_records_no_activity() {
        assertThat(brokenRule(NotActivePolicy.active(Stage.IMPLEMENTING_AGREEMENT, CommandStages.of(RecordActivity.class)))).contains(NOT_ACTIVE);
    }
}
