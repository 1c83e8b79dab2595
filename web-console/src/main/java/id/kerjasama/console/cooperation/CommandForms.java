package id.kerjasama.console.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.console.api.Descriptions;
import id.kerjasama.console.api.Side;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The forms of the commands, made from the command side's own API description ({@code /v3/api-docs}): every field
 * with its description, type, choices and whether it is required, and back from the submitted form to the JSON body.
 * One template serves every command, so the console repeats no field list and a new field of the API appears in its
 * form without a change here.
 */
@Component
public class CommandForms {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COOPERATION_COMMANDS = "/api/cooperations/{id}/";

    private final Descriptions descriptions;

    CommandForms(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** A command the API takes: its name, its path, its summary and the schema of its body (none: no body). */
    public record Command(String name, String operationId, String path, String summary, String schema) {

        /** The path with the cooperation's id filled in. */
        public String pathFor(String cooperationId) {
            return path.replace("{id}", cooperationId);
        }
    }

    private JsonNode description() {
        return descriptions.of(Side.COMMAND);
    }

    /** Every command on an existing cooperation that takes a JSON body or none, in the description's order. */
    public List<Command> cooperationCommands() {
        List<Command> commands = new ArrayList<>();
        description().path("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            String rest = path.getKey().startsWith(COOPERATION_COMMANDS)
                    ? path.getKey().substring(COOPERATION_COMMANDS.length()) : null;
            if (!post.isMissingNode() && rest != null && !rest.contains("/")) {
                commands.add(command(path.getKey(), post));
            }
        });
        return commands;
    }

    /**
     * The forms of the commands the query side lists as the person's to send on a cooperation (name, method and
     * path), in its order: which ones is the API's to say, the form of each the command side's description.
     */
    public List<Command> sendable(List<Map<String, Object>> listed) {
        List<Command> sendable = new ArrayList<>();
        List<Command> all = cooperationCommands();
        for (Map<String, Object> command : listed) {
            String path = String.valueOf(command.get("path"));
            all.stream().filter(c -> path.endsWith("/" + c.path().substring(COOPERATION_COMMANDS.length())))
                    .findFirst().ifPresent(sendable::add);
        }
        return sendable;
    }

    /** The command that starts a cooperation. */
    public Command initiation() {
        return command("/api/cooperations", description().path("paths").path("/api/cooperations").path("post"));
    }

    public Optional<Command> cooperationCommand(String operationId) {
        return cooperationCommands().stream().filter(c -> c.operationId().equals(operationId)).findFirst();
    }

    private Command command(String path, JsonNode post) {
        String ref = post.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText("");
        String schema = ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
        String operationId = post.path("operationId").asText();
        String name = schema != null ? schema : Character.toUpperCase(operationId.charAt(0)) + operationId.substring(1);
        return new Command(name, operationId, path, post.path("summary").asText(""), schema);
    }

    /** The example body the API's description gives for the command, or an empty one. */
    public JsonNode example(Command command) {
        return command.schema() == null ? NODES.objectNode()
                : schema(command.schema()).path("example").isObject() ? schema(command.schema()).path("example")
                : NODES.objectNode();
    }

    /** The fields of the command's form, holding {@code values} (what was submitted, or an example). */
    public List<FormField> fields(Command command, JsonNode values) {
        if (command.schema() == null) {
            return List.of();
        }
        return fields("", schema(command.schema()), values, schema(command.schema()).path("example"));
    }

    /** The command's JSON body from the submitted form: blank inputs are left out, the API says what is missing. */
    public ObjectNode body(Command command, Map<String, List<String>> form) {
        if (command.schema() == null) {
            return NODES.objectNode();
        }
        JsonNode built = read("", schema(command.schema()), form);
        return built instanceof ObjectNode object ? object : NODES.objectNode();
    }

    /**
     * The body with one more (empty) item in the list at {@code path} ({@code signatories},
     * {@code content.commitments}, {@code actions[0].owners}): what the form's "one more" button asks for.
     */
    public ObjectNode withOneMore(ObjectNode body, String path) {
        ObjectNode node = body;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            java.util.regex.Matcher step = java.util.regex.Pattern.compile("([^\\[]+)(?:\\[(\\d+)])?").matcher(steps[i]);
            if (!step.matches()) {
                return body;
            }
            boolean last = i == steps.length - 1;
            if (step.group(2) == null) {
                if (last) {
                    ArrayNode items = node.has(step.group(1)) && node.get(step.group(1)).isArray()
                            ? (ArrayNode) node.get(step.group(1)) : node.putArray(step.group(1));
                    // an empty list shows one empty item already: the new one comes after it
                    if (items.isEmpty()) {
                        items.addObject();
                    }
                    items.addObject();
                    return body;
                }
                node = node.has(step.group(1)) && node.get(step.group(1)).isObject()
                        ? (ObjectNode) node.get(step.group(1)) : node.putObject(step.group(1));
            } else {
                ArrayNode items = node.has(step.group(1)) && node.get(step.group(1)).isArray()
                        ? (ArrayNode) node.get(step.group(1)) : node.putArray(step.group(1));
                int index = Integer.parseInt(step.group(2));
                while (items.size() <= index) {
                    items.addObject();
                }
                if (!items.get(index).isObject()) {
                    return body;
                }
                node = (ObjectNode) items.get(index);
            }
        }
        return body;
    }

    private JsonNode schema(String name) {
        return description().path("components").path("schemas").path(name);
    }

    private JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? schema(schema.get("$ref").asText().substring("#/components/schemas/".length()))
                : schema;
    }

    private List<FormField> fields(String prefix, JsonNode objectSchema, JsonNode values, JsonNode example) {
        List<FormField> fields = new ArrayList<>();
        Set<String> required = new java.util.HashSet<>();
        objectSchema.path("required").forEach(r -> required.add(r.asText()));
        // required fields first, each group in the description's (alphabetical) order
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        objectSchema.path("properties").fields().forEachRemaining(properties::add);
        properties.sort((a, b) -> Boolean.compare(!required.contains(a.getKey()), !required.contains(b.getKey())));
        for (Map.Entry<String, JsonNode> property : properties) {
            String name = property.getKey();
            fields.add(field(prefix + name, name, property.getValue(), required.contains(name), values.path(name),
                    example.path(name)));
        }
        return fields;
    }

    private FormField field(String path, String name, JsonNode declared, boolean required, JsonNode value,
                            JsonNode example) {
        JsonNode schema = resolve(declared);
        String description = declared.path("description").asText(schema.path("description").asText(""));
        String type = schema.path("type").asText("object");
        List<String> options = new ArrayList<>();
        if (type.equals("array")) {
            JsonNode items = resolve(schema.path("items"));
            items.path("enum").forEach(o -> options.add(o.asText()));
            if (!options.isEmpty()) {
                return new FormField(path, name, description, "choices", required, options, texts(value), hint(example), List.of());
            }
            if (items.path("type").asText("object").equals("object")) {
                List<FormField> itemForms = new ArrayList<>();
                int count = Math.max(1, value.size());
                for (int i = 0; i < count; i++) {
                    String itemPath = path + "[" + i + "]";
                    itemForms.add(new FormField(itemPath, name + " " + (i + 1), "", "group", false, List.of(), null, "",
                            fields(itemPath + ".", items, value.path(i), example.path(Math.min(i, Math.max(0, example.size() - 1))))));
                }
                return new FormField(path, name, description, "list", required, List.of(), null, "", itemForms);
            }
            return new FormField(path, name, description, "lines", required, List.of(), texts(value), hint(example), List.of());
        }
        if (type.equals("object")) {
            return new FormField(path, name, description, "group", required, List.of(), null, "",
                    fields(path + ".", schema, value, example));
        }
        schema.path("enum").forEach(o -> options.add(o.asText()));
        String kind = !options.isEmpty() ? "choice"
                : type.equals("boolean") ? "boolean"
                : type.equals("integer") || type.equals("number") ? "number"
                : "date".equals(schema.path("format").asText()) ? "date" : "text";
        return new FormField(path, name, description, kind, required, options,
                value.isMissingNode() || value.isNull() ? null : value.asText(), hint(example), List.of());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String hint(JsonNode example) {
        if (example.isMissingNode() || example.isNull() || example.isContainerNode() && example.isEmpty()) {
            return "";
        }
        return example.isArray() ? String.join(", ", texts(example)) : example.asText();
    }

    /** @return the value at {@code path}, or null when the form left it blank */
    private JsonNode read(String path, JsonNode declared, Map<String, List<String>> form) {
        JsonNode schema = resolve(declared);
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(property -> {
                    JsonNode value = read(path.isEmpty() ? property.getKey() : path + "." + property.getKey(), property.getValue(), form);
                    if (value != null) {
                        object.set(property.getKey(), value);
                    }
                });
                return object.isEmpty() ? null : object;
            }
            case "array" -> {
                JsonNode items = resolve(schema.path("items"));
                ArrayNode array = NODES.arrayNode();
                if (items.path("type").asText("object").equals("object") && !items.has("enum")) {
                    for (int i = 0; form.keySet().stream().anyMatch(startsWith(path + "[")); i++) {
                        String itemPath = path + "[" + i + "]";
                        if (form.keySet().stream().noneMatch(startsWith(itemPath + "."))) {
                            break;
                        }
                        JsonNode item = read(itemPath, items, form);
                        if (item != null) {
                            array.add(item);
                        }
                    }
                } else {
                    for (String value : values(path, form)) {
                        // a list of texts comes as one text, an item a line; a list of choices as several values
                        for (String line : value.split("\\R")) {
                            if (!line.isBlank()) {
                                array.add(line.strip());
                            }
                        }
                    }
                }
                return array.isEmpty() ? null : array;
            }
            default -> {
                List<String> values = values(path, form);
                String value = values.isEmpty() ? "" : values.get(0);
                if (value.isBlank()) {
                    return null;
                }
                if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
                    return NODES.booleanNode(Boolean.parseBoolean(value));
                }
                if (type.equals("integer") || type.equals("number")) {
                    try {
                        return NODES.numberNode(new BigDecimal(value.strip()));
                    } catch (NumberFormatException notANumber) {
                        // sent as typed: the API names the field and says why it is not a number
                        return NODES.textNode(value);
                    }
                }
                return NODES.textNode(value);
            }
        }
    }

    private static java.util.function.Predicate<String> startsWith(String prefix) {
        return key -> key.startsWith(prefix);
    }

    private static List<String> values(String path, Map<String, List<String>> form) {
        return form.getOrDefault(path, List.of());
    }

}
