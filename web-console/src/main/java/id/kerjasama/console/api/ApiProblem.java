package id.kerjasama.console.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal as the API answered it: its status and its problem ({@code application/problem+json}: title, detail,
 * code, rule, and the fields it names). The console shows it as it is, next to the fields it names.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final Map<String, Object> problem;

    @SuppressWarnings("unchecked")
    public ApiProblem(int status, Map<String, Object> problem) {
        super("HTTP " + status + ": " + problem.getOrDefault("title", "") + " " + problem.getOrDefault("detail", ""));
        this.status = status;
        this.problem = (Map<String, Object>) Answer.of(problem);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> problem() {
        return problem;
    }

    public String code() {
        return Objects.toString(problem.get("code"), "");
    }

    /** Whether the cooperation changed since the version the form showed (If-Match did not match). */
    public boolean stale() {
        return status == 409 && "STALE_VERSION".equals(code());
    }

    /** The message the API gave for each field it named, by the field's path in the request body. */
    @SuppressWarnings("unchecked")
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (problem.get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error && error.get("field") != null) {
                    errors.merge(String.valueOf(error.get("field")), String.valueOf(error.get("message")),
                            (a, b) -> a + "; " + b);
                }
            }
        }
        return errors;
    }
}
