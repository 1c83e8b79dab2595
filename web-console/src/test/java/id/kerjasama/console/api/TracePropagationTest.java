package id.kerjasama.console.api;

import com.sun.net.httpserver.HttpServer;
import id.kerjasama.console.ConsoleApplication;
import id.kerjasama.console.SidesOnClassPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's request and the API calls it makes are one trace: the console passes the W3C trace context on to the
 * sides, which continue it. Here the sides' place is taken by a server that records what it is sent.
 */
class TracePropagationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final List<String> received = new CopyOnWriteArrayList<>();
    private static HttpServer side;
    private static ConfigurableApplicationContext console;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        side = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        side.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("traceparent"));
            byte[] problem = "{\"title\":\"Service Unavailable\",\"status\":503}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(503, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
        });
        side.start();
        String sideUrl = "http://127.0.0.1:" + side.getAddress().getPort();
        console = new SpringApplicationBuilder(ConsoleApplication.class)
                .run("--server.port=0", "--spring.jmx.enabled=false", "--server.shutdown=immediate",
                        "--kerjasama.console.command-url=" + sideUrl, "--kerjasama.console.query-url=" + sideUrl,
                        "--spring.autoconfigure.exclude=" + SidesOnClassPath.autoConfigurations());
        base = "http://localhost:" + console.getEnvironment().getRequiredProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        console.close();
        side.stop(0);
    }

    @Test
    void the_api_calls_of_a_page_carry_the_trace_of_its_request() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/public"))
                        .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(received).isNotEmpty().allSatisfy(call ->
                assertThat(call).matches("/\\S* 00-" + TRACE_ID + "-[0-9a-f]{16}-01"));
    }

    @Test
    void the_console_answers_its_probes_without_signing_in() throws Exception {
        for (String probe : List.of("/livez", "/readyz")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + probe)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"UP\"");
        }
    }
}
