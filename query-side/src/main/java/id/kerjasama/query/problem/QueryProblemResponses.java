package id.kerjasama.query.problem;

import id.kerjasama.query.audit.CheckpointNotFound;
import id.kerjasama.query.audit.CheckpointRefused;
import id.kerjasama.query.live.ReadModelBehind;
import id.kerjasama.query.archive.DocumentFileNotFound;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.web.problem.ProblemResponses;
import id.kerjasama.web.security.SecurityLog;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * The query API's problems beyond those both sides share: 400 naming the parameter and its rule, 404 for an
 * unknown cooperation or checkpoint, 409 for a checkpoint refused over a contradicting history, 503 when the read
 * model did not catch up in time.
 */
@RestControllerAdvice
class QueryProblemResponses extends ProblemResponses {

    QueryProblemResponses(SecurityLog securityLog) {
        super(securityLog, Map.of(503, "Not yet available"), "The request could not be answered. The failure is logged.");
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

    @ExceptionHandler(DocumentFileNotFound.class)
    ProblemDetail noFile(DocumentFileNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    @ExceptionHandler(CooperationNotFound.class)
    ProblemDetail notFound(CooperationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "COOPERATION_NOT_FOUND", e.getMessage());
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
}
