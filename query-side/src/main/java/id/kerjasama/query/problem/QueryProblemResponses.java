package id.kerjasama.query.problem;

import id.kerjasama.eventstore.DatabaseUnavailable;
import id.kerjasama.query.audit.CheckpointNotFound;
import id.kerjasama.query.audit.CheckpointRefused;
import id.kerjasama.query.live.ReadModelBehind;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.security.NotPermitted;
import id.kerjasama.query.security.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import id.kerjasama.validation.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 7807 problems with a stable {@code code}, as on the command side: 400 naming the parameter and its rule,
 * 404 for an unknown cooperation or checkpoint, 409 for a checkpoint refused over a contradicting history, 503
 * when the read model did not catch up in time.
 */
@RestControllerAdvice
class QueryProblemResponses extends ResponseEntityExceptionHandler {

    private final SecurityLog securityLog;

    QueryProblemResponses(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    private static final Logger log = LoggerFactory.getLogger(QueryProblemResponses.class);

    record FieldError(String field, String rule, String message) {
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalid(InvalidValueException e) {
        return invalid(e.field(), e.rule(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        if (cause instanceof InvalidValueException invalid) {
            return invalid(e.getName(), invalid.rule(), e.getName() + ": " + invalid.getMessage());
        }
        // for a list parameter such as ?stage=A,B the element type is what the client got wrong
        Class<?> type = e.getParameter().getNestedParameterType();
        if (Collection.class.isAssignableFrom(type)) {
            type = e.getParameter().nested().getNestedParameterType();
        }
        if (type.isEnum()) {
            return invalid(e.getName(), "ONE_OF", e.getName() + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        return invalid(e.getName(), "FORMAT", e.getName() + " is not a valid "
                + type.getSimpleName() + " (dates as 2025-04-25, instants as 2025-04-25T08:00:00Z)");
    }

    @ExceptionHandler(CooperationNotFound.class)
    ProblemDetail notFound(CooperationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "COOPERATION_NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e, HttpServletRequest request) {
        securityLog.refused(request, 403, e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage());
    }

    @ExceptionHandler(CheckpointNotFound.class)
    ProblemDetail checkpointNotFound(CheckpointNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "CHECKPOINT_NOT_FOUND", e.getMessage());
    }

    /** The stored history contradicts the last checkpoint: the answer names the cooperation and the failure. */
    @ExceptionHandler(CheckpointRefused.class)
    ProblemDetail checkpointRefused(CheckpointRefused e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "CHECKPOINT_REFUSED", e.getMessage());
        problem.setProperty("cooperationId", e.cooperationId());
        problem.setProperty("failure", e.failure());
        return problem;
    }

    @ExceptionHandler(ReadModelBehind.class)
    ResponseEntity<ProblemDetail> behind(ReadModelBehind e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "READ_MODEL_BEHIND", e.getMessage());
        problem.setProperty("currentVersion", e.current());
        problem.setProperty("wantedVersion", e.wanted());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(e.getParameterName(), "REQUIRED", e.getParameterName() + " is required"));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", HttpStatus.valueOf(status.value()).name());
        }
        return super.createResponseEntity(body, headers, status, request);
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
        return ResponseEntity.internalServerError().body(
                problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "The request could not be answered. The failure is logged."));
    }

    private static ProblemDetail invalid(String field, String rule, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_FIELD", message);
        problem.setProperty("errors", List.of(new FieldError(field, rule, message)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://kerjasama.id/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(Map.of(400, "Invalid request", 403, "Forbidden", 404, "Not found", 409, "Conflict",
                        503, "Not yet available", 500, "Internal error")
                .getOrDefault(status.value(), status.getReasonPhrase()));
        problem.setProperty("code", code);
        return problem;
    }
}
