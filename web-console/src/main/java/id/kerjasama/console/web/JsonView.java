package id.kerjasama.console.web;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a page shows an answer whose shape it does not spell out (a report, a verification, the rebuild's progress):
 * an object as a list of its properties, a list of objects as a table, anything else as text. The reports keep their
 * shape in the query API alone; pages call it as {@code @json.kind(...)}.
 */
@Component("json")
public class JsonView {

    /** @return {@code object}, {@code table} (a list of objects), {@code list} (of anything else) or {@code text} */
    public String kind(Object value) {
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty() && list.stream().allMatch(Map.class::isInstance) ? "table" : "list";
        }
        return "text";
    }

    /** The columns of a table: every property any of its rows has, in the order they first appear. */
    public List<String> columns(List<?> rows) {
        Set<String> columns = new LinkedHashSet<>();
        for (Object row : rows) {
            ((Map<?, ?>) row).keySet().forEach(key -> columns.add(String.valueOf(key)));
        }
        return new ArrayList<>(columns);
    }
}
