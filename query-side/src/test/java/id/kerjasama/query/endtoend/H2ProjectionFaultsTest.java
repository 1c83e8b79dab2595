package id.kerjasama.query.endtoend;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The faults of the read side on the embedded database, as a newcomer's first run uses it. */
class H2ProjectionFaultsTest extends ProjectionFaultsTest {

    private static final String URL = "jdbc:h2:mem:projection-faults;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EndToEndDatabase.h2(URL, registry);
    }

    @Override
    String databaseUrl() {
        return URL;
    }
}
