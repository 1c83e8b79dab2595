package id.kerjasama.command.eventstore;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.kerjasama.contact.ContactId;
import id.kerjasama.contact.command.RemoveContact;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.cooperation.command.SubmitForAssessment;
import id.kerjasama.region.RegionCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedVersionTargetResolverTest {

    private final ExpectedVersionTargetResolver resolver = new ExpectedVersionTargetResolver();

    /** The resolver names a command's cooperation without asking the annotation: both must be the same component. */
    @Test
    void every_command_on_a_cooperation_marks_its_cooperation_id_as_the_target() {
        List<Class<?>> commands = new ClassFileImporter().importPackages("id.kerjasama.cooperation.command").stream()
                .<Class<?>>map(JavaClass::reflect)
                .filter(type -> type.isRecord() && CooperationCommand.class.isAssignableFrom(type)).toList();
        assertThat(commands).hasSizeGreaterThan(30);
        // the annotation applies to fields and methods, so a record keeps it on its component's field
        assertThat(commands).allSatisfy(command -> assertThat(Arrays.stream(command.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class))
                .map(Field::getName)).as(command.getSimpleName()).containsExactly("cooperationId"));
    }

    @Test
    void a_command_on_a_cooperation_targets_it_at_the_version_its_metadata_expects() {
        String id = UUID.randomUUID().toString();

        VersionedAggregateIdentifier any = resolve(new SubmitForAssessment(CooperationId.of(id)), MetaData.emptyInstance());
        VersionedAggregateIdentifier expected = resolve(new SubmitForAssessment(CooperationId.of(id)),
                MetaData.with(ExpectedVersionTargetResolver.EXPECTED_VERSION, 7));

        assertThat(any.getIdentifier()).isEqualTo(id);
        assertThat(any.getVersion()).isNull();
        assertThat(expected.getIdentifier()).isEqualTo(id);
        assertThat(expected.getVersion()).isEqualTo(7L);
    }

    @Test
    void any_other_command_is_targeted_by_its_annotation() {
        RemoveContact command = new RemoveContact(RegionCode.of("62.09"), ContactId.of(UUID.randomUUID().toString()));

        assertThat(resolve(command, MetaData.emptyInstance()).getIdentifier()).isEqualTo("62.09");
    }

    private VersionedAggregateIdentifier resolve(Object command, MetaData metaData) {
        return resolver.resolveTarget(new GenericCommandMessage<>(command, metaData));
    }
}
