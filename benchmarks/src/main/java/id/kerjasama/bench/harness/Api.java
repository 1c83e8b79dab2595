package id.kerjasama.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static id.kerjasama.bench.harness.Threads.daemon;

/**
 * The whole HTTP layer of the load generator: every request of every phase goes through here, so a change
 * of the API's conventions (authentication, a path prefix) is made in this class alone.
 */
public final class Api {
    private final HttpClient http;
    private final String commandBase;
    private final String queryBase;
    private final Tokens tokens;

    public Api(String commandBase, String queryBase, Tokens tokens) {
        this.commandBase = commandBase;
        this.queryBase = queryBase;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, daemon("http")))
                .build();
    }

    /** Authenticates the request as {@code actor}: a bearer token naming their role and region. */
    private HttpRequest.Builder as(HttpRequest.Builder request, Actor actor) {
        return request.header("Authorization", authorization(actor));
    }

    /** The Authorization header's value for {@code actor}, for requests that wrk sends ({@link Wrk}). */
    public String authorization(Actor actor) {
        return "Bearer " + tokens.of(actor);
    }

    /** A command as wrk sends it to the command side (its base URL is {@link #commandBase()}); see {@link Wrk.Request}. */
    public Wrk.Request wrkCommand(String path, Actor actor, String cooperation, String json) {
        return new Wrk.Request("POST", path, authorization(actor), cooperation, json);
    }

    public String commandBase() {
        return commandBase;
    }

    /** POSTs a command to the command side; {@code path} starts with /api/. */
    public Reply command(String path, Actor actor, String json) {
        return send(commandRequest(path, actor, json));
    }

    private HttpRequest commandRequest(String path, Actor actor, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commandBase + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return as(request, actor).build();
    }

    public Reply query(String pathAndQuery, Actor reader) {
        return send(as(HttpRequest.newBuilder(URI.create(queryBase + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET(), reader).build());
    }

    CompletableFuture<Integer> queryAsync(String pathAndQuery, Actor reader) {
        HttpRequest request = as(HttpRequest.newBuilder(URI.create(queryBase + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET(), reader).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** A streamed answer of the query side, line by line, read to its end (or an exception on an error status). */
    public List<String> queryLines(String pathAndQuery, Actor reader, Duration timeout) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = http.send(as(HttpRequest.newBuilder(
                URI.create(queryBase + pathAndQuery)).timeout(timeout).GET(), reader).build(),
                HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = response.body()) {
            List<String> all = lines.toList();
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("GET " + pathAndQuery + ": " + response.statusCode() + " " + all);
            }
            return all;
        }
    }

    public Reply queryPost(String path, Actor actor) {
        return send(as(HttpRequest.newBuilder(URI.create(queryBase + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()), actor).build());
    }

    boolean up(int port, String probe) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + probe)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(599, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(599, "interrupted");
        }
    }
}
