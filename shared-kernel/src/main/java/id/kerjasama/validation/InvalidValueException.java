package id.kerjasama.validation;

/**
 * A value refused by its own constructor. Carries the field (relative to the value object) and a stable rule
 * code, so the API can name both in a problem response without parsing messages.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidValueException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
