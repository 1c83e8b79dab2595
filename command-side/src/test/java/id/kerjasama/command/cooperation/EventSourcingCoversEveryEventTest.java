package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.StageTransitions;
import id.kerjasama.cooperation.event.AuditFindingFollowedUp;
import id.kerjasama.cooperation.event.BudgetRealisationRecorded;
import id.kerjasama.cooperation.event.CooperationEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cooperation, or one of its child entities, sources its state from every event type, or the type is listed here
 * with the reason no state of the aggregate depends on it; and the cooperation itself, which holds the stage, sources
 * every event that moves the stage.
 */
class EventSourcingCoversEveryEventTest {

    /** Event types no rule of the aggregate looks at, and why. */
    private static final Map<Class<? extends CooperationEvent>, String> NOT_SOURCED = Map.of(
            AuditFindingFollowedUp.class, "a finding stays open, whatever was done about it, until it is closed",
            BudgetRealisationRecorded.class, "money spent is reported; no command decides on it");

    @Test
    void every_event_type_is_sourced_or_listed_with_why_no_state_depends_on_it() {
        Set<Class<?>> sourced = sourcedBy(Cooperation.class, new HashSet<>());

        assertThat(Arrays.stream(CooperationEvent.class.getPermittedSubclasses())
                .filter(type -> !sourced.contains(type) && !NOT_SOURCED.containsKey(type)))
                .as("give each new event type an @EventSourcingHandler, or list it in NOT_SOURCED with the reason")
                .isEmpty();
        assertThat(sourced).as("sourced after all: take it off NOT_SOURCED").doesNotContainAnyElementsOf(NOT_SOURCED.keySet());
    }

    @Test
    void every_event_that_moves_the_stage_is_sourced_by_the_cooperation_itself() {
        Set<Class<?>> sourcedByTheCooperation = handled(Cooperation.class);

        assertThat(StageTransitions.rules().handled())
                .as("the cooperation holds the stage: its handler of each of these events moves it by StageTransitions")
                .isSubsetOf(sourcedByTheCooperation);
    }

    /** The event types {@code entity} and its aggregate members, down the tree, have an event sourcing handler for. */
    private static Set<Class<?>> sourcedBy(Class<?> entity, Set<Class<?>> sourced) {
        sourced.addAll(handled(entity));
        for (Field field : entity.getDeclaredFields()) {
            if (field.isAnnotationPresent(AggregateMember.class)) {
                sourcedBy(memberType(field), sourced);
            }
        }
        return sourced;
    }

    private static Set<Class<?>> handled(Class<?> entity) {
        Set<Class<?>> handled = new HashSet<>();
        for (Method method : entity.getDeclaredMethods()) {
            if (method.isAnnotationPresent(EventSourcingHandler.class)) {
                handled.add(method.getParameterTypes()[0]);
            }
        }
        return handled;
    }

    /** The entity type of a member: the field's own, or the values of a map or the elements of a collection. */
    private static Class<?> memberType(Field field) {
        if (Map.class.isAssignableFrom(field.getType())) {
            return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[1];
        }
        if (Collection.class.isAssignableFrom(field.getType())) {
            return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
        }
        return field.getType();
    }
}
