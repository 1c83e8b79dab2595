package id.kerjasama.validation;

import id.kerjasama.KernelClasses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every enum of the published language has its Indonesian term and English label in labels.properties. */
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
}
