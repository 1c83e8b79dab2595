package id.kerjasama.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object an API answered, as the pages read it. The APIs leave out what has no value, and a page asks for a
 * property that may be absent ({@code c.liaisonOfficer}): such a property reads as null here rather than failing
 * the page, as it would in a plain map.
 */
public final class Answer extends LinkedHashMap<String, Object> {

    private Answer() {
    }

    /** Every object in {@code json} (maps and lists as Jackson read them) as an {@link Answer}. */
    @SuppressWarnings("unchecked")
    static Object of(Object json) {
        if (json instanceof Map<?, ?> map) {
            Answer answer = new Answer();
            ((Map<String, Object>) map).forEach((key, value) -> answer.put(key, of(value)));
            return answer;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(Answer::of).toList();
        }
        return json;
    }

    @Override
    public boolean containsKey(Object key) {
        // what SpEL asks before it reads a property of a map: every property of an answer can be read
        return true;
    }
}
