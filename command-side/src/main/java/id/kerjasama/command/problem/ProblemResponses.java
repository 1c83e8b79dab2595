package id.kerjasama.command.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import id.kerjasama.command.audit.HistoryUnverified;
import id.kerjasama.command.cooperation.CooperationRefused;
import id.kerjasama.command.cooperation.OutsideJurisdiction;
import id.kerjasama.command.eventstore.OutcomeUnknownException;
import id.kerjasama.command.idempotency.IdempotencyKeyInUse;
import id.kerjasama.command.idempotency.IdempotencyKeyReused;
import id.kerjasama.command.security.NotPermitted;
import id.kerjasama.command.security.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import id.kerjasama.command.cooperation.Rule;
import id.kerjasama.eventstore.DatabaseUnavailable;
import id.kerjasama.validation.InvalidValueException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every refusal into an RFC 7807 problem with a stable {@code code}: 400 for a malformed or invalid
 * field (naming it and its rule), 404 for an unknown cooperation, 409 for a stage conflict or a stale version,
 * 422 for a broken business rule (naming the rule). Nothing a client sends may end in a 500.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private final SecurityLog securityLog;

    ProblemResponses(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://kerjasama.id/problems/";
    /** A moment for a broken connection to be replaced, or a request with the same key to finish. */
    private static final String RETRY_AFTER_SECONDS = "2";

    /** One refused field: where it is in the request, the rule it broke, and in words. */
    record FieldError(String field, String rule, String message) {
    }

    @ExceptionHandler(CooperationRefused.class)
    ProblemDetail refused(CooperationRefused refusal) {
        Rule rule = refusal.rule();
        boolean stage = rule.kind() == Rule.Kind.STAGE;
        ProblemDetail problem = problem(stage ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                stage ? "STAGE_CONFLICT" : "BUSINESS_RULE", refusal.getMessage());
        problem.setProperty("rule", rule.name());
        problem.setProperty("ruleDescription", rule.description());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "COOPERATION_NOT_FOUND", "No cooperation " + e.getAggregateIdentifier());
    }

    /** Out of the caller's reach: logged as such, answered exactly as an unknown cooperation. */
    @ExceptionHandler(OutsideJurisdiction.class)
    ProblemDetail outsideJurisdiction(OutsideJurisdiction e, HttpServletRequest request) {
        securityLog.refused(request, 404, "outside the caller's regions");
        return problem(HttpStatus.NOT_FOUND, "COOPERATION_NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e, HttpServletRequest request) {
        securityLog.refused(request, 403, e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail stale(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "STALE_VERSION",
                "The cooperation is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                        + " as If-Match says: reload it and decide again");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    /** Another instance wrote the same cooperation first (the unique (aggregate, sequence) key caught it). */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "The cooperation was changed concurrently: reload it and try again");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail idTaken(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "ID_TAKEN", "A cooperation with this id already exists");
    }

    /** The connection broke during COMMIT: the command may or may not be stored, and only reading it tells. */
    @ExceptionHandler(OutcomeUnknownException.class)
    ResponseEntity<ProblemDetail> outcomeUnknown(OutcomeUnknownException e) {
        log.warn("Commit of unknown outcome", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "OUTCOME_UNKNOWN", "The connection to the database broke "
                        + "while the change was committed: it may or may not have been stored. Read the cooperation "
                        + "before retrying, or retry with the same Idempotency-Key"));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyInUse.class)
    ResponseEntity<ProblemDetail> idempotencyKeyInUse(IdempotencyKeyInUse e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE", e.getMessage()));
    }

    /** The chain writer found history it cannot vouch for; it logged the SECURITY line, this records who was refused. */
    @ExceptionHandler(HistoryUnverified.class)
    ProblemDetail historyUnverified(HistoryUnverified e, HttpServletRequest request) {
        securityLog.refused(request, 409, "history of " + e.cooperationId() + " unverified");
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "HISTORY_UNVERIFIED", e.getMessage());
        problem.setProperty("rule", HistoryUnverified.RULE);
        return problem;
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return invalid(List.of(new FieldError(e.field(), e.rule(), e.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(e));
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
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "The request could not be completed; nothing was stored. The failure is logged."));
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping) {
            String path = path(mapping);
            if (mapping.getCause() instanceof InvalidValueException invalid) {
                String field = path.isEmpty() ? invalid.field() : invalid.field().isEmpty() ? path : path + "." + invalid.field();
                return invalid(List.of(new FieldError(field, invalid.rule(), invalid.getMessage())));
            }
            if (mapping instanceof MismatchedInputException && path.isEmpty()) {
                return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The body must be exactly one JSON object" + where(mapping));
            }
            if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return invalid(List.of(new FieldError(path, "ONE_OF", path + " must be one of " + allowed)));
            }
            if (mapping instanceof UnrecognizedPropertyException unknown) {
                return invalid(List.of(new FieldError(path, "UNKNOWN_FIELD", path + " is not a field here; known fields: "
                        + unknown.getKnownPropertyIds())));
            }
            if (mapping instanceof MismatchedInputException mismatch) {
                return invalid(List.of(new FieldError(path, "TYPE", path + " must be " + expected(mismatch.getTargetType()))));
            }
        }
        if (cause instanceof JsonProcessingException json) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The body is not valid JSON" + where(json) + ": "
                    + JACKSON_DETAILS.split(json.getOriginalMessage(), 2)[0]);
        }
        return problem(HttpStatus.BAD_REQUEST, "UNREADABLE_BODY", "The request body is missing or unreadable");
    }

    /** Where the parser's own message turns to its internals (source, features, character codes). */
    private static final Pattern JACKSON_DETAILS = Pattern.compile("\\s*(\\(|\\[Source|\\n)");

    private static String where(JsonProcessingException json) {
        return json.getLocation() == null ? "" : " at line " + json.getLocation().getLineNr() + ", column "
                + json.getLocation().getColumnNr();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type == String.class ? "a text" : "an object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_FIELD", errors.stream()
                .map(FieldError::message).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-')));
        problem.setTitle(Map.of(400, "Invalid request", 403, "Forbidden", 404, "Not found", 409, "Conflict",
                422, "Business rule broken", 500, "Internal error").getOrDefault(status.value(), status.getReasonPhrase()));
        problem.setProperty("code", code);
        return problem;
    }
}
