package id.kerjasama.command.problem;

import id.kerjasama.command.eventstore.PostgresTestDatabase;
import com.jayway.jsonpath.JsonPath;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.security.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A PostgreSQL outage is a 503 with Retry-After, not a 500, whichever way a request fails; readiness is down meanwhile;
 * once the database is back, commands go through again.
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"db-scheduler.polling-interval=1d", "kerjasama.db-pool-size=2",
        "spring.datasource.hikari.connection-timeout=1000"})
@AutoConfigureMockMvc
class PostgresDatabaseOutageTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = PostgresTestDatabase.create("command_outage");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void databaseBack() {
        PostgresTestDatabase.outage(url, false);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    DevTokens tokens;
    @LocalServerPort
    int port;

    @Test
    void a_command_during_an_outage_is_a_503_with_retry_after_and_succeeds_once_the_database_is_back() throws Exception {
        assertThat(initiate().getStatus()).isEqualTo(201);

        PostgresTestDatabase.outage(url, true);
        // past the pool's window for trusting a connection used moments ago (500 ms): it checks and finds the
        // database gone (a connection killed in the middle of a statement trips an assertion of the driver under -ea)
        Thread.sleep(1000);
        MockHttpServletResponse refused = initiate();
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"code\":\"DATABASE_UNAVAILABLE\"");

        PostgresTestDatabase.outage(url, false);
        assertThat(initiate().getStatus()).isEqualTo(201);
    }

    /**
     * Over a real connection, so that a failure outside Spring MVC (a filter's) reaches the container's error page as
     * in production: every kind of request, and readiness, says the database is away; liveness does not.
     */
    @Test
    void every_request_during_an_outage_is_a_503_with_retry_after_and_readiness_is_down() throws Exception {
        String id = JsonPath.read(initiate().getContentAsString(), "$.id");
        String token = tokens.issue("officer", "Petugas", ActorRole.UNIT_OFFICER, "62.09");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder idempotent = request(token, "/api/cooperations/" + id + "/appoint-liaison-officer",
                "{\"officer\":{\"name\":\"Siti Rahmah\",\"position\":\"Kepala Bagian Umum RSUD\"}}")
                .header("Idempotency-Key", "outage-1");
        HttpRequest.Builder onExisting = request(token, "/api/cooperations/" + id + "/appoint-liaison-officer",
                "{\"officer\":{\"name\":\"Siti Rahmah\",\"position\":\"Kepala Bagian Umum RSUD\"}}");

        PostgresTestDatabase.outage(url, true);
        Thread.sleep(1000);
        for (HttpRequest.Builder request : List.of(idempotent, onExisting)) {
            HttpResponse<String> refused = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("5");
            assertThat(refused.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"");
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/livez")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        PostgresTestDatabase.outage(url, false);
        int status = 0;
        for (long end = System.nanoTime() + 15_000_000_000L; status != 200 && System.nanoTime() < end; Thread.sleep(200)) {
            status = http.send(idempotent.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        assertThat(status).isEqualTo(200);
    }

    private HttpRequest.Builder request(String token, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private MockHttpServletResponse initiate() throws Exception {
        return mvc.perform(post("/api/cooperations").contentType(MediaType.APPLICATION_JSON)
                .with(jwt().jwt(token -> token.subject("officer").claim("kerjasama_role", "UNIT_OFFICER")
                        .claim("kerjasama_region", "62.09")))
                .content("""
                        {"type":"KSDPK","title":"Layanan kesehatan","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                         "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],
                         "objective":"Mutu layanan"}""")).andReturn().getResponse();
    }
}
