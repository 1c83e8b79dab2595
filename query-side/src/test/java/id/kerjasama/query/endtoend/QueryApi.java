package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

/** Reads the query API over real HTTP, as a browser would. */
final class QueryApi {

    record Answer(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            return parse(body);
        }

        /** An NDJSON body, one JSON value per line. */
        List<JsonNode> jsonLines() {
            return body.lines().map(QueryApi::parse).toList();
        }
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String token;

    QueryApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Reads as the bearer of {@code token} from now on; null reads anonymously. */
    QueryApi as(String token) {
        this.token = token;
        return this;
    }

    Answer get(String path, String... headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(URI.create(base + path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    Answer post(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path))).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Answer post(String path, String json) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer delete(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path))).DELETE().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Only the status of a GET, for streams that would never end: the body is closed unread. */
    int status(String path) {
        try {
            HttpResponse<java.io.InputStream> response = http.send(authorized(HttpRequest.newBuilder(URI.create(base + path))).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a server-sent event stream and hands over its lines as they arrive. */
    Stream<String> stream(String path) {
        try {
            return http.send(authorized(HttpRequest.newBuilder(URI.create(base + path))).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
