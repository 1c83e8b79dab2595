package id.kerjasama.query.endtoend;

import id.kerjasama.command.api.LamandauLifecycle;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's operators' endpoints on their own port: after a cooperation is projected, the Prometheus scrape
 * names the projection lag (back to zero), the dead letters, Axon's processor and event store meters and the HTTP
 * requests; readiness shows the lag and the dead letters; the API port serves none of it, but the probes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jmx.enabled=false", "server.shutdown=immediate", "kerjasama.db-pool-size=5",
                "management.server.port=0"})
@AutoConfigureObservability
class H2QueryMetricsTest extends EndToEndTest {

    private static final String URL = "jdbc:h2:mem:query-metrics;DB_CLOSE_DELAY=-1";

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        CommandSide.startOn(URL, "sa");
        registry.add("spring.datasource.url", () -> URL);
    }

    @Override
    String databaseUrl() {
        return URL;
    }

    @Test
    void the_scrape_on_the_management_port_names_every_query_side_meter_and_the_lag_returns_to_zero() throws Exception {
        String id = new LamandauLifecycle(commands).submitted().id();
        assertThat(query.get("/api/cooperations/" + id + "?minVersion=3").status()).isEqualTo(200);
        QueryApi management = new QueryApi(managementPort);

        String scrape = "";
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; Thread.sleep(100)) {
            scrape = management.get("/actuator/prometheus").body();
            if (scrape.contains("kerjasama_projection_lag_events{processor=\"cooperation-projection\"} 0.0")) {
                break;
            }
        }
        assertThat(scrape).contains(
                "kerjasama_projection_lag_events{processor=\"cooperation-projection\"} 0.0",
                "kerjasama_projection_lag_seconds{processor=\"cooperation-projection\"} 0.0",
                "kerjasama_dead_letters_events 0.0",
                "kerjasama_dead_letters_cooperations 0.0",
                "eventProcessor_latency{processorName=\"cooperation-projection\"}",
                "eventProcessor_successCounter_total{payloadType=\"CooperationInitiated\",processorName=\"cooperation-projection\"} 1.0",
                "http_server_requests_seconds_count{");
    }

    @Test
    void readiness_shows_the_lag_and_the_dead_letters_and_the_api_port_serves_only_the_probes() {
        QueryApi management = new QueryApi(managementPort);
        QueryApi.Answer readiness = management.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().path("components").path("projectionLag").path("details")
                .path("cooperation-projection").has("events")).as(readiness.body()).isTrue();
        assertThat(readiness.json().path("components").path("deadLetters").path("details").path("parkedEvents").asLong())
                .isZero();
        assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(new QueryApi(port).get("/readyz").status()).isEqualTo(200);
        assertThat(query.get("/actuator/prometheus").status()).isEqualTo(404);
    }
}
