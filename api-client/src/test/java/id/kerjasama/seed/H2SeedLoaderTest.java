package id.kerjasama.seed;

/** The seed on the embedded database, as {@code ./run --seed} loads it. */
class H2SeedLoaderTest extends SeedLoaderTest {

    @Override
    String databaseUrl() {
        return "jdbc:h2:mem:seed-loader;DB_CLOSE_DELAY=-1";
    }

    @Override
    String databaseUser() {
        return "sa";
    }
}
