package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit chain on the embedded database, as a newcomer's first run uses it. */
class H2AuditEndToEndTest extends AuditEndToEndTest {

    private static final String URL = "jdbc:h2:mem:audit-end-to-end;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EndToEndDatabase.h2(URL, registry);
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
