package id.kerjasama.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Several values refused at once, each naming its field and rule, so that a client learns of all in one answer. */
public class InvalidValuesException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidValuesException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
