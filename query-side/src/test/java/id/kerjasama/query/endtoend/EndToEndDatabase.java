package id.kerjasama.query.endtoend;

import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Puts an end-to-end test on a database, with the real command side started on it first (it creates the event store). */
final class EndToEndDatabase {

    /** The day the seed's Pangkalpinang KB was imported. */
    private static final LocalDate SEED_IMPORT_DAY = LocalDate.of(2025, 4, 28);

    private EndToEndDatabase() {
    }

    /**
     * The query side's data folder in {@code dir} (a temporary one), where it makes its development signing key rather
     * than in the working directory, while it trusts the demo tokens of the command side, which keeps its key in the
     * usual data folder.
     */
    static void dataDir(Supplier<Path> dir, DynamicPropertyRegistry registry) {
        registry.add("kerjasama.data-dir", () -> dir.get().toString());
        registry.add("kerjasama.security.dev-token-key-file", () -> Path.of("data", "dev-token-key.pem").toAbsolutePath().toString());
    }

    static void h2(String url, DynamicPropertyRegistry registry) {
        CommandSide.startOn(url, "sa");
        registry.add("spring.datasource.url", () -> url);
    }

    /** @return the URL of a fresh PostgreSQL database named after {@code prefix} */
    static String postgres(String prefix, DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.create(prefix);
        CommandSide.startOn(url, "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        return url;
    }

    /**
     * Puts a test on H2 with the command side on its movable clock, restarted at the seed's import day before the
     * command side starts: from there it only moves forward ({@link EndToEndTest#dayBegins}).
     */
    static void h2WithMovableClock(String url, DynamicPropertyRegistry registry) {
        MovableClockConfiguration.CLOCK.restartAt(SEED_IMPORT_DAY);
        CommandSide.startWithMovableClockOn(url, "sa");
        registry.add("spring.datasource.url", () -> url);
    }

    /** As {@link #h2WithMovableClock}, on a fresh PostgreSQL database named after {@code prefix}; @return its URL */
    static String postgresWithMovableClock(String prefix, DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.create(prefix);
        MovableClockConfiguration.CLOCK.restartAt(SEED_IMPORT_DAY);
        CommandSide.startWithMovableClockOn(url, "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        return url;
    }
}
