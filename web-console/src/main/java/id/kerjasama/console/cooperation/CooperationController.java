package id.kerjasama.console.cooperation;

import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Descriptions;
import id.kerjasama.console.api.Side;
import jakarta.servlet.http.HttpServletResponse;
import id.kerjasama.console.signin.SignedIn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * A cooperation: its parties, stage, documents (with upload and download), the commands the API takes on it, and the
 * timeline of its history; as it stood on a day, and what changed between two days.
 */
@Controller
class CooperationController {

    private final Api api;
    private final CommandForms forms;
    private final Descriptions descriptions;
    private final SignedIn signedIn;

    CooperationController(Api api, CommandForms forms, Descriptions descriptions, SignedIn signedIn) {
        this.api = api;
        this.forms = forms;
        this.descriptions = descriptions;
        this.signedIn = signedIn;
    }

    /**
     * @param seen the version a command of this person just made: the query side answers once it has caught up
     * @param asOf a day: the cooperation as it stood at the end of it (UTC)
     */
    @GetMapping("/cooperations/{id}")
    String cooperation(@PathVariable String id, @RequestParam(required = false) Long seen,
                       @RequestParam(required = false) LocalDate asOf, Model model) {
        Map<String, Object> parameters = new HashMap<>();
        if (asOf != null) {
            parameters.put("asOf", asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1).toString());
            model.addAttribute("asOf", asOf);
        }
        model.addAttribute("c", api.get(Side.QUERY, "/api/cooperations/{id}", parameters, headers -> {
            if (seen != null) {
                headers.set("Kerjasama-Min-Version", seen.toString());
            }
        }, id));
        model.addAttribute("history", api.get(Side.QUERY, "/api/cooperations/{id}/history",
                Map.of("size", "200"), id));
        if (asOf == null) {
            model.addAttribute("commands", forms.sendable(api.list(Side.QUERY, "/api/cooperations/{id}/commands", id)));
        }
        model.addAttribute("stages", descriptions.choices(Side.QUERY, "/api/cooperations", "stage"));
        return "cooperation";
    }

    /** What changed between two days: the events stored from the start of {@code from} to the end of {@code to}. */
    @GetMapping("/cooperations/{id}/changes")
    String changes(@PathVariable String id, @RequestParam LocalDate from, @RequestParam LocalDate to, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", api.get(Side.QUERY, "/api/cooperations/{id}/changes",
                Map.of("from", from.atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1).toString(),
                        "to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1).toString()), id));
        return "changes";
    }

    /**
     * The cooperation's changes as the query side projects them (server-sent events), relayed with the person's
     * token, which a browser's EventSource cannot send itself; the page reloads its live part on each.
     */
    @GetMapping(path = "/cooperations/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<StreamingResponseBody> events(@PathVariable String id) {
        String token = signedIn.current().orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> api.relayEvents("/api/cooperations/{id}/events", token, out, id));
    }

    @GetMapping("/cooperations/{id}/documents/{documentId}/file")
    void download(@PathVariable String id, @PathVariable String documentId, HttpServletResponse response)
            throws IOException {
        api.download("/api/cooperations/{id}/documents/{documentId}/file", Map.of(), response, id, documentId);
    }

    /** Uploads a recorded document's file, with the version the page showed. */
    @PostMapping("/cooperations/{id}/documents/{documentId}/file")
    String upload(@PathVariable String id, @PathVariable String documentId, @RequestParam long version,
                  @RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> accepted = api.upload("/api/cooperations/" + id + "/documents/" + documentId + "/file",
                    in, file.getContentType(), file.getSize(), version);
            redirect.addAttribute("seen", accepted.get("version"));
        }
        return "redirect:/cooperations/" + id;
    }
}
