package id.kerjasama.console.home;

import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Side;
import id.kerjasama.console.web.Sections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;
import java.util.Map;

/**
 * Home: the person's inbox (open flags and steps waiting on the person's role) and what ends in the next 90 days.
 * Whatever the person's role may not read, the API refuses, and the page shows that section's refusal alone.
 */
@Controller
class HomeController {

    private final Api api;

    HomeController(Api api) {
        this.api = api;
    }

    @GetMapping("/")
    String home(Model model) {
        Sections.read(model, "inbox", () -> api.get(Side.QUERY, "/api/inbox", Map.of("size", "50")));
        LocalDate until = LocalDate.now().plusDays(90);
        model.addAttribute("until", until);
        Sections.read(model, "ending", () -> api.get(Side.QUERY, "/api/cooperations",
                Map.of("endsBefore", until.toString(), "sort", "termEnd,asc")));
        return "home";
    }
}
