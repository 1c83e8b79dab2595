package id.kerjasama.query.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The archive on real PostgreSQL, in a fresh database (skipped when no server is named). */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresArchiveEndToEndTest extends ArchiveEndToEndTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgres("archive_it", registry);
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
