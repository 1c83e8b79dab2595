package id.kerjasama.console.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What the pages ask of the two APIs. Answers stay the APIs' JSON (as maps and lists, which the templates read by
 * name): the console keeps no copy of their shapes.
 */
public class Api {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> OBJECT_TYPE =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private final RestClient command;
    private final RestClient query;
    private final ObjectMapper json;

    Api(RestClient command, RestClient query, ObjectMapper json) {
        this.command = command;
        this.query = query;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Map<String, Object> json) {
        return (Map<String, Object>) Answer.of(json);
    }

    private RestClient on(Side side) {
        return side == Side.COMMAND ? command : query;
    }

    /** GET a JSON object: {@code path} with its variables, and query parameters (blank ones left out). */
    public Map<String, Object> get(Side side, String path, Map<String, ?> parameters, Object... variables) {
        return answer(on(side).get().uri(builder -> uri(builder, path, parameters, variables)).retrieve().body(OBJECT));
    }

    /** As {@link #get}, with headers (e.g. Kerjasama-Min-Version, to read what a command just changed). */
    public Map<String, Object> get(Side side, String path, Map<String, ?> parameters, Consumer<HttpHeaders> headers,
                                   Object... variables) {
        return answer(on(side).get().uri(builder -> uri(builder, path, parameters, variables)).headers(headers)
                .retrieve().body(OBJECT));
    }

    /** GET a JSON array. */
    public List<Map<String, Object>> list(Side side, String path, Object... variables) {
        List<Map<String, Object>> list = on(side).get().uri(path, variables).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
        return list.stream().map(Api::answer).toList();
    }

    /** A JSON object as the API sent it, for what must be read as a tree (the command side's API description). */
    public com.fasterxml.jackson.databind.JsonNode tree(Side side, String path) {
        return on(side).get().uri(path).retrieve().body(com.fasterxml.jackson.databind.JsonNode.class);
    }

    /** An answer of JSON lines (application/x-ndjson), each line an object. */
    public List<Map<String, Object>> lines(Side side, String path) {
        String body = on(side).get().uri(path).retrieve().body(String.class);
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (String line : body == null ? new String[0] : body.split("\\R")) {
            if (!line.isBlank()) {
                try {
                    lines.add(answer(json.readValue(line, OBJECT_TYPE)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return lines;
    }

    /** POST without a body (an operator's action on the query side); @return the answer, if any */
    public Map<String, Object> post(Side side, String path) {
        Map<String, Object> answer = on(side).post().uri(path).retrieve().body(OBJECT);
        return answer == null ? Map.of() : answer(answer);
    }

    public void delete(Side side, String path) {
        on(side).delete().uri(path).retrieve().toBodilessEntity();
    }

    /** A text answer (e.g. a demo token). */
    public String text(Side side, String path, Object... variables) {
        return on(side).get().uri(path, variables).accept(MediaType.TEXT_PLAIN).retrieve().body(String.class);
    }

    /**
     * POST a command's JSON body; {@code version}, when given, goes as If-Match so that a cooperation changed since
     * the page showed it is refused as stale rather than changed blindly.
     */
    public Map<String, Object> send(String path, Object body, Long version, String reason) {
        return command.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (version != null) {
                        h.setIfMatch("\"" + version + "\"");
                    }
                    if (reason != null && !reason.isBlank()) {
                        h.set("X-Reason", reason);
                    }
                })
                .body(body).retrieve().body(OBJECT);
    }

    /** Uploads a document's file to the command side, streamed, with the version the page showed. */
    public Map<String, Object> upload(String path, InputStream file, String mediaType, long size, Long version) {
        return command.post().uri(path)
                .contentType(mediaType == null || mediaType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType(mediaType))
                .contentLength(size)
                .headers(h -> {
                    if (version != null) {
                        h.setIfMatch("\"" + version + "\"");
                    }
                })
                .body(new InputStreamResource(file)).retrieve().body(OBJECT);
    }

    /**
     * Streams a file the query side serves (a document, a report as PDF or CSV, an audit bundle) to the page's
     * response, with the type, length, file name and ETag the query side answered.
     */
    public void download(String path, Map<String, ?> parameters, HttpServletResponse out, Object... variables) {
        query.get().uri(builder -> uri(builder, path, parameters, variables)).exchange((request, response) -> {
            if (response.getStatusCode().isError()) {
                throw new ApiProblem(response.getStatusCode().value(), problem(response.getBody()));
            }
            for (String name : new String[]{HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
                    HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.ETAG}) {
                String value = response.getHeaders().getFirst(name);
                if (value != null) {
                    out.setHeader(name, value);
                }
            }
            try (InputStream in = response.getBody()) {
                StreamUtils.copy(in, out.getOutputStream());
            }
            return null;
        });
    }

    /**
     * Relays a stream of server-sent events from the query side to {@code out} as its events arrive, until either end
     * closes it. The token is passed explicitly: the relay runs outside the request's thread.
     */
    public void relayEvents(String path, String token, OutputStream out, Object... variables) {
        query.get().uri(path, variables).accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(token))
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw new ApiProblem(response.getStatusCode().value(), problem(response.getBody()));
                    }
                    byte[] buffer = new byte[8192];
                    try (InputStream in = response.getBody()) {
                        for (int read; (read = in.read(buffer)) >= 0; ) {
                            try {
                                out.write(buffer, 0, read);
                                out.flush();
                            } catch (IOException pageLeft) {
                                // the browser closed the page: the relay ends with it, as it should
                                return null;
                            }
                        }
                    }
                    return null;
                });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(InputStream body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException notJson) {
            return Map.of();
        }
    }

    private static URI uri(UriBuilder builder, String path, Map<String, ?> parameters, Object... variables) {
        // every value as a template variable, so that a search text with braces or ampersands stays one value
        Map<String, Object> values = new java.util.HashMap<>();
        builder.path(UriComponentsBuilder.fromPath(path).buildAndExpand(variables).toUriString());
        parameters.forEach((name, value) -> {
            if (value != null && !String.valueOf(value).isBlank()) {
                builder.queryParam(name, "{" + name + "}");
                values.put(name, value);
            }
        });
        return builder.build(values);
    }
}
