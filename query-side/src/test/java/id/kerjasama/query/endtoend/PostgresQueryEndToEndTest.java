package id.kerjasama.query.endtoend;

import id.kerjasama.command.eventstore.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The end-to-end test on real PostgreSQL, in a fresh database (skipped when no server is named). */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresQueryEndToEndTest extends QueryEndToEndTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = PostgresTestDatabase.create("query_it");
        CommandSide.startOn(url, "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Override
    String databaseUrl() {
        return url;
    }
}
