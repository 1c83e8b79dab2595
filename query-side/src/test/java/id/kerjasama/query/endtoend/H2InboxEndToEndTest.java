package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inbox end to end on the embedded database. */
class H2InboxEndToEndTest extends InboxEndToEndTest {

    private static final String URL = "jdbc:h2:mem:inbox-end-to-end;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EndToEndDatabase.h2WithMovableClock(URL, registry);
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
