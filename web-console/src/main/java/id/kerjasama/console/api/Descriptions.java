package id.kerjasama.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The two APIs' own descriptions ({@code /v3/api-docs}), read once each: the console takes its forms and the choices
 * of its filters from them rather than keeping lists of its own.
 */
@Component
public class Descriptions {

    private final Api api;
    private final Map<Side, JsonNode> read = new EnumMap<>(Side.class);

    Descriptions(Api api) {
        this.api = api;
    }

    /** The side's OpenAPI description; it changes only with a new release of that side. */
    public synchronized JsonNode of(Side side) {
        return read.computeIfAbsent(side, s -> api.tree(s, "/v3/api-docs"));
    }

    /** The values a GET parameter of the side's API takes (its enum, or its items' enum), in the API's order. */
    public List<String> choices(Side side, String path, String parameter) {
        List<String> choices = new ArrayList<>();
        for (JsonNode p : of(side).path("paths").path(path).path("get").path("parameters")) {
            if (p.path("name").asText().equals(parameter)) {
                JsonNode schema = p.path("schema");
                (schema.has("items") ? schema.path("items") : schema).path("enum").forEach(v -> choices.add(v.asText()));
            }
        }
        return choices;
    }
}
