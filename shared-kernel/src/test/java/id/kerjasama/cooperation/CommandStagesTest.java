package id.kerjasama.cooperation;

import id.kerjasama.KernelClasses;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.cooperation.command.RecordAuditFinding;
import id.kerjasama.cooperation.command.RecordActivity;
import id.kerjasama.cooperation.command.SubmitForAssessment;
import id.kerjasama.cooperation.command.TerminateCooperation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.kerjasama.cooperation.Stage.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every command on a cooperation has its stages, so that none is refused or offered by omission. */
class CommandStagesTest {

    @Test
    void every_command_on_a_cooperation_has_its_stages() {
        List<Class<?>> commands = KernelClasses.matching(type -> type.isRecord()
                && CooperationCommand.class.isAssignableFrom(type));
        assertThat(commands).hasSizeGreaterThan(30);
        assertThat(commands).allSatisfy(command -> assertThat(CommandStages.table()).as(command.getSimpleName())
                .containsKey(command.asSubclass(CooperationCommand.class)));
        assertThat(CommandStages.table().values()).as("a command no stage accepts").noneMatch(Set::isEmpty);
    }

    @Test
    void a_step_of_the_procedure_belongs_to_its_stage_and_audit_goes_on_after_the_end() {
        assertThat(CommandStages.of(SubmitForAssessment.class)).containsExactly(PREPARATION);
        assertThat(CommandStages.accepts(RecordActivity.class, IMPLEMENTATION)).isTrue();
        assertThat(CommandStages.accepts(TerminateCooperation.class, ENDED)).isFalse();
        assertThat(CommandStages.accepts(RecordAuditFinding.class, ENDED)).isTrue();
    }
}
