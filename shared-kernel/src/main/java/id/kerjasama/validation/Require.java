package id.kerjasama.validation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The checks value objects run in their constructors; each failure names the field and the rule. A failure throws
 * {@link InvalidValueException}, except inside {@link Violations#collect}, where it is recorded and the check returns
 * what it was given (null for a missing value) untouched, so that the constructor goes on to its next check.
 */
public final class Require {

    /** Long enough for a title or a finding, short enough to keep a free-text field from becoming a file store. */
    public static final int MAX_TEXT = 4000;

    /** The rule of a missing value, which {@link Violations#requiredFields} looks for. */
    public static final String REQUIRED = "REQUIRED";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            Violations.refuse(field, REQUIRED, field + " is required");
        }
        return value;
    }

    public static String text(String value, String field) {
        if (present(value, field) == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            Violations.refuse(field, "NOT_BLANK", field + " must not be blank");
        } else if (trimmed.length() > MAX_TEXT) {
            Violations.refuse(field, "TOO_LONG", field + " must be at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    /** Optional free text: null stays null, blank becomes null, the rest is checked like {@link #text}. */
    public static String optionalText(String value, String field) {
        return value == null || value.isBlank() ? null : text(value, field);
    }

    /**
     * Text as documents hold it: no control characters other than tab, line feed and carriage return, and no
     * half of a surrogate pair. Databases refuse some of them (PostgreSQL any U+0000), so a value accepted here
     * must be storable everywhere it is copied to.
     */
    public static String plainText(String value, String field) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                Violations.refuse(field, "PLAIN_TEXT", String.format(
                        "%smust not contain the control character U+%04X (only tab, line feed and carriage return)", subject(field), (int) c));
                return value;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                Violations.refuse(field, "PLAIN_TEXT", String.format(
                        "%smust not contain the unpaired surrogate U+%04X", subject(field), (int) c));
                return value;
            }
        }
        return value;
    }

    /** A date the API takes lies between the bounds its side is configured with, both inclusive. */
    public static LocalDate dateWithin(LocalDate value, LocalDate earliest, LocalDate latest, String field) {
        if (value != null && (value.isBefore(earliest) || value.isAfter(latest))) {
            Violations.refuse(field, "DATE_RANGE", subject(field) + "must lie between " + earliest + " and " + latest);
        }
        return value;
    }

    public static <T> List<T> list(List<T> value, String field) {
        if (value == null) {
            return List.of();
        }
        return noNullItems(value, field) ? List.copyOf(value) : value;
    }

    public static <T> List<T> nonEmpty(List<T> value, String field) {
        if (present(value, field) == null || !noNullItems(value, field)) {
            return value;
        }
        notEmpty(value, field);
        return List.copyOf(value);
    }

    public static <T> Set<T> nonEmpty(Set<T> value, String field) {
        if (present(value, field) == null || !noNullItems(value, field)) {
            return value;
        }
        notEmpty(value, field);
        return Set.copyOf(value);
    }

    public static <K, V> Map<K, V> map(Map<K, V> value, String field) {
        if (value == null) {
            return Map.of();
        }
        if (value.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            Violations.refuse(field, "NO_NULL_ENTRIES", field + " must not contain null keys or values");
            return value;
        }
        return Map.copyOf(value);
    }

    public static String uuid(String value, String field) {
        String text = text(value, field);
        if (!checked(text)) {
            return value;
        }
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            Violations.refuse(field, "UUID", field + " must be a UUID");
            return value;
        }
    }

    public static String sha256(String value, String field) {
        String text = text(value, field);
        if (!checked(text)) {
            return value;
        }
        String normalised = text.toLowerCase();
        if (!SHA256.matcher(normalised).matches()) {
            Violations.refuse(field, "SHA256_HEX", field + " must be a SHA-256 digest: 64 hexadecimal characters");
        }
        return normalised;
    }

    /**
     * An end (a day, a moment) not before its start; when either is missing there is nothing to compare, and whether
     * it may be missing is said by a check of its own.
     */
    public static <T extends Comparable<? super T>> void notBefore(T end, T start, String endField, String startField) {
        if (end != null && start != null && end.compareTo(start) < 0) {
            Violations.refuse(endField, "END_NOT_BEFORE_START", endField + " must not be before " + startField);
        }
    }

    public static void that(boolean condition, String field, String rule, String message) {
        if (!condition) {
            Violations.refuse(field, rule, message);
        }
    }

    /** What {@link #text} returns for a value it accepted; collecting, it also returns what it refused. */
    private static boolean checked(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_TEXT;
    }

    /** A field named by the caller rather than here (a JSON path, a parameter) is left out of the message. */
    private static String subject(String field) {
        return field.isEmpty() ? "" : field + " ";
    }

    private static boolean noNullItems(Collection<?> value, String field) {
        if (value.stream().anyMatch(item -> item == null)) {
            Violations.refuse(field, "NO_NULL_ITEMS", field + " must not contain null items");
            return false;
        }
        return true;
    }

    private static void notEmpty(Collection<?> value, String field) {
        if (value.isEmpty()) {
            Violations.refuse(field, "NOT_EMPTY", field + " must not be empty");
        }
    }
}
