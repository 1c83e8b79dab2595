package id.kerjasama.command.eventstore;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Set;

/**
 * Spring Boot's JDBC transaction manager (which Axon's unit of work and every other transaction of the command side
 * use) that tells a failed commit whose outcome is unknown from one the database refused. Only when the database
 * answers {@code COMMIT} with an error of its own (an integrity violation, a transaction it rolled back or could
 * not commit: SQL states of class 23, 25 and 40) is it certain that nothing was stored; a broken connection, a
 * timeout or anything else leaves the outcome unknown, and is reported as {@link OutcomeUnknownException}.
 */
public class OutcomeReportingTransactionManager extends JdbcTransactionManager {

    private static final Set<String> REFUSED_BY_THE_DATABASE = Set.of("23", "25", "40");

    public OutcomeReportingTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            super.doCommit(status);
        } catch (RuntimeException e) {
            throw refusedByTheDatabase(e) ? e : new OutcomeUnknownException(e);
        }
    }

    static boolean refusedByTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
                return REFUSED_BY_THE_DATABASE.contains(sql.getSQLState().substring(0, 2));
            }
        }
        return false;
    }
}
