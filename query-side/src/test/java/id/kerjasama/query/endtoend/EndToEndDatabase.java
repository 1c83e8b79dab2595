package id.kerjasama.query.endtoend;

import id.kerjasama.command.eventstore.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Puts an end-to-end test on a database, with the real command side started on it first (it creates the event store). */
final class EndToEndDatabase {

    private EndToEndDatabase() {
    }

    static void h2(String url, DynamicPropertyRegistry registry) {
        CommandSide.startOn(url, "sa");
        registry.add("spring.datasource.url", () -> url);
    }

    /** @return the URL of a fresh PostgreSQL database named after {@code prefix} */
    static String postgres(String prefix, DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.create(prefix);
        CommandSide.startOn(url, "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        return url;
    }
}
