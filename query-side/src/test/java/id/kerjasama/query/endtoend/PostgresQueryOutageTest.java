package id.kerjasama.query.endtoend;

import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import id.kerjasama.command.security.DemoUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A PostgreSQL outage is a 503 with Retry-After on the query side too, and reads answer again once it is over. */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jmx.enabled=false", "server.shutdown=immediate", "kerjasama.db-pool-size=5",
                "spring.datasource.hikari.connection-timeout=1000"})
class PostgresQueryOutageTest extends EndToEndTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgres("query_outage", registry);
    }

    @AfterAll
    static void databaseBack() {
        PostgresTestDatabase.outage(url, false);
        CommandSide.stop(url);
    }

    @Override
    String databaseUrl() {
        return url;
    }

    /** Each kind of read, as the role that may make it, answers 503 with Retry-After while the database is away. */
    @Test
    void every_kind_of_read_during_an_outage_is_a_503() throws Exception {
        String id = new LamandauLifecycle(commands).submitted().id();
        assertThat(query.get("/api/cooperations/" + id + "?minVersion=3").status()).isEqualTo(200);
        QueryApi operator = new QueryApi(port).as(token(DemoUser.OPERATOR));
        QueryApi inspector = new QueryApi(port).as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        Map<String, QueryApi> reads = new LinkedHashMap<>();
        for (String path : new String[]{"/api/cooperations/" + id, "/api/cooperations/" + id + "?minVersion=9",
                "/api/cooperations/" + id + "/history", "/api/cooperations/" + id + "/events", "/api/inbox",
                "/api/work-queues?region=62.09", "/api/partners"}) {
            reads.put(path, query);
        }
        for (String path : new String[]{"/api/reports/overdue", "/api/reports/compliance", "/api/audit/checkpoints/latest",
                "/api/audit/cooperations/" + id + "/verification", "/api/cooperations/" + id + "/audit-bundle"}) {
            reads.put(path, inspector);
        }
        for (String path : new String[]{"/api/admin/rebuild", "/api/admin/dead-letters"}) {
            reads.put(path, operator);
        }

        PostgresTestDatabase.outage(url, true);
        Thread.sleep(1000);
        Map<String, Integer> statuses = new TreeMap<>();
        reads.forEach((path, api) -> statuses.put(path, api.get(path).status()));
        PostgresTestDatabase.outage(url, false);
        assertThat(statuses).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(503));
    }

    @Test
    void a_read_during_an_outage_is_a_503_with_retry_after_and_answers_once_the_database_is_back() throws Exception {
        String registry = "/api/cooperations?region=62.09";
        assertThat(query.get(registry).status()).isEqualTo(200);
        QueryApi publicRegister = new QueryApi(port);

        PostgresTestDatabase.outage(url, true);
        // past the pool's window for trusting a connection used moments ago, so that it checks and finds none
        Thread.sleep(1000);
        for (QueryApi.Answer refused : new QueryApi.Answer[]{query.get(registry), publicRegister.get("/api/public/cooperations")}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.response().headers().firstValue("Retry-After")).contains("5");
            assertThat(refused.json().path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        }

        PostgresTestDatabase.outage(url, false);
        // the pool connects again on its own, within moments
        int status = 0;
        for (long end = System.nanoTime() + 15_000_000_000L; status != 200 && System.nanoTime() < end; Thread.sleep(200)) {
            status = query.as(token(DemoUser.LAMANDAU_SEKRETARIAT)).get(registry).status();
        }
        assertThat(status).isEqualTo(200);
    }
}
