package id.kerjasama.console.web;

import id.kerjasama.console.api.ApiProblem;
import org.springframework.ui.Model;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page made of sections, each read from the API on its own: what the person's role may not read, the API refuses,
 * and the page shows that section's refusal ({@code <name>Problem}) in place of the section alone.
 */
public final class Sections {

    private Sections() {
    }

    public static void read(Model model, String name, Supplier<Map<String, Object>> read) {
        try {
            model.addAttribute(name, read.get());
        } catch (ApiProblem refused) {
            model.addAttribute(name + "Problem", refused.problem());
        }
    }
}
