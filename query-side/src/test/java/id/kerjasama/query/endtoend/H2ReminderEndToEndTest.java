package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Reminders end to end on the embedded database. */
class H2ReminderEndToEndTest extends ReminderEndToEndTest {

    private static final String URL = "jdbc:h2:mem:reminder-end-to-end;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EndToEndDatabase.h2WithMovableClock(URL, registry);
        mailTo(registry);
    }

    @AfterAll
    static void stopCommandSide() {
        CommandSide.stop(URL);
    }

    @Override
    String databaseUrl() {
        return URL;
    }
}
