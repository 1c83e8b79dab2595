package id.kerjasama.console.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.ApiProblem;
import id.kerjasama.console.api.Side;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Every command as a form, made from the command API's description. A form on a cooperation sends the version the
 * page showed as If-Match: if someone changed the cooperation meanwhile, the API refuses it as stale and the page
 * says so and offers to reload. Any other refusal is shown as the API answered it, each message next to the field it
 * names, with what the person typed kept.
 */
@Controller
class CommandController {

    private final Api api;
    private final CommandForms forms;

    CommandController(Api api, CommandForms forms) {
        this.api = api;
        this.forms = forms;
    }

    @GetMapping("/cooperations/new")
    String initiation(@RequestParam(defaultValue = "false") boolean example, Model model) {
        CommandForms.Command command = forms.initiation();
        return form(command, null, example ? forms.example(command) : JsonNodeFactory.instance.objectNode(), model);
    }

    @PostMapping("/cooperations/new")
    String initiate(@RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
        CommandForms.Command command = forms.initiation();
        ObjectNode body = forms.body(command, fields(form));
        if (form.getFirst("_more") != null) {
            return more(command, null, body, form, model);
        }
        try {
            Map<String, Object> accepted = api.send(command.path(), body, null, form.getFirst("_reason"));
            return "redirect:/cooperations/" + accepted.get("id") + "?seen=" + accepted.get("version");
        } catch (ApiProblem refusal) {
            return refused(command, null, body, refusal, form.getFirst("_reason"), response, model);
        }
    }

    @GetMapping("/cooperations/{id}/commands/{operationId}")
    String command(@PathVariable String id, @PathVariable String operationId,
                   @RequestParam(defaultValue = "false") boolean example, Model model) {
        CommandForms.Command command = command(operationId);
        model.addAttribute("c", api.get(Side.QUERY, "/api/cooperations/{id}", Map.of(), id));
        return form(command, id, example ? forms.example(command) : JsonNodeFactory.instance.objectNode(), model);
    }

    @PostMapping("/cooperations/{id}/commands/{operationId}")
    String send(@PathVariable String id, @PathVariable String operationId,
                @RequestParam MultiValueMap<String, String> form, HttpServletResponse response, Model model) {
        CommandForms.Command command = command(operationId);
        ObjectNode body = forms.body(command, fields(form));
        Long version = form.getFirst("_version") == null ? null : Long.valueOf(form.getFirst("_version"));
        if (form.getFirst("_more") != null) {
            Map<String, Object> shown = new LinkedHashMap<>(api.get(Side.QUERY, "/api/cooperations/{id}", Map.of(), id));
            shown.put("version", version);
            model.addAttribute("c", shown);
            return more(command, id, body, form, model);
        }
        try {
            Map<String, Object> accepted = api.send(command.pathFor(id), body, version, form.getFirst("_reason"));
            return "redirect:/cooperations/" + id + "?seen=" + accepted.get("version");
        } catch (ApiProblem refusal) {
            // the page as it was shown: the version it was made from, not a newer one the person has not seen
            Map<String, Object> shown = new LinkedHashMap<>(api.get(Side.QUERY, "/api/cooperations/{id}", Map.of(), id));
            shown.put("version", version);
            model.addAttribute("c", shown);
            return refused(command, id, body, refusal, form.getFirst("_reason"), response, model);
        }
    }

    private CommandForms.Command command(String operationId) {
        return forms.cooperationCommand(operationId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such command: " + operationId));
    }

    private String form(CommandForms.Command command, String id, JsonNode values, Model model) {
        model.addAttribute("command", command);
        model.addAttribute("id", id);
        model.addAttribute("fields", forms.fields(command, values));
        model.addAttribute("errors", Map.of());
        return "command";
    }

    /** The same form, as typed, with one more item in the list the person asked to extend; nothing is sent. */
    private String more(CommandForms.Command command, String id, ObjectNode body, MultiValueMap<String, String> form,
                        Model model) {
        form(command, id, forms.withOneMore(body, form.getFirst("_more")), model);
        model.addAttribute("reason", form.getFirst("_reason"));
        return "command";
    }

    private String refused(CommandForms.Command command, String id, ObjectNode body, ApiProblem refusal, String reason,
                           HttpServletResponse response, Model model) {
        response.setStatus(refusal.status());
        form(command, id, body, model);
        model.addAttribute("problem", refusal.problem());
        model.addAttribute("errors", refusal.fieldErrors());
        model.addAttribute("stale", refusal.stale());
        model.addAttribute("reason", reason);
        return "command";
    }

    /** The form's fields, without the console's own inputs (version, reason, CSRF token), which start with "_". */
    private static Map<String, List<String>> fields(MultiValueMap<String, String> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (!name.startsWith("_")) {
                fields.put(name, values);
            }
        });
        return fields;
    }
}
