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
        String placed = field.isEmpty() ? path : field.startsWith("[") ? path + field : path + "." + field;
        // a message that starts by naming the field names it the same way
        return new Violation(placed, rule, !field.isEmpty() && message.startsWith(field + " ")
                ? placed + message.substring(field.length()) : message);
    }
}
