package id.kerjasama.console.publicregister;

import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Descriptions;
import id.kerjasama.console.api.Side;
import id.kerjasama.console.web.Filters;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Map;

/**
 * The public register, without signing in: its figures by region, type, affair and stage, the signed agreements,
 * each with its downloadable signed documents and what the information officer withheld and why. Only the query side's public routes are called, without a token.
 */
@Controller
class PublicRegisterController {

    private static final String[] FILTERS = {"q", "region", "type", "sort", "page"};

    private final Api api;
    private final Descriptions descriptions;

    PublicRegisterController(Api api, Descriptions descriptions) {
        this.api = api;
        this.descriptions = descriptions;
    }

    @GetMapping("/public")
    String register(@RequestParam Map<String, String> parameters, Model model) {
        Map<String, String> filters = Filters.of(parameters, FILTERS);
        model.addAttribute("filters", filters);
        model.addAttribute("types", descriptions.choices(Side.QUERY, "/api/public/cooperations", "type"));
        model.addAttribute("result", api.get(Side.QUERY, "/api/public/cooperations", filters));
        model.addAttribute("statistics", api.get(Side.QUERY, "/api/public/statistics", Map.of("region", filters.get("region"))));
        return "public/register";
    }

    @GetMapping("/public/{id}")
    String cooperation(@PathVariable String id, Model model) {
        model.addAttribute("c", api.get(Side.QUERY, "/api/public/cooperations/{id}", Map.of(), id));
        return "public/cooperation";
    }

    @GetMapping("/public/{id}/documents/{documentId}/file")
    void signedOriginal(@PathVariable String id, @PathVariable String documentId, HttpServletResponse response)
            throws IOException {
        api.download("/api/public/cooperations/{id}/documents/{documentId}/file", Map.of(), response, id, documentId);
    }
}
