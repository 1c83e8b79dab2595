package id.kerjasama.eventstore;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void a_connection_failure_or_a_transient_conflict_however_deeply_wrapped_is_an_outage() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(new RuntimeException(
                new SQLTransientConnectionException("Connection is not available, request timed out"))))).isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("An I/O error occurred", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("canceling statement due to statement timeout", "57014"))).isTrue();
    }

    @Test
    void a_refused_statement_or_a_bug_is_not() {
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("invalid byte sequence", "22021"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
    }
}
