package id.kerjasama.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sends commands to the API as a frontend would, as one caller at a time, and reads the JSON answers. */
public final class CommandApi {

    public record Answer(int status, JsonNode body, Map<String, String> headers) {

        public String text(String field) {
            return body.path(field).asText();
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private RequestPostProcessor caller;

    public CommandApi(MockMvc mvc) {
        this.mvc = mvc;
        as("officer-lamandau", "UNIT_OFFICER", "62.09");
    }

    /**
     * Sends the following requests as an authenticated caller: a validated bearer token with these claims (the
     * token's signature itself is tested where the decoder is, in the security tests).
     */
    public CommandApi as(String actorId, String role, String region) {
        caller = SecurityMockMvcRequestPostProcessors.jwt().jwt(token -> token.subject(actorId)
                .claim("kerjasama_role", role).claim("kerjasama_region", region).claim("name", "Nama " + actorId));
        return this;
    }

    /** Sends the following requests without any token. */
    public CommandApi anonymous() {
        caller = null;
        return this;
    }

    public CommandApi header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    public Answer initiate(String body) {
        return post("/api/cooperations", body);
    }

    public Answer send(String cooperationId, String command, String body) {
        return post("/api/cooperations/" + cooperationId + "/" + command, body);
    }

    public Answer post(String path, String body) {
        try {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                    .contentType(MediaType.APPLICATION_JSON);
            if (body != null && !body.isEmpty()) {
                request.content(body);
            }
            headers.forEach(request::header);
            if (caller != null) {
                request.with(caller);
            }
            MvcResult result = mvc.perform(request).andReturn();
            String content = result.getResponse().getContentAsString();
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            result.getResponse().getHeaderNames().forEach(name ->
                    responseHeaders.put(name.toLowerCase(), result.getResponse().getHeader(name)));
            return new Answer(result.getResponse().getStatus(), content.isEmpty() ? json.nullNode() : json.readTree(content),
                    responseHeaders);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SHA-256 made of one repeated hex digit: valid, and easy to tell apart in a test. */
    public static String sha(char digit) {
        return String.valueOf(digit).repeat(64);
    }

    public static String file(String name, char digit) {
        return "{\"fileName\":\"" + name + "\",\"sha256\":\"" + sha(digit) + "\"}";
    }
}
