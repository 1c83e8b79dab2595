package id.kerjasama.query.endtoend;

import id.kerjasama.command.eventstore.PostgresTestDatabase;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;

/** The inspectors' reports end to end on real PostgreSQL, in a fresh database (skipped when no server is named). */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresInspectionEndToEndTest extends InspectionEndToEndTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = PostgresTestDatabase.create("inspection_it");
        // the seed's import day, before the command side starts: from here its clock only moves forward
        MovableClockConfiguration.CLOCK.restartAt(LocalDate.of(2025, 4, 28));
        CommandSide.startWithMovableClockOn(url, "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stopCommandSide() {
        CommandSide.stop(url);
    }

    @Override
    String databaseUrl() {
        return url;
    }
}
