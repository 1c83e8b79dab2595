package id.kerjasama.query.endtoend;

import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** What every end-to-end test holds: the query API over HTTP, the real command API, and the shared database. */
abstract class EndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    QueryApi query;
    CommandApi commands;

    /** The database the subclass put both sides on. */
    abstract String databaseUrl();

    /** The SHA-256 of these bytes, in lowercase hex, as the cooperation records a file's. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A real bearer token of a demo user, from the command side's demo issuer. */
    String token(DemoUser user) {
        return CommandSide.token(databaseUrl(), user.userName(), user.role(), user.region());
    }

    /** Reads as the Lamandau secretariat unless a test says otherwise. */
    @BeforeEach
    void connect() {
        query = new QueryApi(port).as(token(DemoUser.LAMANDAU_SEKRETARIAT));
        commands = CommandSide.api(databaseUrl());
    }

    /**
     * On the command side's movable clock ({@link EndToEndDatabase#h2WithMovableClock}): the clock moves to the start
     * of {@code day}, and every deadline due by then has run (as DeadlineRuns waits).
     */
    /** The Lamandau story is recorded up to its first activity on 1 August 2025: nothing may be dated ahead of today. */
    void lamandauRecordable() throws InterruptedException {
        LocalDate lastRecorded = LocalDate.of(2025, 8, 1);
        if (LocalDate.now(MovableClockConfiguration.CLOCK).isBefore(lastRecorded)) {
            dayBegins(lastRecorded);
        }
    }

    void dayBegins(LocalDate day) throws InterruptedException {
        MovableClockConfiguration.CLOCK.moveTo(day);
        OffsetDateTime now = MovableClockConfiguration.CLOCK.instant().atOffset(ZoneOffset.UTC);
        for (int attempt = 0; attempt < 1200; attempt++) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ? OR picked",
                    Long.class, now) == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("deadlines due by " + now + " were not run within a minute");
    }
}
