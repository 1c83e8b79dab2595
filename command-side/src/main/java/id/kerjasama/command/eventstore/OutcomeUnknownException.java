package id.kerjasama.command.eventstore;

import org.springframework.transaction.TransactionSystemException;

/**
 * The database did not say whether a transaction committed: the connection broke during {@code COMMIT}. The
 * events may or may not be stored, so the caller must read the cooperation before it retries (or retry with the
 * same {@code Idempotency-Key}), never be told that nothing was stored.
 */
public class OutcomeUnknownException extends TransactionSystemException {

    public OutcomeUnknownException(Throwable cause) {
        super("The outcome of the commit is unknown: the connection failed while committing", cause);
    }
}
