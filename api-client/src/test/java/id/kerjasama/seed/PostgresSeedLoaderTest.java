package id.kerjasama.seed;

import id.kerjasama.command.eventstore.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;

/** The seed on real PostgreSQL, in a fresh database (skipped when no server is named). */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresSeedLoaderTest extends SeedLoaderTest {

    private final String url = PostgresTestDatabase.configured() ? PostgresTestDatabase.create("seed_loader") : null;

    @Override
    String databaseUrl() {
        return url;
    }

    @Override
    String databaseUser() {
        return "postgres";
    }
}
