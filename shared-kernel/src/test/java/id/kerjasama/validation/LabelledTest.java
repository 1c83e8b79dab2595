package id.kerjasama.validation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every enum of the published language has its Indonesian term and English label in labels.properties. */
class LabelledTest {

    @Test
    void every_labelled_enum_value_has_a_term_and_a_label() throws Exception {
        List<Class<?>> enums = labelledEnums();
        assertThat(enums).hasSizeGreaterThan(15);
        for (Class<?> type : enums) {
            for (Object value : type.getEnumConstants()) {
                Labelled labelled = (Labelled) value;
                assertThat(labelled.term()).as(type.getSimpleName() + "." + labelled.name()).isNotBlank();
                assertThat(labelled.label()).as(type.getSimpleName() + "." + labelled.name()).isNotBlank();
            }
        }
    }

    private static List<Class<?>> labelledEnums() throws IOException, URISyntaxException {
        Path classes = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replace(".class", ""))
                    .map(LabelledTest::load)
                    .filter(type -> type.isEnum() && Labelled.class.isAssignableFrom(type))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
