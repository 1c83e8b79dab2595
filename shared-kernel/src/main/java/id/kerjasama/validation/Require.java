package id.kerjasama.validation;

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

    private static void requireNotEmpty(Collection<?> value, String field) {
        if (value.isEmpty()) {
            throw new InvalidValueException(field, "NOT_EMPTY", field + " must not be empty");
        }
    }
}
