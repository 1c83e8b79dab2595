package id.kerjasama.query.endtoend;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The longest texts on the embedded database. */
class H2LongTextEndToEndTest extends LongTextEndToEndTest {

    private static final String URL = "jdbc:h2:mem:query-long-text;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EndToEndDatabase.h2(URL, registry);
    }

    @Override
    String databaseUrl() {
        return URL;
    }
}
