package id.kerjasama.console.operator;

import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Side;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/** The operator's page: the read models' rebuild and its progress, and the dead letters with retry and eviction. */
@Controller
class OperatorController {

    private final Api api;

    OperatorController(Api api) {
        this.api = api;
    }

    @GetMapping("/operator")
    String operator(@RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("progress", api.get(Side.QUERY, "/api/admin/rebuild", Map.of()));
        model.addAttribute("letters", api.get(Side.QUERY, "/api/admin/dead-letters", Map.of("page", page)));
        return "operator";
    }

    /** The progress alone, which the page polls (htmx) while a rebuild runs. */
    @GetMapping("/operator/progress")
    String progress(Model model) {
        model.addAttribute("progress", api.get(Side.QUERY, "/api/admin/rebuild", Map.of()));
        return "operator :: progress";
    }

    @PostMapping("/operator/rebuild")
    String rebuild() {
        api.post(Side.QUERY, "/api/admin/rebuild");
        return "redirect:/operator";
    }

    @PostMapping("/operator/dead-letters/retry")
    String retryAll() {
        api.post(Side.QUERY, "/api/admin/dead-letters/retry");
        return "redirect:/operator";
    }

    @PostMapping("/operator/dead-letters/{cooperationId}/retry")
    String retry(@PathVariable String cooperationId) {
        api.post(Side.QUERY, "/api/admin/dead-letters/" + cooperationId + "/retry");
        return "redirect:/operator";
    }

    @PostMapping("/operator/dead-letters/{cooperationId}/evict")
    String evict(@PathVariable String cooperationId) {
        api.delete(Side.QUERY, "/api/admin/dead-letters/" + cooperationId);
        return "redirect:/operator";
    }
}
