package id.kerjasama.cooperation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored for ever: being a {@link CooperationEvent} adds nothing to an event's JSON, which holds its
 * record components and nothing else, and every event type keeps a revision.
 */
class StoredFormTest {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void an_event_is_stored_as_its_record_components_only() throws Exception {
        for (Class<?> type : CooperationEvent.class.getPermittedSubclasses()) {
            CooperationEvent event = Blank.event(type.asSubclass(CooperationEvent.class));
            List<String> properties = new ArrayList<>();
            json.valueToTree(event).fieldNames().forEachRemaining(properties::add);

            assertThat(properties).as(type.getSimpleName())
                    .containsExactlyElementsOf(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        }
    }

    @Test
    void every_event_type_has_a_revision() {
        assertThat(CooperationEvent.class.getPermittedSubclasses())
                .allSatisfy(type -> assertThat(type.getAnnotation(Revision.class)).as(type.getSimpleName()).isNotNull());
    }
}
