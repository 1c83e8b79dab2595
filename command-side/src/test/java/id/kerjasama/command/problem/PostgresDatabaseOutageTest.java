package id.kerjasama.command.problem;

import id.kerjasama.command.eventstore.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A PostgreSQL outage is a 503 with Retry-After, not a 500; once the database is back, commands go through again. */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
@SpringBootTest(properties = {"db-scheduler.polling-interval=1d", "kerjasama.db-pool-size=2",
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
