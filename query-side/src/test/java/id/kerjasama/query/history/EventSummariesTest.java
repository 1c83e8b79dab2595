package id.kerjasama.query.history;

import id.kerjasama.cooperation.event.CooperationEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type reads in the history as a line of its own, not as the bare name of its type. */
class EventSummariesTest {

    @Test
    void every_event_type_has_a_summary_of_its_own() {
        assertThat(Arrays.stream(CooperationEvent.class.getPermittedSubclasses())
                .filter(type -> !EventSummaries.summarised().contains(type)))
                .as("write a summary, in Indonesian and English, for each new event type").isEmpty();
    }
}
