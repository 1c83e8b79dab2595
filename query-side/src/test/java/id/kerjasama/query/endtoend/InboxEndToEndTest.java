package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.deadline.DeadlineLifecycleTest;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.cooperation.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox on both sides running together, with the command side's movable clock: a step waiting on the TKKSD
 * shows in Lamandau's inbox and in no other region's, and is taken through the path the inbox names; the seed's
 * Pangkalpinang KB left alone is flagged dormant when its day begins, shows with its last day and answering
 * command, and leaves the inbox when answered there. Every stage of the Lamandau lifecycle has its step waiting
 * for whoever takes it, until it is taken. Also the filters, paging, bad parameters and who may read it.
 * The clock only moves forward here: db-scheduler's poller waits on it, so a jump back would stall the deadlines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=5s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5"})
@Import(MovableClockConfiguration.class)
abstract class InboxEndToEndTest extends EndToEndTest {

    private static final String ALL = "/api/inbox?size=200";

    /** The stages where no step of the procedure need wait, and why; every other stage has one. */
    private static final Map<Stage, String> NOTHING_WAITS = Map.of(
            Stage.IMPLEMENTATION, "activities, reports and evaluations are asked for by the deadlines' flags",
            Stage.ENDED, "the end (only registering a signed document may still wait)");

    /** A role that takes each step: its inbox filtered by that role must show it. */
    private static final Map<String, String> TAKEN_BY = Map.ofEntries(
            Map.entry("PREPARATION_TO_SUBMIT", "UNIT_OFFICER"), Map.entry("AWAITING_RESUBMISSION", "UNIT_OFFICER"),
            Map.entry("AWAITING_ASSESSMENT", "TKKSD_MEMBER"), Map.entry("IN_ASSESSMENT", "TKKSD_MEMBER"),
            Map.entry("AWAITING_OFFER", "REGIONAL_HEAD"), Map.entry("AWAITING_PARTNER_ANSWER", "SECRETARIAT"),
            Map.entry("AWAITING_FRAMEWORK_DRAFT", "SECRETARIAT"), Map.entry("DRAFT_AWAITING_APPROVAL", "TKKSD_MEMBER"),
            Map.entry("DRAFT_TO_REVISE", "UNIT_OFFICER"), Map.entry("AWAITING_SIGNATURE", "REGIONAL_HEAD"),
            Map.entry("AWAITING_DPRD_DETERMINATION", "SECRETARIAT"), Map.entry("AWAITING_DPRD_REQUEST", "REGIONAL_HEAD"),
            Map.entry("AWAITING_DPRD", "SECRETARIAT"), Map.entry("AWAITING_IMPLEMENTING_DRAFT", "UNIT_OFFICER"),
            Map.entry("AWAITING_IMPLEMENTATION_START", "UNIT_OFFICER"), Map.entry("AWAITING_REGISTRATION", "SECRETARIAT"));

    @Test
    void every_stage_of_the_lifecycle_has_its_step_waiting_in_the_inbox_of_whoever_takes_it_until_it_is_taken()
            throws InterruptedException {
        lamandauRecordable();
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        Iterator<List<String>> expected = List.<List<String>>of(
                List.of("PREPARATION_TO_SUBMIT"), // initiated
                List.of("PREPARATION_TO_SUBMIT"), // liaison officer appointed
                List.of("PREPARATION_TO_SUBMIT"), // terms of reference attached
                List.of("PREPARATION_TO_SUBMIT"), // feasibility study attached
                List.of("AWAITING_ASSESSMENT"),
                List.of("IN_ASSESSMENT"),
                List.of("IN_ASSESSMENT"), // a finding recorded
                List.of("AWAITING_OFFER"), // feasible
                List.of("AWAITING_PARTNER_ANSWER"),
                List.of("AWAITING_FRAMEWORK_DRAFT"), // accepted
                List.of("DRAFT_AWAITING_APPROVAL"),
                List.of("AWAITING_SIGNATURE"),
                List.of("AWAITING_DPRD_DETERMINATION", "AWAITING_REGISTRATION"), // the KB signed
                List.of("AWAITING_IMPLEMENTING_DRAFT", "AWAITING_REGISTRATION"), // no DPRD approval required
                List.of("AWAITING_IMPLEMENTING_DRAFT", "AWAITING_REGISTRATION"), // a power of attorney granted
                List.of("AWAITING_REGISTRATION", "DRAFT_AWAITING_APPROVAL"), // the PKS drafted
                List.of("AWAITING_REGISTRATION", "AWAITING_SIGNATURE"),
                List.of("AWAITING_IMPLEMENTATION_START", "AWAITING_REGISTRATION", "AWAITING_REGISTRATION"), // PKS signed
                List.of("AWAITING_IMPLEMENTATION_START", "AWAITING_REGISTRATION"), // the KB registered
                List.of("AWAITING_REGISTRATION"), // implementation started: the PKS is still to be registered
                List.of("AWAITING_REGISTRATION"), // an activity recorded
                List.of("AWAITING_REGISTRATION"), // terminated: registering goes on after the end
                List.of()).iterator();
        LamandauLifecycle lamandau = new LamandauLifecycle(commands);
        lamandau.afterEachStep(command -> seen.add(stepsWaiting(lamandau.id(), command, expected.next())));
        lamandau.active();
        lamandau.asSecretariat();
        lamandau.step("terminate-cooperation",
                "{\"reason\":\"MUTUAL_AGREEMENT\",\"effectiveOn\":\"2026-11-30\",\"explanation\":\"Sepakat\"}");
        lamandau.step("register-signed-document", "{\"documentId\":\"" + lamandau.pksId()
                + "\",\"registrationNumber\":\"REG-2025-002\",\"archiveLocation\":\"Arsip Bagian Kerja Sama\"}");
        assertThat(expected).isExhausted();

        // a SYNERGY's memorandum stage: the seed's Pangkalpinang KB, imported, waits for its PKS and its registration
        CommandApi.Answer imported = commands.as("bagian-kerja-sama-pangkalpinang", "SECRETARIAT", "19.71")
                .post("/api/cooperations/imports", DeadlineLifecycleTest.PANGKALPINANG_KB);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        seen.add(stepsWaiting(imported.text("id"), "import",
                List.of("AWAITING_IMPLEMENTING_DRAFT", "AWAITING_REGISTRATION")));

        assertThat(seen).containsExactlyInAnyOrder(Stage.values());
    }

    @Test
    void a_revision_the_assessment_asks_for_a_rejected_draft_and_a_required_dprd_approval_wait_until_taken()
            throws InterruptedException {
        lamandauRecordable();
        List<List<String>> waited = new ArrayList<>();
        LamandauLifecycle lamandau = new LamandauLifecycle(commands).submitted();
        lamandau.afterEachStep(command -> waited.add(kindsWaiting(lamandau.id())));
        lamandau.asTkksd();
        lamandau.step("start-assessment", null);
        lamandau.step("record-assessment-finding", "{\"aspect\":\"keuangan\",\"finding\":\"Studi kelayakan kurang rinci\"}");
        lamandau.step("conclude-assessment", "{\"conclusion\":\"REVISE\",\"rationale\":\"Perbaiki studi kelayakan\"}");
        lamandau.asOfficer();
        lamandau.step("submit-for-assessment", null);
        lamandau.asTkksd();
        lamandau.step("start-assessment", null);
        lamandau.step("record-assessment-finding", "{\"aspect\":\"keuangan\",\"finding\":\"Sudah diperbaiki\"}");
        lamandau.step("conclude-assessment", "{\"conclusion\":\"FEASIBLE\",\"rationale\":\"Layak\"}");
        lamandau.asSecretariat();
        lamandau.step("send-offer", "{\"letter\":" + CommandApi.file("penawaran.pdf", 'c') + ",\"signedBy\":"
                + LamandauLifecycle.BUPATI + ",\"sentOn\":\"2025-05-05\"}");
        lamandau.step("record-partner-answer", "{\"answer\":\"ACCEPTED\",\"answeredOn\":\"2025-05-12\"}");
        String kb = lamandau.step("draft-agreement", "{\"kind\":\"KB\",\"content\":"
                + LamandauLifecycle.content("Kesepakatan Bersama bidang kesehatan", "2025-06-01", "2028-05-31") + "}")
                .text("documentId");
        lamandau.asTkksd();
        lamandau.step("reject-draft", "{\"documentId\":\"" + kb + "\",\"reason\":\"Pasal pendanaan belum jelas\"}");
        lamandau.asSecretariat();
        lamandau.step("revise-draft", "{\"documentId\":\"" + kb + "\",\"content\":"
                + LamandauLifecycle.content("Kesepakatan Bersama bidang kesehatan", "2025-06-01", "2028-05-31")
                + ",\"note\":\"Pendanaan diperjelas\"}");
        lamandau.asTkksd();
        lamandau.step("approve-draft", "{\"documentId\":\"" + kb + "\"}");
        lamandau.asSecretariat();
        lamandau.step("sign-agreement", LamandauLifecycle.signing(kb, "KB/002/RSUD/2025", LamandauLifecycle.BUPATI, "2025-06-05"));
        lamandau.step("determine-dprd-approval-requirement", "{\"burdensPublicAndRegion\":true,\"fundedInCurrentBudget\":true}");
        // asked today, so that the DPRD's silence is not yet counted as approval wherever the clock stands
        LocalDate today = LocalDate.now(MovableClockConfiguration.CLOCK);
        lamandau.step("request-dprd-approval", "{\"letter\":" + CommandApi.file("permohonan-dprd.pdf", 'f')
                + ",\"requestedOn\":\"" + today + "\"}");
        lamandau.step("record-dprd-decision", "{\"decision\":\"APPROVED\",\"decidedOn\":\"" + today + "\"}");

        assertThat(waited).containsExactly(
                List.of("IN_ASSESSMENT"), List.of("IN_ASSESSMENT"),
                List.of("AWAITING_RESUBMISSION"), // revise: the unit's to resubmit
                List.of("AWAITING_ASSESSMENT"), List.of("IN_ASSESSMENT"), List.of("IN_ASSESSMENT"),
                List.of("AWAITING_OFFER"), List.of("AWAITING_PARTNER_ANSWER"), List.of("AWAITING_FRAMEWORK_DRAFT"),
                List.of("DRAFT_AWAITING_APPROVAL"),
                List.of("DRAFT_TO_REVISE"), // rejected: the draft's to revise
                List.of("DRAFT_AWAITING_APPROVAL"), List.of("AWAITING_SIGNATURE"),
                List.of("AWAITING_DPRD_DETERMINATION", "AWAITING_REGISTRATION"),
                List.of("AWAITING_DPRD_REQUEST", "AWAITING_REGISTRATION"), // required: the head's to ask
                List.of("AWAITING_DPRD", "AWAITING_REGISTRATION"),
                List.of("AWAITING_IMPLEMENTING_DRAFT", "AWAITING_REGISTRATION"));
    }

    @Test
    void a_step_waiting_on_the_tkksd_shows_in_its_inbox_not_in_another_regions_and_is_taken_where_it_says() {
        LamandauLifecycle lamandau = new LamandauLifecycle(commands).submitted();
        String id = lamandau.id();
        awaitProjected(id);

        query.as(token(DemoUser.LAMANDAU_TKKSD));
        JsonNode item = itemOf(query.get("/api/inbox?role=TKKSD_MEMBER&size=200"), id);
        assertThat(item.path("kind").asText()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(item.path("category").asText()).isEqualTo("STEP");
        assertThat(item.path("what").path("id").asText()).isEqualTo("menunggu pengkajian TKKSD");
        assertThat(item.path("what").path("en").asText()).isEqualTo("awaiting the TKKSD's assessment");
        assertThat(item.path("cooperation").path("title").asText()).isEqualTo("Kerja sama pelayanan kesehatan");
        assertThat(item.path("cooperation").path("stage").asText()).isEqualTo("ASSESSMENT");
        assertThat(item.path("cooperation").path("region").path("code").asText()).isEqualTo("62.09");
        assertThat(Instant.parse(item.path("since").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(item.path("lastDay").isNull()).isTrue();
        assertThat(item.path("answeredBy").path("unit").asText()).isEqualTo("RSUD Gusti Abdul Gani Lamandau");
        assertThat(item.path("answeredBy").path("liaisonOfficer").asText()).isEqualTo("Siti Rahmah");
        assertThat(texts(item.path("answeredBy").path("roles"))).containsExactly("TKKSD_MEMBER");
        JsonNode command = item.path("answeredWith").get(0);
        assertThat(command.path("name").asText()).isEqualTo("StartAssessment");
        assertThat(command.path("method").asText()).isEqualTo("POST");
        assertThat(command.path("path").asText()).isEqualTo("/api/cooperations/" + id + "/start-assessment");

        // the staff and inspectors of other regions do not see it; the province's supervisor does
        for (DemoUser outside : List.of(DemoUser.PANGKALPINANG_TKKSD, DemoUser.PANGKALPINANG_SEKRETARIAT,
                DemoUser.PANGKALPINANG_INSPEKTORAT)) {
            query.as(token(outside));
            assertThat(cooperationIds(ALL)).as(outside.name()).doesNotContain(id);
        }
        query.as(token(DemoUser.KALTENG_PENGAWAS));
        assertThat(cooperationIds(ALL)).contains(id);
        // the regional head answers no assessment
        query.as(token(DemoUser.LAMANDAU_BUPATI));
        assertThat(cooperationIds("/api/inbox?role=REGIONAL_HEAD&size=200")).doesNotContain(id);
        assertThat(cooperationIds(ALL)).contains(id);

        CommandApi.Answer started = commands.as("tkksd-lamandau", "TKKSD_MEMBER", "62.09").post(command.path("path").asText(), null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        awaitProjected(id);
        query.as(token(DemoUser.LAMANDAU_TKKSD));
        assertThat(itemOf(query.get(ALL), id).path("kind").asText()).isEqualTo("IN_ASSESSMENT");
        assertThat(cooperationIds("/api/inbox?kind=AWAITING_ASSESSMENT&size=200")).doesNotContain(id);
    }

    @Test
    void the_commands_a_role_may_send_on_a_cooperation_in_its_stage_are_listed_with_their_paths_for_those_who_read_it() {
        LamandauLifecycle lamandau = new LamandauLifecycle(commands).submitted();
        String id = lamandau.id();
        awaitProjected(id);

        // in ASSESSMENT: the TKKSD's steps of the assessment, not its approval of drafts nor its evaluations, which
        // belong to later stages
        query.as(token(DemoUser.LAMANDAU_TKKSD));
        JsonNode sendable = query.get("/api/cooperations/" + id + "/commands").json();
        assertThat(texts(namesOf(sendable))).containsExactly("StartAssessment", "RecordAssessmentFinding",
                "ConcludeAssessment");
        assertThat(sendable.get(0).path("method").asText()).isEqualTo("POST");
        assertThat(sendable.get(0).path("path").asText()).isEqualTo("/api/cooperations/" + id + "/start-assessment");
        // the unit may still withdraw it, but no longer prepare it, and not yet draft, sign or implement
        query.as(token(DemoUser.LAMANDAU_OPD));
        assertThat(texts(namesOf(query.get("/api/cooperations/" + id + "/commands").json())))
                .containsExactly("WithdrawCooperation", "RecordFindingFollowUp");
        // audit goes beside the course, in any stage
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        assertThat(texts(namesOf(query.get("/api/cooperations/" + id + "/commands").json())))
                .containsExactly("RecordAuditFinding", "RecordFindingFollowUp", "CloseAuditFinding");
        // another region's staff do not learn that it exists
        query.as(token(DemoUser.PANGKALPINANG_SEKRETARIAT));
        assertThat(query.get("/api/cooperations/" + id + "/commands").status()).isEqualTo(404);

        // once ended, only what is accepted after the end
        lamandau.asOfficer();
        lamandau.step("withdraw-cooperation", "{\"reason\":\"Mitra mundur\"}");
        awaitProjected(id);
        query.as(token(DemoUser.LAMANDAU_TKKSD));
        assertThat(texts(namesOf(query.get("/api/cooperations/" + id + "/commands").json()))).isEmpty();
        query.as(token(DemoUser.LAMANDAU_OPD));
        assertThat(texts(namesOf(query.get("/api/cooperations/" + id + "/commands").json())))
                .containsExactly("ProposeExtension", "RecordFindingFollowUp");
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        assertThat(texts(namesOf(query.get("/api/cooperations/" + id + "/commands").json())))
                .containsExactly("RecordAuditFinding", "RecordFindingFollowUp", "CloseAuditFinding");
    }

    private static JsonNode namesOf(JsonNode commands) {
        com.fasterxml.jackson.databind.node.ArrayNode names = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        commands.forEach(command -> names.add(command.path("name")));
        return names;
    }

    @Test
    void a_dormancy_flag_shows_since_when_its_last_day_and_its_answer_and_leaves_when_answered() throws Exception {
        CommandApi api = commands.as("bagian-kerja-sama-pangkalpinang", "SECRETARIAT", "19.71");
        CommandApi.Answer imported = api.post("/api/cooperations/imports", DeadlineLifecycleTest.PANGKALPINANG_KB);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String id = imported.text("id");
        query.as(token(DemoUser.PANGKALPINANG_SEKRETARIAT));
        awaitProjected(id);
        // its PKS waits to be drafted, a step; no flag yet
        assertThat(cooperationIds("/api/inbox?kind=AWAITING_IMPLEMENTING_DRAFT&size=200")).contains(id);
        assertThat(cooperationIds("/api/inbox?kind=DORMANT&size=200")).doesNotContain(id);

        // its last day to draft a PKS is 25 October 2025 (signed on 25 April); the flag is raised when the 26th begins
        Instant beforeTheDeadline = Instant.now();
        dayBegins(LocalDate.of(2025, 10, 26));
        awaitProjected(id);
        JsonNode item = itemOf(query.get("/api/inbox?kind=DORMANT&size=200"), id);
        assertThat(item.path("category").asText()).isEqualTo("FLAG");
        assertThat(item.path("what").path("id").asText()).isEqualTo("tidak aktif (dorman)");
        assertThat(item.path("what").path("en").asText()).isEqualTo("dormant");
        assertThat(item.path("about").asText()).contains("2025-04-25");
        assertThat(item.path("lastDay").asText()).isEqualTo("2025-10-25");
        // since the deadline raised it (events carry the real time of recording, not the test's movable clock)
        assertThat(Instant.parse(item.path("since").asText())).isBetween(beforeTheDeadline, Instant.now());
        assertThat(item.path("answeredBy").path("unit").asText()).isEqualTo("Pemerintah Kota Pangkalpinang");
        assertThat(texts(item.path("answeredBy").path("roles"))).containsExactly("REGIONAL_HEAD", "SECRETARIAT", "UNIT_OFFICER");
        JsonNode command = item.path("answeredWith").get(0);
        assertThat(command.path("name").asText()).isEqualTo("AnswerDormancyFlag");
        // the inspectors' reports show the same flag
        JsonNode reported = new QueryApi(port).as(token(DemoUser.PANGKALPINANG_INSPEKTORAT))
                .get("/api/reports/overdue?kind=DORMANT&size=200").json().path("items");
        assertThat(reported.findValuesAsText("cooperationId")).contains(id);
        assertThat(new QueryApi(port).as(token(DemoUser.PANGKALPINANG_INSPEKTORAT)).get(ALL).json()
                .path("items").findValuesAsText("kind")).contains("DORMANT");
        // Lamandau's staff do not see it, nor does its kind filter for the TKKSD
        query.as(token(DemoUser.LAMANDAU_SEKRETARIAT));
        assertThat(cooperationIds(ALL)).doesNotContain(id);
        query.as(token(DemoUser.PANGKALPINANG_TKKSD));
        assertThat(cooperationIds("/api/inbox?role=TKKSD_MEMBER&size=200")).doesNotContain(id);

        // a rebuild from the event store gives the same inbox, the flag's last day included
        List<String> before = inboxRows();
        assertThat(before).anyMatch(row -> row.startsWith(id + "|") && row.contains("|DORMANT|2025-10-25|"));
        assertThat(new QueryApi(port).as(token(DemoUser.OPERATOR)).post("/api/admin/rebuild").status()).isEqualTo(202);
        // the processor stays "replaying" until an event after the reset comes: wait for the table instead
        for (int i = 0; i < 400 && !inboxRows().equals(before); i++) {
            Thread.sleep(50);
        }
        assertThat(inboxRows()).isEqualTo(before);

        CommandApi.Answer answered = api.post(command.path("path").asText(), "{\"reason\":\"NO_IMPLEMENTING_AGREEMENT\","
                + "\"answer\":\"AMEND\",\"explanation\":\"KB diubah menjadi Nota Kesepakatan dengan Rencana Kerja\"}");
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        query.as(token(DemoUser.PANGKALPINANG_SEKRETARIAT));
        awaitProjected(id);
        assertThat(cooperationIds("/api/inbox?kind=DORMANT&size=200")).doesNotContain(id);
    }

    @Test
    void pages_hold_every_item_once_by_last_day_then_since() {
        for (int i = 0; i < 3; i++) {
            awaitProjected(new LamandauLifecycle(commands).submitted().id());
        }
        query.as(token(DemoUser.LAMANDAU_SEKRETARIAT));
        JsonNode all = query.get(ALL).json();
        List<JsonNode> items = new ArrayList<>();
        all.path("items").forEach(items::add);
        assertThat(items).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.path("totalItems").asLong()).isEqualTo(items.size());
        assertThat(items).isSortedAccordingTo(Comparator
                .comparing((JsonNode item) -> item.path("lastDay").isNull() ? "9999-12-31" : item.path("lastDay").asText())
                .thenComparing(item -> Instant.parse(item.path("since").asText())));

        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 2 < items.size(); page++) {
            JsonNode answer = query.get("/api/inbox?size=2&page=" + page).json();
            assertThat(answer.path("totalItems").asLong()).isEqualTo(items.size());
            assertThat(answer.path("totalPages").asInt()).isEqualTo((items.size() + 1) / 2);
            answer.path("items").forEach(item -> paged.add(key(item)));
        }
        assertThat(paged).isEqualTo(items.stream().map(InboxEndToEndTest::key).toList());
        JsonNode past = query.get("/api/inbox?size=2&page=" + items.size()).json();
        assertThat(past.path("items")).isEmpty();
        assertThat(past.path("totalItems").asLong()).isEqualTo(items.size());
    }

    @Test
    void bad_parameters_are_400s_naming_the_parameter_and_the_values_allowed() {
        query.as(token(DemoUser.LAMANDAU_SEKRETARIAT));
        QueryApi.Answer kind = assertProblem(query.get("/api/inbox?kind=LATE"), "kind", "ONE_OF");
        assertThat(kind.body()).contains("AWAITING_ASSESSMENT", "DORMANT", "EXPIRY_APPROACHING");
        QueryApi.Answer role = assertProblem(query.get("/api/inbox?role=INSPECTOR"), "role", "ONE_OF");
        assertThat(role.body()).contains("REGIONAL_HEAD", "TKKSD_MEMBER", "SECRETARIAT", "UNIT_OFFICER");
        assertProblem(query.get("/api/inbox?role=TKKSD_MEMBER,NOBODY"), "role", "ONE_OF");
        assertProblem(query.get("/api/inbox?kind=DORMANT,,"), "kind", "NO_EMPTY_ITEMS");
        assertProblem(query.get("/api/inbox?size=201"), "size", "RANGE");
        assertProblem(query.get("/api/inbox?size=0"), "size", "RANGE");
        assertProblem(query.get("/api/inbox?page=-1"), "page", "NOT_NEGATIVE");
        assertProblem(query.get("/api/inbox?page=x"), "page", "FORMAT");
    }

    @Test
    void operators_read_no_inbox_and_nobody_reads_one_without_a_token() {
        query.as(token(DemoUser.OPERATOR));
        assertThat(query.get("/api/inbox").status()).isEqualTo(403);
        query.as(null);
        assertThat(query.get("/api/inbox").status()).isEqualTo(401);
    }

    /**
     * Checks that after {@code command} exactly the {@code expected} steps wait for the cooperation, each in the inbox of
     * a role that takes it, and that something waits unless its stage is one where nothing need; returns the stage.
     */
    private Stage stepsWaiting(String id, String command, List<String> expected) {
        Stage stage = Stage.valueOf(projected(id).path("stage").asText());
        List<String> waiting = kindsWaiting(id);
        assertThat(waiting).as("after " + command).isEqualTo(expected);
        if (!NOTHING_WAITS.containsKey(stage)) {
            assertThat(waiting).as("in " + stage + ", after " + command + ", nothing waits").isNotEmpty();
        }
        for (String kind : waiting) {
            assertThat(cooperationIds("/api/inbox?size=200&kind=" + kind + "&role=" + TAKEN_BY.get(kind)))
                    .as(kind + " for " + TAKEN_BY.get(kind)).contains(id);
        }
        return stage;
    }

    /** The steps waiting for one cooperation, by kind, as its region's secretariat sees them. */
    private List<String> kindsWaiting(String id) {
        boolean lamandau = projected(id).path("initiatingRegion").path("code").asText().equals("62.09");
        query.as(token(lamandau ? DemoUser.LAMANDAU_SEKRETARIAT : DemoUser.PANGKALPINANG_SEKRETARIAT));
        QueryApi.Answer answer = query.get(ALL);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        answer.json().path("items").forEach(item -> {
            if (item.path("cooperation").path("id").asText().equals(id) && item.path("category").asText().equals("STEP")) {
                kinds.add(item.path("kind").asText());
            }
        });
        return kinds.stream().sorted().toList();
    }

    private List<String> inboxRows() {
        return jdbc.queryForList("SELECT cooperation_id || '|' || item_number || '|' || kind || '|' "
                + "|| COALESCE(CAST(last_day AS VARCHAR), '-') || '|' || since || '|' || stage || '|' || title || '|' "
                + "|| COALESCE(about, '-') || '|' || COALESCE(unit, '-') FROM query.inbox_item ORDER BY 1", String.class);
    }

    private static String key(JsonNode item) {
        return item.path("cooperation").path("id").asText() + "|" + item.path("kind").asText() + "|"
                + item.path("documentId").asText();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private JsonNode itemOf(QueryApi.Answer answer, String cooperationId) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (JsonNode item : answer.json().path("items")) {
            if (item.path("cooperation").path("id").asText().equals(cooperationId)) {
                return item;
            }
        }
        throw new AssertionError(cooperationId + " is not in the inbox: " + answer.body());
    }

    private List<String> cooperationIds(String path) {
        QueryApi.Answer answer = query.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("items").forEach(item -> ids.add(item.path("cooperation").path("id").asText()));
        return ids;
    }

    private void awaitProjected(String id) {
        projected(id);
    }

    /** The cooperation's detail once its last event is projected. */
    private JsonNode projected(String id) {
        long version = jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
        QueryApi.Answer detail = new QueryApi(port).as(token(DemoUser.KEMENDAGRI_PENGAWAS))
                .get("/api/cooperations/" + id + "?minVersion=" + version);
        assertThat(detail.status()).isEqualTo(200);
        return detail.json();
    }

    private static QueryApi.Answer assertProblem(QueryApi.Answer answer, String field, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(answer.json().path("errors").get(0).path("rule").asText()).isEqualTo(rule);
        return answer;
    }
}
