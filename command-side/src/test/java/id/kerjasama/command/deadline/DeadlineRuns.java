package id.kerjasama.command.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moves the clock and waits until db-scheduler has run every deadline that fell due, then reads what they left in
 * the event store.
 */
final class DeadlineRuns {

    private final JdbcTemplate jdbc;
    private final MovableClock clock;

    DeadlineRuns(JdbcTemplate jdbc, MovableClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The clock moves to the start of {@code day}, and every deadline due by then has run. */
    void dayBegins(LocalDate day) {
        clock.moveTo(day);
        awaitDue();
    }

    /** Waits until no deadline due by the clock is waiting or running (a run one is deleted once it is handled). */
    void awaitDue() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (int attempt = 0; attempt < 1200; attempt++) { // a minute: CI machines may be busy
            if (jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ? OR picked",
                    Long.class, now) == 0) {
                return;
            }
            sleep();
        }
        throw new AssertionError("deadlines due by " + now + " were not run within a minute");
    }

    long pending() {
        // the deadlines the cooperations set (Axon's task), not the application's own recurring tasks
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'", Long.class);
    }

    /** The deadlines recorded with their cooperation and name, which go with their task. */
    long recorded() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deadline_scope", Long.class);
    }

    long events(String cooperationId, Class<?> type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                Long.class, cooperationId, type.getName());
    }

    /** The metadata of the first event of {@code type}: who recorded it, in what role, for which region. */
    JsonNode metadataOfFirst(String cooperationId, Class<?> type) throws IOException {
        byte[] metadata = jdbc.queryForObject("""
                SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?
                ORDER BY sequence_number FETCH FIRST 1 ROWS ONLY""", byte[].class, cooperationId, type.getName());
        return new ObjectMapper().readTree(metadata);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
