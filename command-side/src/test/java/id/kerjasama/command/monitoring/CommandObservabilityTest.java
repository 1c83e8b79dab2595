package id.kerjasama.command.monitoring;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.security.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators watch on the command side. The operators' endpoints live on the management port alone: the Prometheus scrape there, after commands accepted
 * and refused, names every meter docs/OPERATIONS.md lists for the command side; the API port serves none of it,
 * even to a valid token, but answers the load balancer's probes. Structured logs (ECS JSON) of a request carry the
 * trace id the caller passed (W3C traceparent) and the acting user's id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:command-metrics;DB_CLOSE_DELAY=-1",
                "db-scheduler.polling-interval=1d", "management.server.port=0",
                "logging.structured.format.console=ecs"})
@AutoConfigureMockMvc
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class CommandObservabilityTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int apiPort;
    @LocalManagementPort
    int managementPort;
    @Autowired
    MockMvc mvc;
    @Autowired
    DevTokens tokens;

    @Test
    void the_scrape_on_the_management_port_names_every_command_side_meter() throws Exception {
        CommandApi api = new CommandApi(mvc);
        LamandauLifecycle lamandau = new LamandauLifecycle(api);
        lamandau.initiated();
        assertThat(api.as("sekda", "TKKSD_MEMBER", "62.09").send(lamandau.id(), "start-assessment", null).status())
                .isEqualTo(409);
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains(
                "commandBus_successCounter_total{payloadType=\"InitiateCooperation\"} 1.0",
                "commandBus_failureCounter_total{payloadType=\"StartAssessment\"} 1.0",
                "kerjasama_commands_refused_total{command=\"StartAssessment\",rule=\"STAGE_ORDER\"} 1.0",
                "commandBus_successTimer_seconds_count{payloadType=\"InitiateCooperation\"} 1",
                "eventStore_ingestedCounter_total",
                "dbscheduler_task_completions_total{result=\"ok\",task=\"AxonDeadline\"}",
                "http_server_requests_seconds_count{",
                "hikaricp_connections_active",
                "jvm_memory_used_bytes");
    }

    @Test
    void the_probes_answer_on_the_management_port_and_on_the_api_port() throws Exception {
        for (String path : new String[]{"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> probe = get(managementPort, path, null);
            assertThat(probe.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get(managementPort, "/actuator/health/readiness", null).body()).contains("\"db\"");
        assertThat(get(apiPort, "/livez", null).statusCode()).isEqualTo(200);
        assertThat(get(apiPort, "/readyz", null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_api_port_serves_no_operators_endpoint_even_to_a_valid_token() throws Exception {
        String token = tokens.issue("sekretariat", "Sekretariat", ActorRole.SECRETARIAT, "62.09");
        assertThat(get(apiPort, "/actuator/prometheus", token).statusCode()).isEqualTo(404);
        assertThat(get(apiPort, "/actuator/health", token).statusCode()).isEqualTo(404);
    }

    @Test
    void a_request_logs_with_the_callers_trace_id_and_the_acting_users_id(CapturedOutput output) throws Exception {
        String token = tokens.issue("officer-lamandau", "Petugas", ActorRole.UNIT_OFFICER, "62.09");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort
                        + "/api/cooperations/6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111/conclude-assessment"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"conclusion\":\"FEASIBLE\",\"rationale\":\"Layak\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(output.getOut().lines().filter(line -> line.contains("refused status=403")))
                .anySatisfy(line -> assertThat(line).startsWith("{")
                        .contains("\"traceId\":\"" + traceId + "\"").contains("\"userId\":\"officer-lamandau\""));
    }

    /** Spring Boot keeps the structured format in a system property, which later applications of this JVM would inherit. */
    @AfterAll
    static void plainLogsAgain() {
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
