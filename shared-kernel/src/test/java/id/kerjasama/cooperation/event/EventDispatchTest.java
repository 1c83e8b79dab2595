package id.kerjasama.cooperation.event;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dispatch names every event type it neither handles nor ignores, and applies only what it handles. */
class EventDispatchTest {

    @Test
    void a_dispatch_names_each_event_type_it_neither_handles_nor_ignores() {
        EventDispatch<List<String>> dispatch = new EventDispatch<List<String>>()
                .on(AssessmentStarted.class, (seen, e) -> seen.add("started"))
                .ignoring("a test", SubmittedForAssessment.class);

        assertThat(dispatch.unaccounted())
                .doesNotContain(AssessmentStarted.class, SubmittedForAssessment.class)
                .hasSize(CooperationEvent.class.getPermittedSubclasses().length - 2)
                .contains(CooperationInitiated.class, SignedAgreementImported.class);
    }

    @Test
    void every_event_record_of_the_published_language_is_a_cooperation_event() {
        assertThat(CooperationEvent.class.getPermittedSubclasses()).allSatisfy(type -> assertThat(type.isRecord()).isTrue());
        assertThat(Arrays.stream(CooperationEvent.class.getPermittedSubclasses()).map(Class::getPackageName).distinct())
                .containsExactly(CooperationEvent.class.getPackageName());
    }

    @Test
    void only_a_handled_event_type_is_applied() {
        EventDispatch<List<String>> dispatch = new EventDispatch<List<String>>()
                .on(AssessmentStarted.class, (seen, e) -> seen.add("started"))
                .ignoring("a test", SubmittedForAssessment.class);
        List<String> seen = new ArrayList<>();

        assertThat(dispatch.apply(seen, Blank.event(AssessmentStarted.class))).isTrue();
        assertThat(dispatch.apply(seen, Blank.event(SubmittedForAssessment.class))).isFalse();
        assertThat(dispatch.apply(seen, "an event this version does not know")).isFalse();
        assertThat(seen).containsExactly("started");
    }

    @Test
    void an_event_type_is_accounted_for_once() {
        assertThatThrownBy(() -> new EventDispatch<>().on(AssessmentStarted.class, (c, e) -> { })
                .ignoring("twice", AssessmentStarted.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AssessmentStarted");
    }
}
