package id.kerjasama.cooperation.event;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * An event of any type with the given components set and every other one empty (null, zero or false): what the
 * tests of a dispatch need of an event is its type and the few values a rule reads.
 */
public final class Blank {

    private Blank() {
    }

    public static <E extends CooperationEvent> E event(Class<E> type, Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = Arrays.stream(components)
                .map(c -> values.containsKey(c.getName()) ? values.get(c.getName()) : empty(c.getType())).toArray();
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <E extends CooperationEvent> E event(Class<E> type) {
        return event(type, Map.of());
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
