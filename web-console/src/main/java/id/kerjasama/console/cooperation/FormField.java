package id.kerjasama.console.cooperation;

import java.util.List;

/**
 * One field of a command's form, made from the command API's description of the body: its path in the body (the
 * name the API's problem uses for it, e.g. {@code content.term.end} or {@code signatories[1].name}), its description,
 * what kind of input it takes, and what it holds now.
 *
 * @param kind     {@code text}, {@code number}, {@code date}, {@code boolean}, {@code choice} (one of
 *                 {@code options}), {@code choices} (any of them), {@code lines} (a list of texts, one a line),
 *                 {@code group} (an object: {@code children}) or {@code list} (a list of objects: {@code children}
 *                 are its items, each a group)
 * @param value    a text, or for {@code choices} and {@code lines} the list of texts
 * @param example  the description's example for the field, shown as a hint
 */
public record FormField(String path, String name, String description, String kind, boolean required,
                        List<String> options, Object value, String example, List<FormField> children) {

    /** The HTML id of the field's input, and of its error (which the input names with aria-describedby). */
    public String id() {
        return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    public boolean selected(String option) {
        return value instanceof List<?> list ? list.contains(option) : option.equals(value);
    }

    public String text() {
        if (value instanceof List<?> list) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }
}
