package id.kerjasama.console.reminder;

import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Descriptions;
import id.kerjasama.console.api.Side;
import id.kerjasama.console.web.Filters;
import id.kerjasama.console.web.Sections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Reminders, for the secretariat (its region) and the operator (every region): the messages the notifier made, with
 * their status and attempts, another round for one given up, and the region's contact directory. Who reads what is the
 * query side's decision; a section the person may not read shows its refusal.
 */
@Controller
class ReminderController {

    private static final String[] FILTERS = {"status", "page"};

    private final Api api;
    private final Descriptions descriptions;

    ReminderController(Api api, Descriptions descriptions) {
        this.api = api;
        this.descriptions = descriptions;
    }

    @GetMapping("/reminders")
    String reminders(@RequestParam Map<String, String> parameters, Model model) {
        Map<String, String> filters = Filters.of(parameters, FILTERS);
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", descriptions.choices(Side.QUERY, "/api/notifications", "status"));
        Sections.read(model, "messages", () -> api.get(Side.QUERY, "/api/notifications", filters));
        Sections.read(model, "contacts", () -> Map.of("items", api.list(Side.QUERY, "/api/contacts")));
        return "reminders";
    }

    @PostMapping("/reminders/{id}/retry")
    String retry(@PathVariable long id) {
        api.post(Side.QUERY, "/api/notifications/" + id + "/retry");
        return "redirect:/reminders";
    }
}
