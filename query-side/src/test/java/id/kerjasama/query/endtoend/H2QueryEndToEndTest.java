package id.kerjasama.query.endtoend;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The end-to-end test on the embedded database, as a newcomer's first run uses it. */
class H2QueryEndToEndTest extends QueryEndToEndTest {

    private static final String URL = "jdbc:h2:mem:query-end-to-end;DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        CommandSide.startOn(URL, "sa");
        registry.add("spring.datasource.url", () -> URL);
    }

    @Override
    String databaseUrl() {
        return URL;
    }
}
