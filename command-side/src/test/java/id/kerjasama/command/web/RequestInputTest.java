package id.kerjasama.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the command API refuses before any rule of the domain, for every command at once: texts no document holds,
 * dates outside the accepted range, keys given twice, values of the wrong JSON type, bodies too large; each a 400
 * (413 for the size) problem naming the field and the rule.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:request-input;DB_CLOSE_DELAY=-1",
        "db-scheduler.polling-interval=1d"})
@AutoConfigureMockMvc
class RequestInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Test
    void a_control_character_or_an_unpaired_surrogate_in_any_text_of_any_command_is_refused_naming_it() throws Exception {
        List<CommandBodies.Slot> slots = CommandBodies.texts();
        List<String> notRefused = new ArrayList<>();
        for (CommandBodies.Slot slot : slots) {
            for (String bad : List.of("\"Dinas\\u0000Kesehatan\"", "\"Dinas\\ud800Kesehatan\"", "\"Dinas\\u001bKesehatan\"")) {
                JsonNode problem = refusal(slot.endpoint(), slot.bodyWith(bad), slot.role().name());
                boolean named = slot.valueObject() ? errors(problem).anyMatch(e -> e.path("field").asText().startsWith(slot.path()))
                        : hasError(problem, slot.path(), "PLAIN_TEXT");
                if (!problem.path("code").asText().equals("INVALID_FIELD") || !named) {
                    notRefused.add(slot.endpoint() + " " + slot.path() + " " + bad + " -> " + problem);
                }
            }
        }
        assertThat(slots).extracting(CommandBodies.Slot::path).contains("title", "partner.name", "followUpActions[0].owner");
        assertThat(notRefused).isEmpty();
    }

    @Test
    void a_control_character_in_a_header_the_api_reads_is_a_400_not_a_500() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/cooperations/" + UUID.randomUUID() + "/submit-for-assessment")
                .header("X-Reason", "Koreksi\u0001data").with(caller("UNIT_OFFICER"))).andReturn().getResponse();
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.path("code").asText()).isEqualTo("REQUEST_REJECTED");
    }

    @Test
    void tab_line_feed_and_carriage_return_are_text_like_any_other() throws Exception {
        JsonNode problem = refusal("/api/cooperations/" + UUID.randomUUID() + "/record-activity",
                "{\"date\":\"2025-01-01\",\"description\":\"Rapat\\tkoordinasi\\r\\nkedua\",\"unit\":\"RSUD\",\"extra\":1}");
        // refused only for the unknown field, which shows the texts themselves passed
        assertThat(errors(problem)).extracting(e -> e.path("field").asText() + " " + e.path("rule").asText())
                .containsExactly("extra UNKNOWN_FIELD");
    }

    @Test
    void a_date_outside_the_accepted_range_in_any_command_is_refused_naming_it() throws Exception {
        List<CommandBodies.Slot> slots = CommandBodies.dates();
        List<String> notRefused = new ArrayList<>();
        String tooLate = LocalDate.now().plusYears(101).toString();
        for (CommandBodies.Slot slot : slots) {
            for (String bad : List.of("\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"1899-12-31\"", "\"" + tooLate + "\"")) {
                JsonNode problem = refusal(slot.endpoint(), slot.bodyWith(bad), slot.role().name());
                if (!hasError(problem, slot.path(), "DATE_RANGE")) {
                    notRefused.add(slot.endpoint() + " " + slot.path() + " " + bad + " -> " + problem);
                }
            }
        }
        assertThat(slots).extracting(CommandBodies.Slot::path).contains("date", "content.term.start", "signedOn");
        assertThat(notRefused).isEmpty();
    }

    @Test
    void a_key_given_twice_is_refused_at_any_depth() throws Exception {
        JsonNode top = refusal("/api/cooperations", """
                {"type":"KSDPK","title":"A","title":"B","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],
                 "objective":"Layanan"}""");
        assertThat(top.path("detail").asText()).contains("title");
        JsonNode nested = refusal("/api/cooperations/" + UUID.randomUUID() + "/appoint-liaison-officer",
                "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\",\"name\":\"Budi\"}}");
        assertThat(nested.path("detail").asText()).contains("name");
    }

    @Test
    void a_malformed_body_is_refused_without_quoting_the_parser_internals() throws Exception {
        for (String body : List.of("{\"title\":", "{\"title\": x}", "{\"title\":\"A\",\"title\":\"B\"}")) {
            JsonNode problem = refusal("/api/cooperations", body);
            assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_JSON");
            assertThat(problem.path("detail").asText()).as(body).contains("line 1, column")
                    .doesNotContain("Source", "REDACTED", "Feature", "code 1", "com.fasterxml");
        }
    }

    @Test
    void anything_after_the_body_is_refused() throws Exception {
        JsonNode problem = refusal("/api/cooperations/" + UUID.randomUUID() + "/appoint-liaison-officer",
                "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}} {\"officer\":{}}");
        assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(refusal("/api/cooperations", """
                {"type":"KSDPK","title":"A","initiatingRegion":"62.09","initiatingUnit":"RSUD","initiator":"REGIONAL_UNIT",
                 "partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],"objective":"Layanan"} []""")
                .path("code").asText()).isEqualTo("MALFORMED_JSON");
    }

    /** YAML is a superset of JSON: read as such, a body would pass by the strict reader and its refusals. */
    @Test
    void a_body_in_another_format_than_json_is_refused_unread() throws Exception {
        String keyTwice = """
                {"type":"KSDPK","title":"A","title":"B","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],
                 "objective":"Layanan"}""";
        for (String endpoint : List.of("/api/cooperations", "/api/cooperations/" + UUID.randomUUID() + "/appoint-liaison-officer")) {
            MockHttpServletResponse response = mvc.perform(post(endpoint).contentType("application/yaml")
                    .content(keyTwice.getBytes(StandardCharsets.UTF_8)).with(caller("SECRETARIAT"))).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint + " " + response.getContentAsString()).isEqualTo(415);
            assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        }
    }

    @Test
    void a_number_or_boolean_for_a_text_and_a_text_for_a_boolean_or_number_are_refused_naming_the_field() throws Exception {
        String initiate = "/api/cooperations";
        assertField(refusal(initiate, "{\"title\":12}"), "title", "TYPE");
        assertField(refusal(initiate, "{\"title\":true}"), "title", "TYPE");
        assertField(refusal(initiate, "{\"partner\":{\"name\":1.5}}"), "partner.name", "TYPE");
        String dprd = "/api/cooperations/" + UUID.randomUUID() + "/determine-dprd-approval-requirement";
        assertField(refusal(dprd, "{\"burdensPublicAndRegion\":\"\"}"), "burdensPublicAndRegion", "TYPE");
        assertField(refusal(dprd, "{\"burdensPublicAndRegion\":\"true\"}"), "burdensPublicAndRegion", "TYPE");
        assertField(refusal(dprd, "{\"burdensPublicAndRegion\":1}"), "burdensPublicAndRegion", "TYPE");
        String budget = "/api/cooperations/" + UUID.randomUUID() + "/record-budget-realisation";
        assertField(refusal(budget, "{\"fiscalYear\":\"2025\"}"), "fiscalYear", "TYPE");
        assertField(refusal(budget, "{\"fiscalYear\":2025.5}"), "fiscalYear", "TYPE");
        String activity = "/api/cooperations/" + UUID.randomUUID() + "/record-activity";
        assertField(refusal(activity, "{\"date\":20250101}"), "date", "TYPE");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_before_it_is_parsed() throws Exception {
        byte[] body = ("{\"title\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse response = mvc.perform(post("/api/cooperations").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(caller("UNIT_OFFICER"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.path("code").asText()).isEqualTo("BODY_TOO_LARGE");
        assertThat(problem.path("detail").asText()).contains("1048576").doesNotContain("Jackson", "fasterxml", "Source");
    }

    @Test
    void a_request_without_a_token_is_a_problem_in_utf8() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/cooperations").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(JSON.readTree(response.getContentAsByteArray()).path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    private JsonNode refusal(String endpoint, String body) throws Exception {
        return refusal(endpoint, body, endpoint.endsWith("determine-dprd-approval-requirement") ? "SECRETARIAT" : "UNIT_OFFICER");
    }

    /** A 400 problem, as a caller whose role may send the command (so that the refusal is about the body). */
    private JsonNode refusal(String endpoint, String body, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(endpoint).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8)).with(caller(role))).andReturn().getResponse();
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(response.getStatus()).as(endpoint + " " + body + " -> " + problem).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        return problem;
    }

    private static void assertField(JsonNode problem, String field, String rule) {
        assertThat(problem.path("code").asText()).as(problem.toString()).isEqualTo("INVALID_FIELD");
        assertThat(hasError(problem, field, rule)).as(problem.toString()).isTrue();
    }

    /** The smallest bodies miss required fields too: each test looks for its own refusal among all of them. */
    private static boolean hasError(JsonNode problem, String field, String rule) {
        return problem.path("code").asText().equals("INVALID_FIELD") && errors(problem).anyMatch(
                e -> e.path("field").asText().equals(field) && e.path("rule").asText().equals(rule));
    }

    private static Stream<JsonNode> errors(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor caller(String role) {
        return jwt().jwt(token -> token.subject("caller").claim("kerjasama_role", role)
                .claim("kerjasama_region", "62.09").claim("name", "Officer"));
    }
}
