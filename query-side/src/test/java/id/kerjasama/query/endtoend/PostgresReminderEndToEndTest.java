package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminders end to end on real PostgreSQL, in a fresh database (skipped when no server is named). */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresReminderEndToEndTest extends ReminderEndToEndTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgresWithMovableClock("reminder_it", registry);
        mailTo(registry);
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
