package id.kerjasama.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals over a real connection, including those Tomcat and the security filters make before Spring MVC sees the
 * request: each is a problem in UTF-8, never the container's HTML page. Raw HTTP, so that nothing on the client side
 * cleans up the request first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:container-refusals;DB_CLOSE_DELAY=-1", "db-scheduler.polling-interval=1d"})
class ContainerRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    record Response(int status, String head, byte[] body) {

        String contentType() {
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("");
        }

        JsonNode problem() throws IOException {
            return JSON.readTree(body);
        }
    }

    @Test
    void an_encoded_slash_in_the_path_is_a_problem() throws IOException {
        assertProblem(send("GET /api/cooperations%2Fx HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void a_nul_in_the_path_is_a_problem() throws IOException {
        assertProblem(send("GET /api/cooperations/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void an_oversize_header_is_a_problem() throws IOException {
        assertProblem(send("GET /api/cooperations HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void a_path_the_security_firewall_rejects_is_a_problem() throws IOException {
        assertProblem(send("GET /api/cooperations/x;jsessionid=1/y HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void a_request_without_a_token_is_a_problem_in_utf8() throws IOException {
        Response response = send("POST /api/cooperations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertProblem(response, 401);
        assertThat(response.problem().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413_problem_without_reading_it_all() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/cooperations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            try {
                // a body that would never end: the refusal must come once the limit is passed
                for (int i = 0; i < 200; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException closedByServer) {
                // expected once the server answered and closed the connection
            }
            Response response = read(socket.getInputStream());
            assertProblem(response, 413);
            assertThat(response.problem().path("code").asText()).isEqualTo("BODY_TOO_LARGE");
        }
    }

    private static void assertProblem(Response response, int status) throws IOException {
        assertThat(response.status()).as(response.head()).isEqualTo(status);
        assertThat(response.contentType()).as(response.head()).isEqualToIgnoringCase("application/problem+json;charset=UTF-8");
        JsonNode problem = response.problem();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isNotBlank();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("<html", "Tomcat", "Exception");
    }

    private Response send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // the server may reset the connection after answering; what arrived is the answer
        }
        byte[] bytes = all.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer: " + text).isPositive();
        String head = text.substring(0, end);
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Response(Integer.parseInt(head.split(" ")[1]), head, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
