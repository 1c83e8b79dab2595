package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inspectors' reports on the generated data set, on real PostgreSQL (skipped when no server is named). */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresInspectionDataSetTest extends InspectionDataSetTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgres("inspection_data", registry);
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
