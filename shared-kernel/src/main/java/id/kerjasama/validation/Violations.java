package id.kerjasama.validation;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs value-object constructors so that they report every value they refuse rather than the first. Inside
 * {@link #collect} a failed check of {@link Require} is recorded and the constructor goes on (the check returns the
 * value untouched, or null for a missing one); outside, {@link Require} throws at the first failure as it always did.
 * The rules stay where they are, in the constructors: this only changes how many of their refusals one call hears.
 */
public final class Violations {

    private static final ThreadLocal<Deque<List<Violation>>> SCOPES = ThreadLocal.withInitial(ArrayDeque::new);

    private Violations() {
    }

    /** The value made, or every refusal met on the way (and then no value: a half-checked object must not escape). */
    public record Outcome<T>(T value, List<Violation> violations) {

        public Outcome {
            violations = List.copyOf(violations);
            value = violations.isEmpty() ? value : null;
        }

        public boolean valid() {
            return violations.isEmpty();
        }

        /** The value, or an {@link InvalidValuesException} naming every refusal. */
        public T orElseThrow() {
            if (!valid()) {
                throw new InvalidValuesException(violations);
            }
            return value;
        }
    }

    /**
     * Makes a value with every check of {@link Require} recording instead of throwing. A check a constructor makes
     * itself by throwing {@link InvalidValueException} ends the construction and is added, unless its field was
     * already reported; any other exception after a refusal was recorded (a null already reported as REQUIRED,
     * dereferenced by a later check) is a consequence of that refusal and dropped. Fields are as the constructors
     * name them, relative to the value made: make each nested value in its own call and place its violations with
     * {@link Violation#within}. Scopes nest; each hears only its own checks.
     */
    public static <T> Outcome<T> collect(Supplier<? extends T> construction) {
        Deque<List<Violation>> scopes = SCOPES.get();
        List<Violation> found = new ArrayList<>();
        scopes.push(found);
        T value = null;
        try {
            value = construction.get();
        } catch (InvalidValueException refusal) {
            if (found.stream().noneMatch(v -> v.field().equals(refusal.field()))) {
                found.add(Violation.of(refusal));
            }
        } catch (RuntimeException e) {
            if (found.isEmpty()) {
                throw e;
            }
        } finally {
            scopes.pop();
            if (scopes.isEmpty()) {
                SCOPES.remove();
            }
        }
        return new Outcome<>(value, found);
    }

    /**
     * Runs checks of {@link Require} (on request parameters, say) collecting, and refuses with all their refusals at
     * once: an {@link InvalidValuesException}. Put only checks in it, nothing that acts or refuses otherwise.
     */
    public static void check(Runnable checks) {
        collect(() -> {
            checks.run();
            return Boolean.TRUE;
        }).orElseThrow();
    }

    /**
     * The components of a record its constructor refuses to go without: those it reports as {@code REQUIRED} when made
     * with every component absent (null, or a primitive's zero). A component with a default (an id generated when
     * absent) or required only together with another (a region only for a regional partner) is not among them. A
     * component that is itself a record is named, not entered: ask for its own type, as a schema describes each
     * record once. In the order of the record's components.
     */
    public static Set<String> requiredFields(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] absent = Arrays.stream(components).map(c -> absent(c.getType())).toArray();
        Set<String> required = construct(type, absent).violations().stream()
                .filter(v -> v.rule().equals(Require.REQUIRED)).map(Violation::field).collect(Collectors.toSet());
        return Arrays.stream(components).map(RecordComponent::getName).filter(required::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@link #collect} for a record made through its canonical constructor from its components, in their order. */
    public static <R extends Record> Outcome<R> construct(Class<R> type, Object... components) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<R> canonical;
        try {
            canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor", e);
        }
        return collect(() -> make(canonical, components));
    }

    /** A refusal {@link Require} met: recorded when collecting (and the check goes on), thrown otherwise. */
    static void refuse(String field, String rule, String message) {
        Deque<List<Violation>> scopes = SCOPES.get();
        if (scopes.isEmpty()) {
            SCOPES.remove();
            throw new InvalidValueException(field, rule, message);
        }
        scopes.peek().add(new Violation(field, rule, message));
    }

    private static <T> T make(Constructor<T> constructor, Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object absent(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return Array.get(Array.newInstance(type, 1), 0);
    }
}
