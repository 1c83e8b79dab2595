package id.kerjasama.command.cooperation.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.web.openapi.ApiTexts;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which properties of a command body a request must give, as the kernel's own checks decide: a record component is
 * required when the record, made from its example ({@code openapi/command-api/<Command>.json}) with that component
 * left out, refuses to be made. Nested records (a partner, a term) are found in their commands' examples.
 */
@Component
class RequiredProperties {

    private final ObjectMapper json;
    private final ApiTexts texts = new ApiTexts("command-api");
    private Map<Class<?>, Object> examples;

    RequiredProperties(MappingJackson2HttpMessageConverter requestJson) {
        this.json = requestJson.getObjectMapper();
    }

    synchronized Set<String> of(Class<?> type) {
        if (examples == null) {
            examples = examples();
        }
        Object example = examples.get(type);
        Set<String> required = new TreeSet<>();
        if (example == null || !type.isRecord()) {
            return required;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(c -> value(c, example)).toArray();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive()) {
                continue;
            }
            Object[] without = values.clone();
            without[i] = null;
            try {
                canonical(type).newInstance(without);
            } catch (InvocationTargetException refused) {
                required.add(components[i].getName());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make " + type.getName(), e);
            }
        }
        return required;
    }

    /** Every command's example as the API reads it, and every record within it, by type. */
    private Map<Class<?>, Object> examples() {
        Map<Class<?>, Object> found = new LinkedHashMap<>();
        for (Method method : CooperationController.class.getDeclaredMethods()) {
            CommandArguments.commandOf(method)
                    .ifPresent(command -> texts.example(command.getSimpleName()).ifPresent(example ->
                            collect(read(command, example), found)));
        }
        return found;
    }

    /** As {@link CommandArguments} reads it: a command on an existing cooperation has the path's id. */
    private Object read(Class<?> command, JsonNode example) {
        ObjectNode body = example.deepCopy();
        if (!body.has("cooperationId")) {
            body.put("cooperationId", CooperationId.generate().value());
        }
        try {
            return json.treeToValue(body, command);
        } catch (Exception e) {
            throw new IllegalStateException("The example of " + command.getSimpleName()
                    + " (openapi/command-api/" + command.getSimpleName() + ".json) is refused: " + e.getMessage(), e);
        }
    }

    private static void collect(Object value, Map<Class<?>, Object> found) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, found));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, found));
        } else if (value != null && value.getClass().isRecord() && found.putIfAbsent(value.getClass(), value) == null) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collect(value(component, value), found);
            }
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        Constructor<?> constructor = type.getDeclaredConstructor(
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new));
        constructor.setAccessible(true);
        return constructor;
    }
}
