package id.kerjasama.query.inspection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event type raises or answers a flag, or is listed as doing neither. */
class FlagRulesTest {

    @Test
    void every_event_type_raises_or_answers_a_flag_or_is_listed_as_doing_neither() {
        assertThat(FlagRules.rules().unaccounted())
                .as("give each new event type its flag rule, or list it as raising and answering none").isEmpty();
    }
}
