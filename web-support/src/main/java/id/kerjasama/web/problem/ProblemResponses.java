package id.kerjasama.web.problem;

import id.kerjasama.eventstore.DatabaseUnavailable;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.InvalidValuesException;
import id.kerjasama.web.security.NotPermitted;
import id.kerjasama.web.security.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every refusal into an RFC 7807 problem with a stable {@code code}. Here what both sides refuse alike: a
 * value its value object refuses, or several at once (400 naming each field and its rule), a caller who may not (403, logged), a header
 * the security firewall refuses (400), the database out of reach (503), and anything unexpected (500, logged, never
 * its cause). Nothing a client sends may end in a 500. Each side's advice extends this with its own refusals.
 */
public abstract class ProblemResponses extends ResponseEntityExceptionHandler {

    protected final Logger log = LoggerFactory.getLogger(getClass());
    protected final SecurityLog securityLog;
    private final Map<Integer, String> titles = new HashMap<>(Map.of(400, "Invalid request", 403, "Forbidden",
            404, "Not found", 409, "Conflict", 500, "Internal error"));
    private final String failureDetail;

    /**
     * @param sideTitles    the titles of the statuses only this side answers with
     * @param failureDetail what an unexpected failure tells the client (never its cause)
     */
    protected ProblemResponses(SecurityLog securityLog, Map<Integer, String> sideTitles, String failureDetail) {
        this.securityLog = securityLog;
        this.titles.putAll(sideTitles);
        this.failureDetail = failureDetail;
    }

    /** One refused field: where it is in the request, the rule it broke, and in words. */
    public record FieldError(String field, String rule, String message) {
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return invalid(e.field(), e.rule(), e.getMessage());
    }

    @ExceptionHandler(InvalidValuesException.class)
    ProblemDetail invalidValues(InvalidValuesException e) {
        return invalid(e.violations().stream().map(v -> new FieldError(v.field(), v.rule(), v.message())).toList());
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e, HttpServletRequest request) {
        securityLog.refused(request, 403, e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage());
    }

    /** The security firewall refuses a header value (a control character, say) when the API first reads it. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                            "The database cannot be reached just now: try again later."));
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                failureDetail));
    }

    /** Spring MVC's own refusals get a code too: their status's name. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", HttpStatus.valueOf(status.value()).name());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    protected ProblemDetail invalid(String field, String rule, String message) {
        return invalid(List.of(new FieldError(field, rule, message)));
    }

    protected ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_FIELD", errors.stream()
                .map(FieldError::message).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    protected ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemWriter.type(code));
        problem.setTitle(titles.getOrDefault(status.value(), status.getReasonPhrase()));
        problem.setProperty("code", code);
        return problem;
    }
}
