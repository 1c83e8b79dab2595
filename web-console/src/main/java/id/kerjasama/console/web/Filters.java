package id.kerjasama.console.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The filters of a list page: the query parameters it passes on to the API, each blank when not given. */
public final class Filters {

    private Filters() {
    }

    public static Map<String, String> of(Map<String, String> parameters, String... names) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : names) {
            filters.put(name, parameters.getOrDefault(name, ""));
        }
        return filters;
    }
}
