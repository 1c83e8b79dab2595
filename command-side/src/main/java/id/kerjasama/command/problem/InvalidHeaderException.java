package id.kerjasama.command.problem;

/** A request header is missing or malformed; {@code field} names the header. */
public class InvalidHeaderException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidHeaderException(String field, String rule, String message) {
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
