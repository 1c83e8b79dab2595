package id.kerjasama.command.eventstore;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failed commits are certain to have stored nothing, and which leave the outcome unknown. */
class OutcomeReportingTransactionManagerTest {

    @Test
    void a_commit_the_database_refused_stored_nothing() {
        assertThat(OutcomeReportingTransactionManager.refusedByTheDatabase(
                new DuplicateKeyException("JDBC commit", new SQLException("duplicate key", "23505")))).isTrue();
        assertThat(OutcomeReportingTransactionManager.refusedByTheDatabase(
                new DataAccessResourceFailureException("JDBC commit", new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(OutcomeReportingTransactionManager.refusedByTheDatabase(
                new DataAccessResourceFailureException("JDBC commit", new SQLException("aborted", "25P02")))).isTrue();
    }

    @Test
    void a_commit_whose_connection_failed_has_an_unknown_outcome() {
        // what PostgreSQL's driver says when the backend is gone (57P01, terminated) or the socket broke (08006)
        assertThat(OutcomeReportingTransactionManager.refusedByTheDatabase(new DataAccessResourceFailureException(
                "JDBC commit", new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isFalse();
        assertThat(OutcomeReportingTransactionManager.refusedByTheDatabase(new DataAccessResourceFailureException(
                "JDBC commit", new SQLException("An I/O error occurred while sending to the backend", "08006")))).isFalse();
        assertThat(OutcomeReportingTransactionManager.refusedByTheDatabase(new DataAccessResourceFailureException(
                "JDBC commit", new SQLException("no state")))).isFalse();
        assertThat(OutcomeReportingTransactionManager.refusedByTheDatabase(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
