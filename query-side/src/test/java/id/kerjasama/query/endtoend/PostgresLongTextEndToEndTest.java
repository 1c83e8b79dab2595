package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The longest texts on real PostgreSQL, whose columns and indexes refused them before. */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresLongTextEndToEndTest extends LongTextEndToEndTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgres("query_long_text", registry);
    }

    @Override
    String databaseUrl() {
        return url;
    }
}
