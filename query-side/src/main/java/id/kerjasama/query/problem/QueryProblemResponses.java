package id.kerjasama.query.problem;

import id.kerjasama.query.audit.CheckpointNotFound;
import id.kerjasama.query.audit.CheckpointRefused;
import id.kerjasama.query.live.ReadModelBehind;
import id.kerjasama.query.archive.DocumentFileNotFound;
import id.kerjasama.query.notification.MessageNotGivenUp;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.web.StrictParameters;
import id.kerjasama.validation.Violation;
import id.kerjasama.web.problem.ProblemResponses;
import id.kerjasama.web.security.SecurityLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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

    /** A header or path value of the wrong type; the query parameters are checked, all at once, by {@link StrictParameters}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        Violation refusal = StrictParameters.refusal(e.getName(), e.getParameter(), e);
        return invalid(refusal.field(), refusal.rule(), refusal.message());
    }

    @ExceptionHandler(DocumentFileNotFound.class)
    ProblemDetail noFile(DocumentFileNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    @ExceptionHandler(CooperationNotFound.class)
    ProblemDetail notFound(CooperationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "COOPERATION_NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(MessageNotGivenUp.class)
    ProblemDetail messageNotGivenUp(MessageNotGivenUp e) {
        return problem(HttpStatus.NOT_FOUND, "MESSAGE_NOT_GIVEN_UP", e.getMessage());
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
}
