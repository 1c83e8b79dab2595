package id.kerjasama.eventstore;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached or is briefly unable to serve (down, restarting, out of
 * connections, a lock or serialization conflict): worth a retry later, so both sides answer 503 rather than 500.
 * Frameworks wrap such failures (Spring, Axon, the connection pool), so the whole chain of causes is looked at for
 * the driver's own exception and its SQLSTATE.
 */
public final class DatabaseUnavailable {

    /** Seconds after which a client may try again. */
    public static final String RETRY_AFTER_SECONDS = "5";

    // 08: connection exception; 53300: too many connections; 57P01-57P03: shutting down or starting up;
    // 40001, 40P01: serialization failure, deadlock; 55P03, 57014, HYT00: a lock or statement timed out
    private static final Set<String> STATES = Set.of("53300", "57P01", "57P02", "57P03", "40001", "40P01", "55P03",
            "57014", "HYT00");

    /** Spring's own classification of the same failures, named since the kernel knows no Spring. */
    private static final Set<String> SPRING_TYPES = Set.of("org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessException",
            "org.springframework.transaction.CannotCreateTransactionException");

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (SPRING_TYPES.contains(type.getName())) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
