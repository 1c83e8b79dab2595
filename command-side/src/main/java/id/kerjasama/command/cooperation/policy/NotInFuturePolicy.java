package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.command.HappenedOn;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static id.kerjasama.command.cooperation.Rule.NOT_IN_FUTURE;

/**
 * A record of what happened is not dated after today: the dates of a command marked {@link HappenedOn} (a letter
 * sent, a signing, a decision, an activity, a reported or evaluated period; a fiscal year) may lie at most one day
 * ahead of today in the region's zone, since a caller in a zone further east (WITA, WIT) may already live the next
 * day. Planned dates (terms, validity, due dates) are not records and may lie ahead.
 */
@Decides(NOT_IN_FUTURE)
public final class NotInFuturePolicy {

    /** How far ahead of the region's today a caller's today may be. */
    static final int DAYS_AHEAD_ALLOWED = 1;

    private NotInFuturePolicy() {
    }

    /** The dates of each command type marked {@link HappenedOn}, found once per type rather than per command. */
    private static final ClassValue<List<RecordComponent>> HAPPENED_ON = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? List.of() : Arrays.stream(components)
                    .filter(component -> component.isAnnotationPresent(HappenedOn.class)).toList();
        }
    };

    public static Verdict check(Object command, LocalDate today) {
        Verdict verdict = Verdict.allowed();
        LocalDate latest = today.plusDays(DAYS_AHEAD_ALLOWED);
        for (RecordComponent component : HAPPENED_ON.get(command.getClass())) {
            verdict = verdict.and(notAfter(component.getName(), value(command, component), latest, today));
        }
        return verdict;
    }

    private static Verdict notAfter(String field, Object value, LocalDate latest, LocalDate today) {
        if (value instanceof LocalDate date) {
            return Verdict.when(date.isAfter(latest), NOT_IN_FUTURE,
                    field + " (" + date + ") lies after today (" + today + "): what happened cannot be dated in the future");
        }
        if (value instanceof Integer year) {
            return Verdict.when(year > latest.getYear(), NOT_IN_FUTURE,
                    field + " (" + year + ") lies after this year (" + today.getYear() + ")");
        }
        return Verdict.allowed();
    }

    private static Object value(Object command, RecordComponent component) {
        try {
            return component.getAccessor().invoke(command);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
