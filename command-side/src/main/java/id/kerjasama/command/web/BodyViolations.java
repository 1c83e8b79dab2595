package id.kerjasama.command.web;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.Violation;
import id.kerjasama.validation.Violations;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every invalid field of a body at once, where Jackson would stop at the first. The body is walked along the record
 * it stands for: each value that is not itself a record, a list or a map is read alone with the strict mapper (its
 * type, format, plain text and date range), and each record is made from what could be read with its constructor
 * collecting ({@link Violations}), so that the rules stay in the kernel's constructors. A field is named by its path
 * in the body ({@code partner.name}, {@code signatories[1].name}); a refusal that follows from one already named at
 * or under the same path (a value that could not be read, then reported missing) is left out.
 */
public final class BodyViolations {

    private final ObjectMapper json;

    /** @param strict the mapper that reads the bodies, whose refusals these are */
    public BodyViolations(ObjectMapper strict) {
        this.json = strict;
    }

    /**
     * Every refusal in a body the mapper refused with {@code failure}: empty when the failure is not a field's (the
     * body is no object), so that it is answered as a malformed body.
     */
    public List<Violation> of(Class<?> type, ObjectNode body, JsonMappingException failure) {
        List<Violation> found = new ArrayList<>();
        read(json.constructType(type), body, "", found);
        if (found.isEmpty() && (!path(failure).isEmpty() || failure.getCause() instanceof InvalidValueException)) {
            // the walk and the mapper disagree: the mapper's own refusal, alone, is still the truth
            found.add(violation(failure, ""));
        }
        return found;
    }

    private Object read(JavaType type, JsonNode node, String path, List<Violation> found) {
        Class<?> raw = type.getRawClass();
        if ((node == null || node.isNull()) && !raw.isPrimitive()) {
            return null; // whether it may be missing is the constructor's to say
        }
        if (raw.isRecord() && !scalar(raw)) {
            return record(type, node, path, found);
        }
        if (type.isCollectionLikeType()) {
            return collection(type, node, path, found);
        }
        if (type.isMapLikeType()) {
            return map(type, node, path, found);
        }
        return value(type, node == null ? NullNode.getInstance() : node, path, found);
    }

    private Object record(JavaType type, JsonNode node, String path, List<Violation> found) {
        if (!node.isObject()) {
            found.add(new Violation(path, "TYPE", path + " must be an object"));
            return null;
        }
        RecordComponent[] components = type.getRawClass().getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (json.getDeserializationConfig().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            node.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    found.add(new Violation(at(path, name), "UNKNOWN_FIELD",
                            at(path, name) + " is not a field here; known fields: " + known));
                }
            });
        }
        int before = found.size();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = read(json.getTypeFactory().constructType(components[i].getGenericType()), node.get(name),
                    at(path, name), found);
        }
        List<Violation> mine = new ArrayList<>(found.subList(before, found.size()));
        List<Violation> unread = List.copyOf(mine);
        @SuppressWarnings("unchecked")
        Violations.Outcome<? extends Record> made = Violations.construct((Class<? extends Record>) type.getRawClass(), values);
        made.violations().stream().map(v -> v.within(path))
                .filter(v -> unread.stream().noneMatch(u -> within(u.field(), v.field())))
                .forEach(mine::add);
        // in the order of the record's fields, as a reader goes through the body
        List<String> order = List.copyOf(known);
        mine.sort(Comparator.comparingInt(v -> position(order, path, v.field())));
        found.subList(before, found.size()).clear();
        found.addAll(mine);
        return made.value();
    }

    private Object collection(JavaType type, JsonNode node, String path, List<Violation> found) {
        if (!node.isArray()) {
            found.add(new Violation(path, "TYPE", path + " must be a list"));
            return null;
        }
        Collection<Object> items = Set.class.isAssignableFrom(type.getRawClass()) ? new LinkedHashSet<>() : new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(read(type.getContentType(), node.get(i), path + "[" + i + "]", found));
        }
        return items;
    }

    private Object map(JavaType type, JsonNode node, String path, List<Violation> found) {
        if (!node.isObject()) {
            found.add(new Violation(path, "TYPE", path + " must be an object"));
            return null;
        }
        Map<Object, Object> entries = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String at = at(path, entry.getKey());
            Object key = value(type.getKeyType(), TextNode.valueOf(entry.getKey()), at, found);
            Object value = read(type.getContentType(), entry.getValue(), at, found);
            if (key != null) {
                entries.put(key, value);
            }
        });
        return entries;
    }

    private Object value(JavaType type, JsonNode node, String path, List<Violation> found) {
        try {
            return json.readerFor(type).readValue(node);
        } catch (JsonMappingException e) {
            found.add(violation(e, path));
        } catch (InvalidValueException e) {
            // a deserializer's own refusal, which Jackson wraps with a path only inside an object
            found.add(refusal(e, path, true));
        } catch (IOException e) {
            found.add(new Violation(path, "TYPE", path + " must be " + expected(type.getRawClass())));
        }
        return null;
    }

    /** A kernel record written as one value, such as an id or a region code. */
    private static boolean scalar(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).anyMatch(c -> c.getAccessor().isAnnotationPresent(JsonValue.class));
    }

    /** The mapper's refusal of the value at {@code prefix}, named by its path in the body. */
    private static Violation violation(JsonMappingException e, String prefix) {
        String relative = path(e);
        String path = relative.isEmpty() ? prefix : prefix.isEmpty() || relative.startsWith("[") ? prefix + relative
                : prefix + "." + relative;
        if (e.getCause() instanceof InvalidValueException invalid) {
            return refusal(invalid, path, relative.isEmpty() && !prefix.isEmpty());
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new Violation(path, "ONE_OF", path + " must be one of " + allowed);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Violation(path, "UNKNOWN_FIELD", path + " is not a field here; known fields: "
                    + unknown.getKnownPropertyIds());
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return new Violation(path, "TYPE", path + " must be " + expected(target));
    }

    /** A value written as one (a text, a date, an id) is refused where it sits; a record names its own field. */
    private static Violation refusal(InvalidValueException invalid, String path, boolean oneValue) {
        if (oneValue || invalid.field().isEmpty()) {
            String message = invalid.field().isEmpty() ? path + " " + invalid.getMessage()
                    : invalid.field().equals(path) ? invalid.getMessage() : path + ": " + invalid.getMessage();
            return new Violation(path, invalid.rule(), message);
        }
        return new Violation(at(path, invalid.field()), invalid.rule(), invalid.getMessage());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type == String.class ? "a text" : "an object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Where the component a field lies in comes among a record's components; last when it is none of them. */
    private static int position(List<String> components, String path, String field) {
        String relative = path.isEmpty() ? field : field.startsWith(path + ".") ? field.substring(path.length() + 1) : "";
        int end = relative.length();
        for (char stop : new char[]{'.', '['}) {
            int at = relative.indexOf(stop);
            end = at < 0 ? end : Math.min(end, at);
        }
        int index = components.indexOf(relative.substring(0, end));
        return index < 0 ? components.size() : index;
    }

    private static String at(String path, String name) {
        return path.isEmpty() ? name : name.isEmpty() ? path : path + "." + name;
    }

    /** Whether {@code inner} is {@code outer} or lies under it. */
    private static boolean within(String inner, String outer) {
        return inner.equals(outer) || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }
}
