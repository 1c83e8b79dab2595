package id.kerjasama.validation;

/** One refused value: where it is (relative to the value object, or a path in a request), the rule, and in words. */
public record Violation(String field, String rule, String message) {

    public static Violation of(InvalidValueException refusal) {
        return new Violation(refusal.field(), refusal.rule(), refusal.getMessage());
    }

    /** The same refusal seen from the value that holds this one at {@code path} ({@code partner}, {@code signatories[1]}). */
    public Violation within(String path) {
        if (path.isEmpty()) {
            return this;
        }
        return new Violation(field.isEmpty() ? path : field.startsWith("[") ? path + field : path + "." + field, rule, message);
    }
}
