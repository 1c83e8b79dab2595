package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The archive on the embedded database. */
class H2ArchiveEndToEndTest extends ArchiveEndToEndTest {

    private static final String URL = "jdbc:h2:mem:archive-end-to-end;DB_CLOSE_DELAY=-1";

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
