package id.kerjasama.validation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The checks value objects run in their constructors; each failure names the field and the rule. */
public final class Require {

    /** Long enough for a title or a finding, short enough to keep a free-text field from becoming a file store. */
    public static final int MAX_TEXT = 4000;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "REQUIRED", field + " is required");
        }
        return value;
    }

    public static String text(String value, String field) {
        present(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "NOT_BLANK", field + " must not be blank");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new InvalidValueException(field, "TOO_LONG", field + " must be at most " + MAX_TEXT + " characters");
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
                throw new InvalidValueException(field, "PLAIN_TEXT", String.format(
                        "%smust not contain the control character U+%04X (only tab, line feed and carriage return)", subject(field), (int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidValueException(field, "PLAIN_TEXT", String.format(
                        "%smust not contain the unpaired surrogate U+%04X", subject(field), (int) c));
            }
        }
        return value;
    }

    /** A date the API takes lies between the bounds its side is configured with, both inclusive. */
    public static LocalDate dateWithin(LocalDate value, LocalDate earliest, LocalDate latest, String field) {
        if (value != null && (value.isBefore(earliest) || value.isAfter(latest))) {
            throw new InvalidValueException(field, "DATE_RANGE",
                    subject(field) + "must lie between " + earliest + " and " + latest);
        }
        return value;
    }

    public static <T> List<T> list(List<T> value, String field) {
        if (value == null) {
            return List.of();
        }
        if (value.stream().anyMatch(item -> item == null)) {
            throw new InvalidValueException(field, "NO_NULL_ITEMS", field + " must not contain null items");
        }
        return List.copyOf(value);
    }

    public static <T> List<T> nonEmpty(List<T> value, String field) {
        List<T> copy = list(present(value, field), field);
        requireNotEmpty(copy, field);
        return copy;
    }

    public static <T> Set<T> nonEmpty(Set<T> value, String field) {
        present(value, field);
        if (value.stream().anyMatch(item -> item == null)) {
            throw new InvalidValueException(field, "NO_NULL_ITEMS", field + " must not contain null items");
        }
        requireNotEmpty(value, field);
        return Set.copyOf(value);
    }

    public static <K, V> Map<K, V> map(Map<K, V> value, String field) {
        if (value == null) {
            return Map.of();
        }
        if (value.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new InvalidValueException(field, "NO_NULL_ENTRIES", field + " must not contain null keys or values");
        }
        return Map.copyOf(value);
    }

    public static String uuid(String value, String field) {
        text(value, field);
        try {
            return UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "UUID", field + " must be a UUID");
        }
    }

    public static String sha256(String value, String field) {
        String normalised = text(value, field).toLowerCase();
        if (!SHA256.matcher(normalised).matches()) {
            throw new InvalidValueException(field, "SHA256_HEX",
                    field + " must be a SHA-256 digest: 64 hexadecimal characters");
        }
        return normalised;
    }

    public static void that(boolean condition, String field, String rule, String message) {
        if (!condition) {
            throw new InvalidValueException(field, rule, message);
        }
    }

    /** A field named by the caller rather than here (a JSON path, a parameter) is left out of the message. */
    private static String subject(String field) {
        return field.isEmpty() ? "" : field + " ";
    }

    private static void requireNotEmpty(Collection<?> value, String field) {
        if (value.isEmpty()) {
            throw new InvalidValueException(field, "NOT_EMPTY", field + " must not be empty");
        }
    }
}
