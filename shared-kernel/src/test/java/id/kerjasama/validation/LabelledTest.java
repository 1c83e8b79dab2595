package id.kerjasama.validation;

import id.kerjasama.KernelClasses;
import id.kerjasama.contact.command.DirectoryCommand;
import id.kerjasama.cooperation.command.CooperationCommand;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every enum and every command of the published language has its Indonesian term and English label in labels.properties. */
class LabelledTest {

    @Test
    void every_labelled_enum_value_has_a_term_and_a_label() {
        List<Class<?>> enums = KernelClasses.matching(type -> type.isEnum() && Labelled.class.isAssignableFrom(type));
        assertThat(enums).hasSizeGreaterThan(15);
        for (Class<?> type : enums) {
            for (Object value : type.getEnumConstants()) {
                Labelled labelled = (Labelled) value;
                assertThat(labelled.term()).as(type.getSimpleName() + "." + labelled.name()).isNotBlank();
                assertThat(labelled.label()).as(type.getSimpleName() + "." + labelled.name()).isNotBlank();
            }
        }
    }

    @Test
    void every_command_has_a_term_and_a_label() throws IOException {
        Properties labels = new Properties();
        try (InputStream in = Labelled.class.getResourceAsStream("/id/kerjasama/labels.properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Class<?>> commands = KernelClasses.matching(type -> type.isRecord()
                && (CooperationCommand.class.isAssignableFrom(type) || DirectoryCommand.class.isAssignableFrom(type)));
        assertThat(commands).hasSizeGreaterThan(40);
        for (Class<?> command : commands) {
            String key = "Command." + command.getSimpleName();
            assertThat(labels.getProperty(key)).as(key).matches("[^|]+\\|[^|]+");
        }
    }
}
