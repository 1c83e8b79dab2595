package id.kerjasama.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.command.security.SampleCommands;
import id.kerjasama.cooperation.command.HappenedOn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static id.kerjasama.command.api.CommandApi.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The command API over HTTP on the embedded database: answers, problem bodies, and nothing stored on refusal. */
// The seed's dates are long past by the real clock, so its deadlines are due at once: db-scheduler looks for due
// ones only when it starts, before any exist, so that none is run while a test counts events.
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:command-api;DB_CLOSE_DELAY=-1",
        "db-scheduler.polling-interval=1d"})
@AutoConfigureMockMvc
class CommandApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    CommandApi api;
    LamandauLifecycle lamandau;

    @BeforeEach
    void setUp() {
        api = new CommandApi(mvc);
        lamandau = new LamandauLifecycle(api);
    }

    @Test
    void initiating_answers_201_with_location_id_version_and_etag() throws Exception {
        mvc.perform(post("/api/cooperations").contentType("application/json")
                        .with(jwt().jwt(token -> token.subject("officer").claim("kerjasama_role", "UNIT_OFFICER")
                                .claim("kerjasama_region", "19.71")))
                        .content("""
                                {"type":"KSDD_MANDATORY","title":"Pengelolaan sampah bersama","initiatingRegion":"19.71",
                                 "initiatingUnit":"Dinas Lingkungan Hidup","initiator":"REGIONAL_UNIT",
                                 "partner":{"kind":"REGION","name":"Kabupaten Bangka","region":"19.01"},
                                 "affairs":["ENVIRONMENT"],"objective":"TPA regional"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cooperations/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void the_whole_lifecycle_runs_through_the_api_to_termination() {
        lamandau.active();
        CommandApi.Answer evaluation = lamandau.step("record-evaluation", """
                {"kind":"FINAL","periodStart":"2025-07-01","periodEnd":"2025-12-31",
                 "grades":{"FIT_WITH_OBJECTIVES":4,"TIMELINESS":4,"PARTNER_CONTRIBUTION":5,"COORDINATION":4,
                   "INDICATOR_ACHIEVEMENT":3,"IMPACT":4,"BENEFIT_INNOVATION":3,"DOCUMENT_COMPLETENESS":5,
                   "REGULAR_REPORTING":4,"RELEVANCE_TO_NEEDS":5},
                 "overallRating":4,"recommendation":"CONTINUE",
                 "followUpActions":[{"description":"Perluas layanan rujukan","owner":"RSUD","dueDate":"2026-03-31"}],
                 "summary":"Berjalan baik"}""");
        assertThat(evaluation.text("evaluationId")).isNotBlank();
        // the answer names what the command created, and no other child's id
        assertThat(evaluation.body().fieldNames()).toIterable().containsExactly("id", "version", "evaluationId");
        lamandau.step("record-budget-realisation", "{\"fiscalYear\":2025,\"source\":\"PARTNER\",\"amount\":150000000,\"description\":\"Biaya layanan\"}");
        lamandau.step("record-implementation-report", "{\"periodStart\":\"2025-07-01\",\"periodEnd\":\"2025-12-31\",\"summary\":\"Laporan semester\"}");
        String adendum = lamandau.step("amend-agreement", "{\"amendedDocumentId\":\"" + lamandau.pksId()
                + "\",\"changes\":\"Perpanjangan masa PKS\",\"content\":"
                + LamandauLifecycle.content("Adendum PKS", "2025-07-01", "2028-05-31") + "}").text("documentId");
        assertThat(adendum).isNotBlank();
        String successor = lamandau.step("propose-extension", "{\"title\":\"Kerja sama kesehatan lanjutan\",\"rationale\":\"Manfaat nyata\"}")
                .text("successorId");
        assertThat(successor).isNotBlank();
        lamandau.asSecretariat();
        CommandApi.Answer terminated = lamandau.step("terminate-cooperation",
                "{\"reason\":\"REPLACED_BY_NEW_AGREEMENT\",\"effectiveOn\":\"2026-11-30\",\"explanation\":\"Diganti kerja sama lanjutan\"}");
        assertThat(terminated.body().path("version").asLong()).isEqualTo(eventsOf(lamandau.id()) - 1);
        assertThat(terminated.body().fieldNames()).toIterable().containsExactly("id", "version");
        assertThat(eventsOf(successor)).isEqualTo(1);
    }

    @Test
    void an_invalid_field_is_a_400_naming_the_field_and_rule_and_nothing_is_stored() {
        lamandau.initiated();
        long before = allEvents();
        CommandApi.Answer answer = api.send(lamandau.id(), "attach-preparation-document",
                "{\"kind\":\"TERMS_OF_REFERENCE\",\"file\":{\"fileName\":\"kak.pdf\",\"sha256\":\"not-a-digest\"}}");
        assertProblem(answer, 400, "INVALID_FIELD");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("file.sha256");
        assertThat(answer.body().path("errors").get(0).path("rule").asText()).isEqualTo("SHA256_HEX");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void every_invalid_field_of_a_body_is_named_at_once_with_its_path_and_rule_and_nothing_is_stored() {
        long before = allEvents();
        CommandApi.Answer answer = api.as("secretariat", "SECRETARIAT", "62.09").post("/api/cooperations/imports", """
                {"initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "partner":{"kind":"BUSINESS","name":"PT\\u0007CBI"},
                 "affairs":["HEALTH","MAGIC"],
                 "kind":"KONTRAK","documentNumber":"  ",
                 "content":{"title":"PKS","scope":["Layanan"],"term":{"start":"2025-07-01","end":"2025-06-30"},
                            "funding":{"sources":["PARTNER"],"inCurrentBudget":true}},
                 "signatories":[{"party":"REGION","name":"Bupati","position":"Bupati","capacity":"REGIONAL_HEAD"},
                                {"party":"PARTNER","name":" ","position":"Direktur","capacity":"PARTNER_REPRESENTATIVE"}],
                 "signedOn":"1899-12-31","signedAt":"Nanga Bulik",
                 "signedFile":{"fileName":"pks.pdf","sha256":"abc"},
                 "colour":"red"}""");
        assertProblem(answer, 400, "INVALID_FIELD");
        assertThat(answer.body().path("errors")).extracting(e -> e.path("field").asText() + " " + e.path("rule").asText())
                .containsExactly("colour UNKNOWN_FIELD", "type REQUIRED", "partner.name PLAIN_TEXT",
                        "affairs[1] ONE_OF", "kind ONE_OF", "documentNumber NOT_BLANK", "content.term.end END_NOT_BEFORE_START",
                        "signatories[1].name NOT_BLANK", "signedOn DATE_RANGE", "signedFile.sha256 SHA256_HEX",
                        "sourceDocument REQUIRED");
        assertThat(answer.body().path("errors")).allSatisfy(e -> assertThat(e.path("message").asText()).isNotBlank());
        assertThat(answer.body().path("errors").get(7).path("message").asText()).isEqualTo("signatories[1].name must not be blank");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void an_unknown_enum_value_a_bad_date_and_malformed_json_are_400s() {
        lamandau.initiated();
        CommandApi.Answer enumAnswer = api.send(lamandau.id(), "attach-preparation-document", "{\"kind\":\"MOU\",\"file\":" + file("x", 'a') + "}");
        assertProblem(enumAnswer, 400, "INVALID_FIELD");
        assertThat(enumAnswer.body().path("errors").get(0).path("rule").asText()).isEqualTo("ONE_OF");
        CommandApi.Answer dateAnswer = api.send(lamandau.id(), "record-activity", "{\"date\":\"2025-13-40\",\"description\":\"x\",\"unit\":\"y\"}");
        assertProblem(dateAnswer, 400, "INVALID_FIELD");
        assertThat(dateAnswer.body().path("errors").get(0).path("field").asText()).isEqualTo("date");
        assertProblem(api.send(lamandau.id(), "record-activity", "{\"date\":"), 400, "MALFORMED_JSON");
        CommandApi.Answer typo = api.send(lamandau.id(), "record-activity", "{\"date\":\"2025-01-01\",\"description\":\"x\",\"unit\":\"y\",\"note\":\"typo\"}");
        assertProblem(typo, 400, "INVALID_FIELD");
        assertThat(typo.body().path("errors").get(0).path("rule").asText()).isEqualTo("UNKNOWN_FIELD");
    }

    @Test
    void a_request_without_a_token_is_a_401() {
        lamandau.initiated();
        assertProblem(api.anonymous().send(lamandau.id(), "submit-for-assessment", null), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_role_that_may_not_send_a_command_is_a_403_and_nothing_is_stored() {
        lamandau.initiated();
        long before = allEvents();
        assertProblem(api.as("inspektorat", "INSPECTOR", "62.09").send(lamandau.id(), "submit-for-assessment", null), 403, "FORBIDDEN");
        assertProblem(api.as("sekda", "TKKSD_MEMBER", "62.09").send(lamandau.id(), "appoint-liaison-officer",
                "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}"), 403, "FORBIDDEN");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void another_regions_cooperation_answers_404_as_if_it_did_not_exist() {
        lamandau.initiated();
        CommandApi.Answer answer = api.as("officer-pangkalpinang", "UNIT_OFFICER", "19.71").send(lamandau.id(),
                "appoint-liaison-officer", "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}");
        assertProblem(answer, 404, "COOPERATION_NOT_FOUND");
        assertThat(eventsOf(lamandau.id())).isEqualTo(1);
    }

    @Test
    void nobody_opens_a_cooperation_for_another_region() {
        assertProblem(api.as("officer-pangkalpinang", "UNIT_OFFICER", "19.71").initiate("""
                {"type":"KSDPK","title":"Titipan","initiatingRegion":"62.09","initiatingUnit":"RSUD","initiator":"REGIONAL_UNIT",
                 "partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],"objective":"x"}"""), 403, "FORBIDDEN");
    }

    @Test
    void an_unknown_or_malformed_cooperation_is_a_404() {
        assertProblem(api.as("sekda", "TKKSD_MEMBER", "62.09").send("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111", "start-assessment", null),
                404, "COOPERATION_NOT_FOUND");
        assertProblem(api.send("not-an-id", "start-assessment", null), 404, "COOPERATION_NOT_FOUND");
    }

    @Test
    void a_step_out_of_order_is_a_409_stage_conflict_and_nothing_is_stored() {
        lamandau.initiated();
        long before = allEvents();
        CommandApi.Answer answer = api.as("sekda", "TKKSD_MEMBER", "62.09").send(lamandau.id(), "start-assessment", null);
        assertProblem(answer, 409, "STAGE_CONFLICT");
        assertThat(answer.text("rule")).isEqualTo("STAGE_ORDER");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void a_broken_business_rule_is_a_422_naming_the_rule_and_nothing_is_stored() {
        lamandau.initiated();
        long before = allEvents();
        CommandApi.Answer answer = api.send(lamandau.id(), "submit-for-assessment", null);
        assertProblem(answer, 422, "BUSINESS_RULE");
        assertThat(answer.text("rule")).isEqualTo("PREPARATION_COMPLETE");
        assertThat(answer.text("detail")).contains("FEASIBILITY_STUDY", "LIAISON_OFFICER");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void the_drafter_cannot_approve_his_own_draft_even_holding_both_roles() {
        lamandau.kbSigned();
        lamandau.step("determine-dprd-approval-requirement", "{\"burdensPublicAndRegion\":true,\"fundedInCurrentBudget\":true}");
        api.as("sekda-lamandau", "SECRETARIAT", "62.09");
        String pks = lamandau.step("draft-agreement", "{\"kind\":\"PKS\",\"parentDocumentId\":\"" + lamandau.kbId() + "\",\"content\":"
                + LamandauLifecycle.content("PKS", "2025-07-01", "2026-06-30") + "}").text("documentId");
        CommandApi.Answer answer = api.as("sekda-lamandau", "TKKSD_MEMBER", "62.09")
                .send(lamandau.id(), "approve-draft", "{\"documentId\":\"" + pks + "\"}");
        assertProblem(answer, 422, "BUSINESS_RULE");
        assertThat(answer.text("rule")).isEqualTo("SEPARATION_OF_DUTIES");
    }

    @Test
    void if_match_must_name_the_current_version() {
        lamandau.initiated();
        String body = "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}";
        CommandApi.Answer ahead = api.header("If-Match", "\"5\"").send(lamandau.id(), "appoint-liaison-officer", body);
        assertProblem(ahead, 409, "STALE_VERSION");
        assertThat(ahead.body().path("currentVersion").asLong()).isZero();
        assertThat(api.header("If-Match", "\"0\"").send(lamandau.id(), "appoint-liaison-officer", body).status()).isEqualTo(200);
        CommandApi.Answer stale = api.send(lamandau.id(), "appoint-liaison-officer", body);
        assertProblem(stale, 409, "STALE_VERSION");
        assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(1);
        assertProblem(api.header("If-Match", "latest").send(lamandau.id(), "appoint-liaison-officer", body), 400, "INVALID_FIELD");
        assertThat(eventsOf(lamandau.id())).isEqualTo(2);
    }

    @Test
    void an_initiation_with_a_taken_id_is_409_id_taken_and_nothing_is_stored() {
        String taken = new LamandauLifecycle(api).initiated().id();
        long before = allEvents();
        CommandApi.Answer duplicate = api.initiate("""
                {"cooperationId":"%s","type":"KSDPK","title":"Duplikat","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],"objective":"x"}"""
                .formatted(taken));
        assertProblem(duplicate, 409, "ID_TAKEN");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void an_extension_onto_the_id_of_another_cooperation_is_409_id_taken_as_for_an_initiation() {
        String other = new LamandauLifecycle(api).initiated().id();
        lamandau.active();
        long before = allEvents();
        CommandApi.Answer extension = api.send(lamandau.id(), "propose-extension",
                "{\"successorId\":\"" + other + "\",\"title\":\"Lanjutan\",\"rationale\":\"Manfaat\"}");
        assertProblem(extension, 409, "ID_TAKEN");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void a_retry_with_the_if_match_of_its_applied_first_attempt_is_409_stale_version_whatever_the_step() {
        lamandau.retryingEachStepStale().active();
        lamandau.asSecretariat();
        String stop = lamandau.step("record-evaluation", """
                {"kind":"SELF_REPORT","periodStart":"2025-07-01","periodEnd":"2025-12-31","recommendation":"STOP",
                 "followUpActions":[{"description":"Perluas layanan rujukan","owner":"RSUD","dueDate":"2026-03-31"}],
                 "summary":"Manfaat belum terasa"}""").text("evaluationId");
        lamandau.step("justify-continuation", "{\"evaluationId\":\"" + stop + "\",\"justification\":\"Masih dibutuhkan\"}");
        lamandau.step("complete-follow-up-action", "{\"evaluationId\":\"" + stop + "\",\"actionNumber\":1,\"completedOn\":\"2026-01-05\"}");
        lamandau.asOfficer();
        lamandau.step("record-budget-realisation", "{\"fiscalYear\":2025,\"source\":\"PARTNER\",\"amount\":1000,\"description\":\"Biaya\"}");
        lamandau.step("record-implementation-report", "{\"periodStart\":\"2025-07-01\",\"periodEnd\":\"2025-12-31\",\"summary\":\"Laporan\"}");
        String adendum = lamandau.step("amend-agreement", "{\"amendedDocumentId\":\"" + lamandau.pksId()
                + "\",\"changes\":\"Masa PKS\",\"content\":" + LamandauLifecycle.content("Adendum PKS", "2025-07-01", "2028-05-31") + "}")
                .text("documentId");
        lamandau.step("revise-draft", "{\"documentId\":\"" + adendum + "\",\"content\":"
                + LamandauLifecycle.content("Adendum PKS", "2025-07-01", "2028-04-30") + "}");
        lamandau.asTkksd();
        lamandau.step("reject-draft", "{\"documentId\":\"" + adendum + "\",\"reason\":\"Kurang lengkap\"}");
        lamandau.asSecretariat();
        lamandau.step("revoke-power-of-attorney", "{\"powerOfAttorneyId\":\"" + lamandau.powerOfAttorneyId()
                + "\",\"revokedOn\":\"2026-01-10\",\"reason\":\"Mutasi\"}");
        api.as("inspektorat-lamandau", "INSPECTOR", "62.09");
        String finding = lamandau.step("record-audit-finding", "{\"severity\":\"LOW\",\"description\":\"Arsip\",\"eventSequenceNumbers\":[1]}")
                .text("findingId");
        lamandau.step("record-finding-follow-up", "{\"findingId\":\"" + finding + "\",\"description\":\"Dilengkapi\",\"followedUpOn\":\"2026-01-12\"}");
        lamandau.step("close-audit-finding", "{\"findingId\":\"" + finding + "\",\"conclusion\":\"Tuntas\"}");
        lamandau.asSecretariat();
        lamandau.step("propose-extension", "{\"title\":\"Lanjutan\",\"rationale\":\"Manfaat\"}");
        lamandau.step("terminate-cooperation", "{\"reason\":\"MUTUAL_AGREEMENT\",\"effectiveOn\":\"2026-11-30\",\"explanation\":\"Sepakat\"}");

        LamandauLifecycle dprd = new LamandauLifecycle(api).retryingEachStepStale().kbSigned();
        dprd.step("determine-dprd-approval-requirement", "{\"burdensPublicAndRegion\":true,\"fundedInCurrentBudget\":true}");
        dprd.step("request-dprd-approval", "{\"letter\":" + file("dprd.pdf", 'd') + ",\"requestedOn\":\"2025-06-10\"}");
        dprd.step("record-dprd-decision", "{\"decision\":\"REJECTED\",\"decidedOn\":\"2025-07-10\"}");

        LamandauLifecycle withdrawn = new LamandauLifecycle(api).retryingEachStepStale().initiated();
        withdrawn.step("withdraw-cooperation", "{\"reason\":\"Batal\"}");
    }

    /** Every command, through the API: each of its dates marked as what happened is refused one day past tomorrow. */
    @Test
    void every_date_of_what_happened_is_refused_in_the_future_whatever_the_command() throws Exception {
        lamandau.initiated();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        ObjectMapper json = new ObjectMapper();
        int commands = 0;
        for (Map.Entry<String, String> sample : new TreeMap<>(SampleCommands.BODIES).entrySet()) {
            String name = sample.getKey();
            if (SampleCommands.DIRECTORY_COMMANDS.contains(name)) {
                // a region's directory records no dates
                continue;
            }
            Class<?> command = Class.forName("id.kerjasama.cooperation.command." + name);
            List<RecordComponent> happened = Arrays.stream(command.getRecordComponents())
                    .filter(c -> c.isAnnotationPresent(HappenedOn.class)).toList();
            if (happened.isEmpty()) {
                continue;
            }
            ObjectNode body = (ObjectNode) json.readTree(sample.getValue());
            happened.forEach(c -> {
                if (c.getType() == LocalDate.class) {
                    body.put(c.getName(), today.plusDays(2).toString());
                } else {
                    body.put(c.getName(), today.getYear() + 2);
                }
            });
            api.as("caller", CommandPermissions.allowed(command).iterator().next().name(), "62.09");
            CommandApi.Answer answer = name.equals("ImportSignedAgreement")
                    ? api.post("/api/cooperations/imports", body.toString())
                    : api.send(lamandau.id(), name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(), body.toString());
            assertProblem(answer, 422, "BUSINESS_RULE");
            assertThat(answer.text("rule")).as(name + ": " + answer.body()).isEqualTo("NOT_IN_FUTURE");
            commands++;
        }
        assertThat(commands).isGreaterThanOrEqualTo(14);
    }

    @Test
    void the_path_decides_which_cooperation_a_command_acts_on() {
        String first = lamandau.initiated().id();
        String second = new LamandauLifecycle(api).initiated().id();
        api.send(first, "appoint-liaison-officer", "{\"cooperationId\":\"" + second + "\",\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}");
        assertThat(eventsOf(first)).isEqualTo(2);
        assertThat(eventsOf(second)).isEqualTo(1);
    }

    @Test
    void every_event_carries_actor_role_region_reason_and_causation() throws Exception {
        lamandau.initiated();
        api.header("X-Reason", "Rapat koordinasi 3 Juni");
        lamandau.step("appoint-liaison-officer", "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}");
        byte[] metadata = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1",
                byte[].class, lamandau.id());
        JsonNode meta = new ObjectMapper().readTree(metadata);
        assertThat(meta.path("actorId").asText()).isEqualTo("officer-lamandau");
        assertThat(meta.path("actorName").asText()).isEqualTo("Nama officer-lamandau");
        assertThat(meta.path("actorRole").asText()).isEqualTo("UNIT_OFFICER");
        assertThat(meta.path("actorRegion").asText()).isEqualTo("62.09");
        assertThat(meta.path("reason").asText()).isEqualTo("Rapat koordinasi 3 Juni");
        assertThat(meta.path("correlationId").asText()).isNotBlank();
        assertThat(meta.path("traceId").asText()).isNotBlank();
    }

    @Test
    void no_request_may_act_as_the_system() {
        lamandau.initiated();
        CommandApi.Answer answer = api.as("x", "SYSTEM", "62.09").send(lamandau.id(), "submit-for-assessment", null);
        assertProblem(answer, 400, "INVALID_FIELD");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("kerjasama_role");
    }

    @Test
    void an_inspector_records_a_finding_that_is_followed_up_and_closed() {
        lamandau.active();
        String finding = lamandau.auditFindingFollowedUp();
        String close = "{\"findingId\":\"" + finding + "\",\"conclusion\":\"Tuntas\"}";
        lamandau.step("close-audit-finding", close);
        CommandApi.Answer again = api.send(lamandau.id(), "close-audit-finding", close);
        assertProblem(again, 409, "STAGE_CONFLICT");
        assertThat(again.text("rule")).isEqualTo("AUDIT_FINDING_CLOSED");
    }

    @Test
    void a_recommendation_to_stop_is_answered_by_a_justification_to_continue() {
        lamandau.active();
        lamandau.asSecretariat();
        String evaluation = lamandau.step("record-evaluation", """
                {"kind":"SELF_REPORT","periodStart":"2025-07-01","periodEnd":"2025-12-31","recommendation":"STOP",
                 "summary":"Manfaat belum terasa"}""").text("evaluationId");
        lamandau.step("justify-continuation", "{\"evaluationId\":\"" + evaluation
                + "\",\"justification\":\"Layanan rujukan masih dibutuhkan\"}");
        CommandApi.Answer again = api.send(lamandau.id(), "justify-continuation", "{\"evaluationId\":\"" + evaluation
                + "\",\"justification\":\"Lagi\"}");
        assertProblem(again, 409, "STAGE_CONFLICT");
        assertThat(again.text("rule")).isEqualTo("STEP_ALREADY_TAKEN");
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/cooperations/{id}/sign-agreement']").exists())
                .andExpect(jsonPath("$.paths['/api/cooperations/{id}/record-evaluation']").exists())
                .andExpect(jsonPath("$.paths['/api/cooperations/{id}/answer-dormancy-flag']").exists())
                .andExpect(jsonPath("$.paths['/api/cooperations/{id}/record-audit-finding']").exists());
    }

    private static void assertProblem(CommandApi.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.text("code")).as(answer.body().toString()).isEqualTo(code);
        assertThat(answer.text("detail")).isNotBlank();
    }

    private long allEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
    }
}
