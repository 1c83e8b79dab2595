package id.kerjasama.command.web;

import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.cooperation.web.CommandBody;
import id.kerjasama.command.cooperation.web.CooperationController;
import id.kerjasama.actor.CommandPermissions;
import org.springframework.web.bind.annotation.PostMapping;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every body the command API takes, found from the controller and the command records themselves, and every place
 * in such a body where a text or a date goes: so that a test of "every field" cannot miss one added later.
 */
final class CommandBodies {

    /**
     * One place of one endpoint's body; {@code valueObject} when a kernel type is written as a bare text; {@code role}
     * one that may send the command.
     */
    record Slot(String endpoint, String path, boolean valueObject, ActorRole role) {

        /** The smallest body that puts this raw JSON value at this place. */
        String bodyWith(String rawJsonValue) {
            String json = rawJsonValue;
            String[] steps = path.split("\\.");
            for (int i = steps.length - 1; i >= 0; i--) {
                String step = steps[i];
                if (step.endsWith("[0]")) {
                    json = "[" + json + "]";
                    step = step.substring(0, step.length() - 3);
                }
                json = "{\"" + step + "\":" + json + "}";
            }
            return json;
        }
    }

    private CommandBodies() {
    }

    static List<Slot> texts() {
        return slots(String.class);
    }

    static List<Slot> dates() {
        return slots(LocalDate.class);
    }

    private static List<Slot> slots(Class<?> leaf) {
        List<Slot> slots = new ArrayList<>();
        for (Method method : CooperationController.class.getDeclaredMethods()) {
            PostMapping mapping = method.getAnnotation(PostMapping.class);
            if (mapping == null) {
                continue;
            }
            Arrays.stream(method.getParameters()).filter(p -> p.isAnnotationPresent(CommandBody.class)).forEach(body -> {
                String endpoint = "/api/cooperations" + (mapping.value().length == 0 ? "" : mapping.value()[0])
                        .replace("{id}", UUID.randomUUID().toString());
                ActorRole role = CommandPermissions.allowed(body.getType()).iterator().next();
                walk(body.getType(), "", leaf, new Slot(endpoint, "", false, role), slots);
            });
        }
        if (slots.isEmpty()) {
            throw new IllegalStateException("no command body has a " + leaf.getSimpleName());
        }
        return slots;
    }

    private static void walk(Type type, String path, Class<?> leaf, Slot of, List<Slot> slots) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == leaf) {
            slots.add(new Slot(of.endpoint(), path, false, of.role()));
        } else if (Collection.class.isAssignableFrom(raw)) {
            walk(((ParameterizedType) type).getActualTypeArguments()[0], path + "[0]", leaf, of, slots);
        } else if (Map.class.isAssignableFrom(raw)) {
            Type key = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (key instanceof Class<?> k && k.isEnum()) {
                walk(((ParameterizedType) type).getActualTypeArguments()[1],
                        path + "." + k.getEnumConstants()[0], leaf, of, slots);
            }
        } else if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            if (Arrays.stream(components).anyMatch(c -> c.getAccessor().isAnnotationPresent(JsonValue.class))) {
                if (leaf == String.class) {
                    slots.add(new Slot(of.endpoint(), path, true, of.role()));
                }
                return;
            }
            for (RecordComponent component : components) {
                if (path.isEmpty() && component.getName().equals("cooperationId")) {
                    continue; // always taken from the path
                }
                walk(component.getGenericType(), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        leaf, of, slots);
            }
        }
    }
}
