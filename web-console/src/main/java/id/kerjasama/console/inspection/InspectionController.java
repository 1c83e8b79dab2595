package id.kerjasama.console.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Descriptions;
import id.kerjasama.console.api.Side;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The inspectors' pages: every report of the query API with its parameters (both from the API's description, so a
 * new report or parameter appears without a change here), the periodic report as PDF or CSV, the verification of a
 * cooperation and of the whole store, and the audit bundle. Who may read which report is the API's to say.
 */
@Controller
class InspectionController {

    private static final String REPORTS = "/api/reports/";

    private final Api api;
    private final Descriptions descriptions;

    InspectionController(Api api, Descriptions descriptions) {
        this.api = api;
        this.descriptions = descriptions;
    }

    /** A report the query API offers: its name (the last part of its path), summary and parameters. */
    record Report(String name, String summary, List<Parameter> parameters) {
    }

    /** A parameter of a report, with the values it takes when the description lists them. */
    record Parameter(String name, String description, String format, List<String> choices) {
    }

    @GetMapping("/inspection")
    String reports(Model model) {
        model.addAttribute("reports", reports());
        return "inspection/reports";
    }

    @GetMapping("/inspection/reports/{name}")
    String report(@PathVariable String name, @RequestParam Map<String, String> parameters, Model model) {
        Report report = reports().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such report: " + name));
        Map<String, String> values = new LinkedHashMap<>();
        report.parameters().forEach(p -> values.put(p.name(), parameters.getOrDefault(p.name(), "")));
        values.remove("format");
        model.addAttribute("report", report);
        model.addAttribute("values", values);
        if (parameters.containsKey("show")) {
            model.addAttribute("result", api.get(Side.QUERY, REPORTS + name, values));
        }
        return "inspection/report";
    }

    /** A report as a file (the periodic report's PDF or CSV), streamed from the query side. */
    @GetMapping("/inspection/reports/{name}/file")
    void reportFile(@PathVariable String name, @RequestParam Map<String, String> parameters,
                    HttpServletResponse response) throws IOException {
        api.download(REPORTS + name, parameters, response);
    }

    @GetMapping("/inspection/verification")
    String verifyStore(Model model) {
        model.addAttribute("lines", api.lines(Side.QUERY, "/api/audit/verification"));
        return "inspection/verification";
    }

    @GetMapping("/cooperations/{id}/verification")
    String verifyCooperation(@PathVariable String id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("result", api.get(Side.QUERY, "/api/audit/cooperations/{id}/verification", Map.of(), id));
        return "inspection/cooperation-verification";
    }

    /** The cooperation's audit bundle, to check offline with the audit verifier. */
    @GetMapping("/cooperations/{id}/audit-bundle")
    void bundle(@PathVariable String id, HttpServletResponse response) throws IOException {
        // saved as a file, whatever the query side says of its disposition
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-bundle-" + id + ".json\"");
        api.download("/api/cooperations/{id}/audit-bundle", Map.of(), response, id);
    }

    private List<Report> reports() {
        List<Report> reports = new ArrayList<>();
        descriptions.of(Side.QUERY).path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (path.getKey().startsWith(REPORTS) && !get.isMissingNode()) {
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : get.path("parameters")) {
                    if (p.path("in").asText().equals("query") && !List.of("page", "size").contains(p.path("name").asText())) {
                        JsonNode schema = p.path("schema");
                        List<String> choices = new ArrayList<>();
                        (schema.has("items") ? schema.path("items") : schema).path("enum").forEach(v -> choices.add(v.asText()));
                        parameters.add(new Parameter(p.path("name").asText(), p.path("description").asText(""),
                                schema.path("format").asText(""), choices));
                    }
                }
                reports.add(new Report(path.getKey().substring(REPORTS.length()), get.path("summary").asText(""), parameters));
            }
        });
        return reports;
    }
}
