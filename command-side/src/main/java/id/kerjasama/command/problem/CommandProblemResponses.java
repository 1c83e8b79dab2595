package id.kerjasama.command.problem;

import id.kerjasama.archive.DocumentFiles;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import id.kerjasama.command.audit.HistoryUnverified;
import id.kerjasama.command.cooperation.CooperationRefused;
import id.kerjasama.command.cooperation.OutsideJurisdiction;
import id.kerjasama.command.eventstore.OutcomeUnknownException;
import id.kerjasama.command.idempotency.IdempotencyKeyInUse;
import id.kerjasama.command.idempotency.IdempotencyKeyReused;
import id.kerjasama.command.web.BodyViolations;
import id.kerjasama.command.cooperation.Rule;
import id.kerjasama.web.problem.ProblemResponses;
import id.kerjasama.web.security.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The command API's problems beyond those both sides share: 400 for a malformed body or field (naming it and its
 * rule), 404 for an unknown cooperation, 409 for a stage conflict or a stale version, 422 for a broken business
 * rule (naming the rule).
 */
@RestControllerAdvice
class CommandProblemResponses extends ProblemResponses {

    /** A moment for a broken connection to be replaced, or a request with the same key to finish. */
    private static final String RETRY_AFTER_SECONDS = "2";

    CommandProblemResponses(SecurityLog securityLog) {
        super(securityLog, Map.of(422, "Business rule broken"),
                "The request could not be completed; nothing was stored. The failure is logged.");
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

    /** The connection is closed rather than the rest of the file drained, as for any body over its limit. */
    @ExceptionHandler(DocumentFiles.FileTooLarge.class)
    ResponseEntity<ProblemDetail> fileTooLarge(DocumentFiles.FileTooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", e.getMessage()));
    }

    /** A multipart upload whose file part is over the archive's limit (spring.servlet.multipart.max-file-size). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(fileTooLarge(new DocumentFiles.FileTooLarge(e.getMaxUploadSize())).getBody());
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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(e));
    }

    /** Refusals of a field are named by {@link BodyViolations}; here what is left: a body that is no JSON object. */
    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The body must be exactly one JSON object" + where(mismatch));
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
}
