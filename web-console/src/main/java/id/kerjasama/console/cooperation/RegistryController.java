package id.kerjasama.console.cooperation;

import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Descriptions;
import id.kerjasama.console.api.Side;
import id.kerjasama.console.web.Filters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The registry with the query API's filters, sorting and paging, and the partners. */
@Controller
class RegistryController {

    /** The registry's filters the page offers, passed to the query API as they are. */
    private static final String[] FILTERS = {"q", "stage", "type", "region", "endsBefore", "sort", "page"};

    private final Api api;
    private final Descriptions descriptions;

    RegistryController(Api api, Descriptions descriptions) {
        this.api = api;
        this.descriptions = descriptions;
    }

    @GetMapping("/cooperations")
    String registry(@RequestParam Map<String, String> parameters, Model model) {
        Map<String, String> filters = Filters.of(parameters, FILTERS);
        model.addAttribute("filters", filters);
        model.addAttribute("stages", descriptions.choices(Side.QUERY, "/api/cooperations", "stage"));
        model.addAttribute("types", descriptions.choices(Side.QUERY, "/api/cooperations", "type"));
        model.addAttribute("result", api.get(Side.QUERY, "/api/cooperations", filters));
        return "registry";
    }

    @GetMapping("/partners")
    String partners(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String page,
                    Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", api.get(Side.QUERY, "/api/partners", Map.of("q", q, "page", page)));
        return "partners";
    }
}
