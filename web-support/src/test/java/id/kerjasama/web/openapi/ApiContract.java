package id.kerjasama.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a side's API description must hold for a frontend team to build on it, each shortfall said with where to
 * fix it: every operation lists its refusals (as the shared problem), every request body has its required properties
 * and an example, every property and parameter is described, no framework type is a schema, and every status the
 * tests saw an operation answer is one it lists.
 */
public final class ApiContract {

    /** Types that write an answer: the description shows what they produce instead. */
    private static final Set<String> FRAMEWORK_TYPES = Set.of("SseEmitter", "ResponseBodyEmitter",
            "StreamingResponseBody", "ResponseEntity", "Resource", "InputStreamResource", "ModelAndView");

    private final JsonNode api;
    private final String texts;

    /**
     * @param module the module whose {@code src/main/resources/openapi/<name>.properties} holds the side's texts
     */
    public ApiContract(JsonNode api, String module, String name) {
        this.api = api;
        this.texts = module + "/src/main/resources/openapi/" + name + ".properties";
    }

    /** Every shortfall of the description itself. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        operations((method, path, operation) -> {
            String where = method.toUpperCase() + " " + path + " (" + operation.path("operationId").asText() + ")";
            JsonNode responses = operation.path("responses");
            if (!responses.has("401")) {
                gaps.add(where + " does not list 401 (a token is checked wherever one is sent): its side's "
                        + "ApiSide.errorStatuses");
            }
            boolean takesInput = operation.has("requestBody");
            for (JsonNode parameter : operation.path("parameters")) {
                takesInput |= !parameter.path("in").asText().equals("path");
            }
            if (takesInput && !responses.has("400")) {
                gaps.add(where + " reads a body or a parameter but does not list 400: its side's ApiSide.errorStatuses");
            }
            fieldNames(responses).stream().filter(s -> s.startsWith("4") || s.startsWith("5")).forEach(status -> {
                JsonNode content = responses.path(status).path("content");
                if (content.size() > 0 && !content.path("application/problem+json").path("schema").path("$ref").asText()
                        .endsWith("/Problem")) {
                    gaps.add(where + " answers " + status + " with another schema than Problem");
                }
            });
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("description").asText().isBlank()) {
                    gaps.add(where + ": parameter " + parameter.path("name").asText() + " has no description: add "
                            + "parameter." + parameter.path("name").asText() + "= (or parameter."
                            + operation.path("operationId").asText() + "." + parameter.path("name").asText() + "=) to "
                            + texts);
                }
            }
            operation.path("requestBody").path("content").forEach(media -> {
                String schema = refName(media.path("schema"));
                if (isFile(media.path("schema"))) {
                    return;   // a file's bytes: nothing to require, no example to give
                }
                if (schema == null) {
                    gaps.add(where + ": its body is no named schema");
                    return;
                }
                JsonNode body = api.path("components").path("schemas").path(schema);
                if (!body.has("required") || body.get("required").isEmpty()) {
                    gaps.add("request schema " + schema + " says no property is required (ApiSide.requiredProperties)");
                }
                if (!body.has("example") || !media.has("example")) {
                    gaps.add("request schema " + schema + " has no example: add "
                            + texts.replace(".properties", "/" + schema + ".json"));
                }
            });
        });
        Iterator<Map.Entry<String, JsonNode>> schemas = api.path("components").path("schemas").fields();
        while (schemas.hasNext()) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            if (FRAMEWORK_TYPES.contains(schema.getKey())) {
                gaps.add("schema " + schema.getKey() + " is a framework type: describe what it produces instead");
            }
            Iterator<Map.Entry<String, JsonNode>> properties = schema.getValue().path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (property.getValue().path("description").asText().isBlank()) {
                    gaps.add("schema " + schema.getKey() + ": property " + property.getKey() + " has no description: add "
                            + schema.getKey() + "." + property.getKey() + "= to " + texts);
                }
            }
        }
        return gaps;
    }

    /**
     * Every answer the tests saw an application give that its operation does not list, as "METHOD path status";
     * requests to no operation of the description (health, the description itself) are not the contract's.
     */
    public List<String> unlisted(String application) {
        Set<String> unlisted = new TreeSet<>();
        for (ObservedResponses.Observed seen : ObservedResponses.all()) {
            if (!seen.application().equals(application)) {
                continue;
            }
            String template = seen.pattern() ? (api.path("paths").has(seen.path()) ? seen.path() : null)
                    : template(seen.path());
            if (template == null) {
                continue;
            }
            JsonNode operation = api.path("paths").path(template).path(seen.method().toLowerCase());
            if (operation.isMissingNode()) {
                continue;
            }
            if (!operation.path("responses").has(Integer.toString(seen.status()))) {
                unlisted.add(seen.method() + " " + template + " " + seen.status());
            }
        }
        return List.copyOf(unlisted);
    }

    /**
     * The project's types that the handlers' answers and parameters are made of and that share a simple name, as
     * "Name: one.Type, other.Type": springdoc names a schema by the simple name, so one of them would silently stand
     * for the other in the description and in every client generated from it. Enums are written inline, not named.
     */
    public static List<String> schemaNameClashes(Collection<Method> handlers) {
        Map<String, Set<String>> byName = new TreeMap<>();
        Set<Type> seen = new HashSet<>();
        Deque<Type> next = new ArrayDeque<>();
        for (Method handler : handlers) {
            next.add(handler.getGenericReturnType());
            next.addAll(List.of(handler.getGenericParameterTypes()));
        }
        while (!next.isEmpty()) {
            Type type = next.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type instanceof ParameterizedType parameterized) {
                next.add(parameterized.getRawType());
                next.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                next.addAll(List.of(wildcard.getUpperBounds()));
            } else if (type instanceof GenericArrayType array) {
                next.add(array.getGenericComponentType());
            } else if (type instanceof Class<?> c && c.isArray()) {
                next.add(c.getComponentType());
            } else if (type instanceof Class<?> c && c.getName().startsWith("id.kerjasama.") && !c.isEnum()) {
                byName.computeIfAbsent(c.getSimpleName(), name -> new TreeSet<>()).add(c.getName());
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        next.add(field.getGenericType());
                    }
                }
            }
        }
        return byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).collect(Collectors.toList());
    }

    /** The path template of the description that a request's path matches, or null. */
    private String template(String path) {
        for (String template : fieldNames(api.path("paths"))) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return template;
            }
        }
        return null;
    }

    /** A body that is a file's bytes (an upload): a string of format binary. */
    private static boolean isFile(JsonNode schema) {
        return schema.path("type").asText().equals("string") && schema.path("format").asText().equals("binary");
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        for (String path : fieldNames(api.path("paths"))) {
            JsonNode item = api.path("paths").path(path);
            for (String method : fieldNames(item)) {
                visitor.visit(method, path, item.path(method));
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String refName(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
