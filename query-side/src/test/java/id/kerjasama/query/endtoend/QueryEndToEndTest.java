package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.command.security.SampleCommands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives cooperations through their lifecycle on the real command API and reads every query endpoint, on the
 * database each subclass names (H2 always, PostgreSQL in CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=2s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5"})
abstract class QueryEndToEndTest extends EndToEndTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    LamandauLifecycle lamandau;

    @BeforeEach
    void setUp() {
        lamandau = new LamandauLifecycle(commands);
    }

    @Test
    void the_detail_shows_parties_documents_signatories_dprd_and_evaluations() {
        lamandau.active();
        long version = lamandau.step("record-evaluation", """
                {"kind":"SELF_REPORT","periodStart":"2025-07-01","periodEnd":"2025-12-31","grades":{"TIMELINESS":4},
                 "recommendation":"CONTINUE","followUpActions":[{"description":"Tambah dokter","owner":"RSUD","dueDate":"2026-03-31"}],
                 "summary":"Berjalan baik"}""").body().path("version").asLong();

        QueryApi.Answer answer = query.get("/api/cooperations/" + lamandau.id() + "?minVersion=" + version);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.response().headers().firstValue("ETag")).contains("\"" + version + "\"");
        JsonNode detail = answer.json();
        assertThat(detail.path("stage").asText()).isEqualTo("IMPLEMENTATION");
        assertThat(detail.path("version").asLong()).isEqualTo(version);
        assertThat(detail.path("initiatingRegion").path("name").asText()).isEqualTo("Kabupaten Lamandau");
        assertThat(detail.path("partner").path("name").asText()).isEqualTo("PT Citra Borneo Indah (CBI) Group");
        assertThat(detail.path("documents")).hasSize(2);
        JsonNode kb = detail.path("documents").get(0);
        assertThat(kb.path("kind").asText()).isEqualTo("KB");
        assertThat(kb.path("signing").path("signatories")).hasSize(2);
        assertThat(kb.path("signing").path("signedFile").path("sha256").asText()).hasSize(64);
        assertThat(kb.path("registration").path("registrationNumber").asText()).isEqualTo("REG-2025-001");
        assertThat(kb.path("approval").path("by").asText()).isEqualTo("tkksd-lamandau");
        JsonNode pks = detail.path("documents").get(1);
        assertThat(pks.path("parentDocumentId").asText()).isEqualTo(lamandau.kbId());
        assertThat(pks.path("signing").path("signatories").get(0).path("capacity").asText()).isEqualTo("MANDATED_OFFICIAL");
        assertThat(detail.path("dprd").path("required").asBoolean()).isFalse();
        assertThat(detail.path("assessment").path("findings")).hasSize(1);
        assertThat(detail.path("powersOfAttorney")).hasSize(1);
        assertThat(detail.path("evaluations").get(0).path("followUpActions")).hasSize(1);
        assertThat(detail.path("activities")).hasSize(1);
    }

    @Test
    void the_detail_shows_completed_follow_ups_a_justification_to_continue_and_audit_findings_now_and_as_of_a_moment()
            throws Exception {
        lamandau.active();
        lamandau.asSecretariat();
        String evaluation = lamandau.step("record-evaluation", """
                {"kind":"SELF_REPORT","periodStart":"2025-07-01","periodEnd":"2025-12-31","recommendation":"STOP",
                 "followUpActions":[{"description":"Tambah dokter jaga","owner":"RSUD","dueDate":"2026-03-31"}],
                 "summary":"Manfaat belum terasa"}""").text("evaluationId");
        lamandau.asOfficer();
        lamandau.step("complete-follow-up-action", "{\"evaluationId\":\"" + evaluation
                + "\",\"actionNumber\":1,\"completedOn\":\"2026-03-20\",\"note\":\"Dua dokter direkrut\"}");
        lamandau.asSecretariat();
        long justified = lamandau.step("justify-continuation", "{\"evaluationId\":\"" + evaluation
                + "\",\"justification\":\"Layanan rujukan masih dibutuhkan\"}").body().path("version").asLong();
        Thread.sleep(20);
        String finding = lamandau.auditFindingFollowedUp();
        long closed = lamandau.step("close-audit-finding", "{\"findingId\":\"" + finding
                + "\",\"conclusion\":\"Tuntas\"}").body().path("version").asLong();

        JsonNode detail = query.get("/api/cooperations/" + lamandau.id() + "?minVersion=" + closed).json();
        JsonNode evaluated = detail.path("evaluations").get(0);
        assertThat(evaluated.path("completedActions").get(0).path("actionNumber").asInt()).isEqualTo(1);
        assertThat(evaluated.path("completedActions").get(0).path("completedOn").asText()).isEqualTo("2026-03-20");
        assertThat(evaluated.path("completedActions").get(0).path("note").asText()).isEqualTo("Dua dokter direkrut");
        assertThat(evaluated.path("completedActions").get(0).path("recordedBy").asText()).isEqualTo("officer-lamandau");
        assertThat(evaluated.path("continuation").path("justification").asText()).isEqualTo("Layanan rujukan masih dibutuhkan");
        assertThat(evaluated.path("continuation").path("justifiedOn").asText()).isNotBlank();
        assertThat(evaluated.path("continuation").path("justifiedBy").asText()).isEqualTo("secretariat-lamandau");
        JsonNode audit = detail.path("auditFindings").get(0);
        assertThat(audit.path("findingId").asText()).isEqualTo(finding);
        assertThat(audit.path("severity").asText()).isEqualTo("HIGH");
        assertThat(audit.path("recordedBy").asText()).isEqualTo("inspektorat-lamandau");
        assertThat(audit.path("followUps").get(0).path("followedUpOn").asText()).isEqualTo("2026-02-16");
        assertThat(audit.path("followUps").get(0).path("recordedBy").asText()).isEqualTo("officer-lamandau");
        assertThat(audit.path("closing").path("conclusion").asText()).isEqualTo("Tuntas");
        assertThat(audit.path("closing").path("closedBy").asText()).isEqualTo("inspektorat-lamandau");

        // the inspectors within reach read the same; the point-in-time replay folds the same facts
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        assertThat(query.get("/api/cooperations/" + lamandau.id()).json()).isEqualTo(detail);
        assertThat(query.get("/api/cooperations/" + lamandau.id() + "?atVersion=" + closed).json()).isEqualTo(detail);
        JsonNode history = query.get("/api/cooperations/" + lamandau.id() + "/history").json().path("items");
        Instant afterJustified = Instant.parse(history.get((int) justified).path("timestamp").asText()).plusMillis(5);
        JsonNode then = query.get("/api/cooperations/" + lamandau.id() + "?asOf=" + afterJustified).json();
        assertThat(then.path("version").asLong()).isEqualTo(justified);
        assertThat(then.path("evaluations").get(0).path("continuation")).isEqualTo(evaluated.path("continuation"));
        assertThat(then.path("evaluations").get(0).path("completedActions")).isEqualTo(evaluated.path("completedActions"));
        assertThat(then.path("auditFindings")).isEmpty();

        // audit findings are the parties' and the inspectors' business, not the public's
        query.as(null);
        String register = query.get("/api/public/cooperations/" + lamandau.id()).body();
        assertThat(register).doesNotContain("auditFindings", "PKS ditandatangani sebelum", "Tuntas", "flags",
                "completedActions", "continuation", "Layanan rujukan");
    }

    @Test
    void the_registry_filters_sorts_and_pages() {
        String active = lamandau.active().id();
        String initiated = new LamandauLifecycle(commands).initiated().id();
        awaitProjected(initiated, 0);
        awaitProjected(active, versionOf(active));

        assertThat(ids("/api/cooperations?region=62.09&stage=IMPLEMENTATION&size=200")).contains(active).doesNotContain(initiated);
        assertThat(ids("/api/cooperations?region=62.09&stage=PREPARATION&size=200")).contains(initiated).doesNotContain(active);
        assertThat(ids("/api/cooperations?province=62&type=KSDPK&affair=HEALTH&size=200")).contains(active, initiated);
        assertThat(ids("/api/cooperations?partner=citra%20borneo&size=200")).contains(active, initiated);
        assertThat(ids("/api/cooperations?q=pelayanan%20kesehatan&size=200")).contains(active);
        assertThat(ids("/api/cooperations?signedFrom=2025-06-05&signedTo=2025-06-05&size=200")).contains(active).doesNotContain(initiated);
        assertThat(ids("/api/cooperations?endsBefore=2028-06-01&size=200")).contains(active);
        assertThat(ids("/api/cooperations?endsBefore=2028-05-31&size=200")).doesNotContain(active);
        assertThat(ids("/api/cooperations?region=19.71&size=200")).doesNotContain(active, initiated);

        JsonNode page = query.get("/api/cooperations?region=62.09&sort=initiatedAt,asc&page=0&size=1").json();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("totalPages").asLong()).isEqualTo(page.path("totalItems").asLong());
    }

    @Test
    void the_history_lists_every_event_with_actor_summary_and_payload_as_json_and_csv() {
        lamandau.kbSigned();
        JsonNode history = query.get("/api/cooperations/" + lamandau.id() + "/history").json();
        JsonNode events = history.path("items");
        assertThat(events.size()).isEqualTo(versionOf(lamandau.id()) + 1);
        JsonNode signed = events.get(events.size() - 1);
        assertThat(signed.path("type").asText()).isEqualTo("AgreementSigned");
        assertThat(signed.path("summary").path("id").asText()).contains("ditandatangani");
        assertThat(signed.path("summary").path("en").asText()).contains("signed");
        assertThat(signed.path("actorId").asText()).isEqualTo("secretariat-lamandau");
        assertThat(signed.path("actorRole").asText()).isEqualTo("SECRETARIAT");
        assertThat(signed.path("actorRegion").asText()).isEqualTo("62.09");
        assertThat(signed.path("causationId").asText()).isNotBlank();
        assertThat(signed.path("payload").path("documentNumber").asText()).isEqualTo("KB/001/RSUD/2025");

        JsonNode onlySigning = query.get("/api/cooperations/" + lamandau.id() + "/history?type=AgreementSigned,DraftApproved").json();
        assertThat(onlySigning.path("totalItems").asLong()).isEqualTo(2);
        String from = events.get(2).path("timestamp").asText();
        assertThat(query.get("/api/cooperations/" + lamandau.id() + "/history?from=" + from).json().path("totalItems").asLong())
                .isLessThanOrEqualTo(events.size() - 2L);

        QueryApi.Answer csv = query.get("/api/cooperations/" + lamandau.id() + "/history?format=csv");
        assertThat(csv.response().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("sequence_number,timestamp,type");
        assertThat(lines).hasSize(events.size() + 1);
    }

    @Test
    void as_of_a_moment_between_two_events_shows_the_earlier_state_and_at_version_the_same() throws Exception {
        lamandau.assessedFeasible();
        Thread.sleep(20);
        lamandau.asSecretariat();
        lamandau.step("send-offer", "{\"letter\":" + CommandApi.file("penawaran.pdf", 'c')
                + ",\"signedBy\":{\"party\":\"REGION\",\"name\":\"Rizky Aditya Putra\",\"position\":\"Bupati Lamandau\","
                + "\"capacity\":\"REGIONAL_HEAD\"},\"sentOn\":\"2025-05-05\"}");
        JsonNode events = query.get("/api/cooperations/" + lamandau.id() + "/history").json().path("items");
        int last = events.size() - 1;
        Instant concluded = Instant.parse(events.get(last - 1).path("timestamp").asText());
        Instant offered = Instant.parse(events.get(last).path("timestamp").asText());
        assertThat(offered).isAfter(concluded);
        Instant between = concluded.plus(Duration.between(concluded, offered).dividedBy(2));

        JsonNode then = query.get("/api/cooperations/" + lamandau.id() + "?asOf=" + between).json();
        assertThat(then.path("version").asLong()).isEqualTo(last - 1);
        assertThat(then.path("stage").asText()).isEqualTo("OFFER");
        assertThat(then.path("offer").isNull()).isTrue();
        JsonNode atVersion = query.get("/api/cooperations/" + lamandau.id() + "?atVersion=" + (last - 1)).json();
        assertThat(atVersion).isEqualTo(then);
        JsonNode now = query.get("/api/cooperations/" + lamandau.id() + "?atVersion=" + last).json();
        assertThat(now.path("offer").path("sentOn").asText()).isEqualTo("2025-05-05");

        JsonNode changes = query.get("/api/cooperations/" + lamandau.id() + "/changes?from=" + between + "&to=" + offered).json();
        assertThat(changes.path("versionAtFrom").asLong()).isEqualTo(last - 1);
        assertThat(changes.path("versionAtTo").asLong()).isEqualTo(last);
        assertThat(changes.path("events")).hasSize(1);
        assertThat(changes.path("events").get(0).path("type").asText()).isEqualTo("OfferSent");

        assertThat(query.get("/api/cooperations/" + lamandau.id() + "?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(404);
    }

    @Test
    void the_public_register_shows_signed_agreements_only_and_no_actor() {
        String signed = lamandau.kbSigned().id();
        String unsigned = new LamandauLifecycle(commands).submitted().id();
        awaitProjected(signed, versionOf(signed));
        awaitProjected(unsigned, versionOf(unsigned));

        query.as(null);
        assertThat(ids("/api/public/cooperations?region=62.09&size=200")).contains(signed).doesNotContain(unsigned);
        QueryApi.Answer detail = query.get("/api/public/cooperations/" + signed);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("documents").get(0).path("documentNumber").asText()).isEqualTo("KB/001/RSUD/2025");
        assertThat(detail.body()).doesNotContain("officer-lamandau", "tkksd-lamandau", "secretariat-lamandau", "findings");
        assertThat(query.get("/api/public/cooperations/" + unsigned).status()).isEqualTo(404);
    }

    @Test
    void the_partner_directory_lists_a_partner_across_its_cooperations() {
        String first = lamandau.initiated().id();
        String second = new LamandauLifecycle(commands).initiated().id();
        awaitProjected(first, 0);
        awaitProjected(second, 0);
        JsonNode partners = query.get("/api/partners?q=borneo").json().path("items");
        JsonNode cbi = partners.get(0);
        assertThat(cbi.path("partnerKey").asText()).isEqualTo("business:pt-citra-borneo-indah-cbi-group");
        assertThat(cbi.path("cooperations").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(ids("/api/partners/" + cbi.path("partnerKey").asText() + "/cooperations?size=200")).contains(first, second);
    }

    @Test
    void the_work_queues_show_what_awaits_the_tkksd_and_the_signatories() {
        String submitted = new LamandauLifecycle(commands).submitted().id();
        lamandau.kbSigned();
        lamandau.step("determine-dprd-approval-requirement", "{\"burdensPublicAndRegion\":false,\"fundedInCurrentBudget\":true}");
        lamandau.asOfficer();
        String pks = lamandau.step("draft-agreement", "{\"kind\":\"PKS\",\"parentDocumentId\":\"" + lamandau.kbId()
                + "\",\"content\":" + LamandauLifecycle.content("PKS layanan", "2025-07-01", "2026-06-30") + "}").text("documentId");
        awaitProjected(submitted, versionOf(submitted));
        awaitProjected(lamandau.id(), versionOf(lamandau.id()));

        JsonNode queues = query.get("/api/work-queues?region=62.09").json().path("queues");
        assertThat(queues.path("AWAITING_ASSESSMENT").findValuesAsText("cooperationId")).contains(submitted);
        assertThat(queues.path("DRAFT_AWAITING_APPROVAL").findValuesAsText("documentId")).contains(pks);
        assertThat(queues.path("AWAITING_SIGNATURE").findValuesAsText("cooperationId")).doesNotContain(lamandau.id());
        // the signed KB waits for its registration; its PKS is drafted, so it no longer waits for one
        assertThat(queues.path("AWAITING_REGISTRATION").findValuesAsText("documentId")).contains(lamandau.kbId());
        assertThat(queues.path("AWAITING_IMPLEMENTING_DRAFT").findValuesAsText("cooperationId")).doesNotContain(lamandau.id());
        assertThat(queues.path("PREPARATION_TO_SUBMIT").findValuesAsText("cooperationId")).doesNotContain(submitted);
    }

    @Test
    void a_read_waits_for_its_own_write_and_says_so_when_the_read_model_is_behind() {
        lamandau.initiated();
        QueryApi.Answer waited = query.get("/api/cooperations/" + lamandau.id(), "Kerjasama-Min-Version", "0");
        assertThat(waited.status()).isEqualTo(200);
        QueryApi.Answer behind = query.get("/api/cooperations/" + lamandau.id() + "?minVersion=99");
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.json().path("code").asText()).isEqualTo("READ_MODEL_BEHIND");
        assertThat(behind.response().headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void changes_are_pushed_as_server_sent_events() throws Exception {
        lamandau.initiated();
        awaitProjected(lamandau.id(), 0);
        CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> {
            try (Stream<String> lines = query.stream("/api/cooperations/" + lamandau.id() + "/events")) {
                Iterator<String> it = lines.iterator();
                List<String> seen = new java.util.ArrayList<>();
                while (it.hasNext()) {
                    String line = it.next();
                    seen.add(line);
                    if (line.startsWith("data:") && line.contains("LiaisonOfficerAppointed")) {
                        return seen;
                    }
                }
                return seen;
            }
        });
        Thread.sleep(300); // let the stream open before the change
        lamandau.step("appoint-liaison-officer", "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}");
        List<String> lines = received.get(10, TimeUnit.SECONDS);
        assertThat(lines).anyMatch(line -> line.equals("event:version"));
        assertThat(lines).anyMatch(line -> line.equals("event:projected"));
        assertThat(lines.get(lines.size() - 1)).contains("\"version\":1");
    }

    @Test
    void each_caller_reads_only_the_cooperations_within_reach() {
        String lamandauId = lamandau.kbSigned().id();
        awaitProjected(lamandauId, versionOf(lamandauId));
        String path = "/api/cooperations/" + lamandauId;

        query.as(token(DemoUser.PANGKALPINANG_SEKRETARIAT));
        assertThat(query.get(path).status()).isEqualTo(404);
        assertThat(query.get(path + "/history").status()).isEqualTo(404);
        assertThat(ids("/api/cooperations?size=200")).doesNotContain(lamandauId);
        assertThat(query.get("/api/work-queues?region=62.09").status()).isEqualTo(404);
        query.as(token(DemoUser.PANGKALPINANG_INSPEKTORAT));
        assertThat(query.get(path).status()).isEqualTo(404);
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        assertThat(query.get(path).status()).isEqualTo(200);
        query.as(token(DemoUser.KALTENG_PENGAWAS));
        assertThat(query.get(path).status()).isEqualTo(200);
        assertThat(ids("/api/cooperations?size=200")).contains(lamandauId);
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        assertThat(query.get(path + "/history").status()).isEqualTo(200);
        query.as(token(DemoUser.OPERATOR));
        assertThat(query.get(path).status()).isEqualTo(403);
        assertThat(query.get("/api/admin/rebuild").status()).isEqualTo(200);
        query.as(token(DemoUser.LAMANDAU_BUPATI));
        assertThat(query.get("/api/admin/rebuild").status()).isEqualTo(403);
        query.as(null);
        assertThat(query.get(path).status()).isEqualTo(401);
        assertThat(query.get("/api/public/cooperations/" + lamandauId).status()).isEqualTo(200);
    }

    /** What each read endpoint allows: every GET of the application must have a line, or the matrix fails. */
    private enum Access { PUBLIC, OPERATOR_ONLY, ONE_COOPERATION, REGION, LIST, AUDIT_OF_ONE_COOPERATION, AUDIT_OF_THE_STORE,
        INSPECTOR_ONLY, INSPECTOR_OR_OFFICE, INSPECTOR_OR_OFFICE_OF_THE_REGION, OWN_DIRECTORY, REMINDERS_SENT }

    private static final Set<ActorRole> OFFICE_AND_INSPECTORS = EnumSet.of(ActorRole.INSPECTOR, ActorRole.REGIONAL_HEAD,
            ActorRole.SECRETARIAT);

    private static final Map<String, Access> READ_ENDPOINTS = Map.ofEntries(
            Map.entry("/api/public/cooperations", Access.PUBLIC),
            Map.entry("/api/public/cooperations/{id}", Access.PUBLIC),
            Map.entry("/api/admin/rebuild", Access.OPERATOR_ONLY),
            Map.entry("/api/cooperations/{id}", Access.ONE_COOPERATION),
            Map.entry("/api/cooperations/{id}/history", Access.ONE_COOPERATION),
            Map.entry("/api/cooperations/{id}/changes", Access.ONE_COOPERATION),
            Map.entry("/api/cooperations/{id}/events", Access.ONE_COOPERATION),
            Map.entry("/api/cooperations/{id}/commands", Access.ONE_COOPERATION),
            Map.entry("/api/public/statistics", Access.PUBLIC),
            Map.entry("/api/cooperations/{id}/documents/{documentId}/file", Access.ONE_COOPERATION),
            Map.entry("/api/public/cooperations/{id}/documents/{documentId}/file", Access.PUBLIC),
            Map.entry("/api/audit/files/verification", Access.AUDIT_OF_THE_STORE),
            Map.entry("/api/work-queues", Access.REGION),
            Map.entry("/api/inbox", Access.LIST),
            Map.entry("/api/cooperations", Access.LIST),
            Map.entry("/api/partners", Access.LIST),
            Map.entry("/api/contacts", Access.OWN_DIRECTORY),
            Map.entry("/api/webhooks", Access.OWN_DIRECTORY),
            Map.entry("/api/notifications", Access.REMINDERS_SENT));

    private static final Map<String, Access> MORE_READ_ENDPOINTS = Map.of(
            "/api/partners/{partnerKey}/cooperations", Access.LIST,
            "/api/audit/public-key", Access.PUBLIC,
            "/api/audit/checkpoints", Access.PUBLIC,
            "/api/audit/checkpoints/latest", Access.PUBLIC,
            "/api/audit/checkpoints/{number}", Access.PUBLIC,
            "/api/audit/cooperations/{id}/verification", Access.AUDIT_OF_ONE_COOPERATION,
            "/api/cooperations/{id}/audit-bundle", Access.AUDIT_OF_ONE_COOPERATION,
            "/api/audit/verification", Access.AUDIT_OF_THE_STORE,
            "/api/audit/adoptions", Access.AUDIT_OF_THE_STORE,
            "/api/admin/dead-letters", Access.OPERATOR_ONLY);

    /** The reports, with the parameters each needs (the periodic report is about 62.09). */
    private static final Map<String, Access> REPORT_ENDPOINTS = Map.of(
            "/api/reports/overdue", Access.INSPECTOR_ONLY,
            "/api/reports/compliance", Access.INSPECTOR_OR_OFFICE,
            "/api/reports/decisions", Access.INSPECTOR_ONLY,
            "/api/reports/label-mismatches", Access.INSPECTOR_ONLY,
            "/api/reports/periodic", Access.INSPECTOR_OR_OFFICE_OF_THE_REGION);

    @Test
    void the_authorization_matrix_holds_for_every_read_endpoint_role_and_region() {
        String id = lamandau.kbSigned().id();
        awaitProjected(id, versionOf(id));
        String[] file = archivedSignedOriginal();
        long checkpoint = new QueryApi(port).as(token(DemoUser.OPERATOR)).post("/api/audit/checkpoints").json().path("number").asLong();
        List<String> failures = new java.util.ArrayList<>();
        for (String pattern : readEndpoints()) {
            Access access = READ_ENDPOINTS.containsKey(pattern) ? READ_ENDPOINTS.get(pattern)
                    : MORE_READ_ENDPOINTS.containsKey(pattern) ? MORE_READ_ENDPOINTS.get(pattern) : REPORT_ENDPOINTS.get(pattern);
            assertThat(access).as("a rule for " + pattern).isNotNull();
            String path = pattern.replace("{id}", pattern.contains("{documentId}") ? file[0] : id)
                    .replace("{documentId}", file[1]).replace("{partnerKey}", "business:pt-citra-borneo-indah-cbi-group")
                    .replace("{number}", Long.toString(checkpoint))
                    + (pattern.endsWith("/changes") ? "?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z" : "")
                    + (pattern.equals("/api/work-queues") ? "?region=62.09" : "")
                    + (pattern.equals("/api/reports/decisions") ? "?actor=secretariat-lamandau" : "")
                    + (pattern.equals("/api/reports/periodic") ? "?region=62.09&from=2025-01-01&to=2025-12-31" : "");
            check(failures, path, null, "none", access == Access.PUBLIC ? 200 : 401);
            for (ActorRole role : ActorRole.values()) {
                if (role == ActorRole.SYSTEM) {
                    continue;
                }
                for (String region : List.of("62.09", "19.71")) {
                    String token = CommandSide.token(databaseUrl(), "matrix-" + role, role, role == ActorRole.OPERATOR ? "ID" : region);
                    check(failures, path, token, role + " of " + region, expected(access, role, region.equals("62.09")));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static int expected(Access access, ActorRole role, boolean ownRegion) {
        return switch (access) {
            case PUBLIC -> 200;
            case OPERATOR_ONLY -> role == ActorRole.OPERATOR ? 200 : 403;
            case LIST -> role == ActorRole.OPERATOR ? 403 : 200;
            case ONE_COOPERATION, REGION -> role == ActorRole.OPERATOR ? 403 : ownRegion ? 200 : 404;
            case AUDIT_OF_ONE_COOPERATION -> role != ActorRole.INSPECTOR ? 403 : ownRegion ? 200 : 404;
            // the matrix's inspectors hold a region, not the country
            case AUDIT_OF_THE_STORE -> role == ActorRole.OPERATOR ? 200 : 403;
            // every inspector reads the reports of the own jurisdiction; a region outside it is refused
            case INSPECTOR_ONLY -> role == ActorRole.INSPECTOR ? 200 : 403;
            // the regional head and the secretariat produce the figures and the periodic report of their own region
            case INSPECTOR_OR_OFFICE -> OFFICE_AND_INSPECTORS.contains(role) ? 200 : 403;
            case INSPECTOR_OR_OFFICE_OF_THE_REGION -> OFFICE_AND_INSPECTORS.contains(role) && ownRegion ? 200 : 403;
            // a secretariat reads its own region's directory (and signing keys), whichever region it is
            case OWN_DIRECTORY -> role == ActorRole.SECRETARIAT ? 200 : 403;
            // the messages: a secretariat those of its region, the operator all
            case REMINDERS_SENT -> role == ActorRole.SECRETARIAT || role == ActorRole.OPERATOR ? 200 : 403;
        };
    }

    private void check(List<String> failures, String path, String token, String who, int expected) {
        int actual = new QueryApi(port).as(token).status(path);
        if (actual != expected) {
            failures.add(path + " as " + who + ": " + actual + ", expected " + expected);
        }
    }

    private List<String> readEndpoints() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream()).filter(path -> path.startsWith("/api/")).distinct().toList();
    }

    @Test
    void bad_parameters_are_400s_naming_them_and_unknown_cooperations_404s() {
        assertProblem(query.get("/api/cooperations?stage=SIGNED"), 400, "INVALID_FIELD", "stage");
        assertProblem(query.get("/api/cooperations?region=99.99"), 400, "INVALID_FIELD", "region");
        assertProblem(query.get("/api/cooperations?signedFrom=25-04-2025"), 400, "INVALID_FIELD", "signedFrom");
        assertProblem(query.get("/api/cooperations?sort=partner"), 400, "INVALID_FIELD", "sort");
        assertProblem(query.get("/api/cooperations?size=1000"), 400, "INVALID_FIELD", "size");
        assertProblem(query.get("/api/work-queues"), 400, "INVALID_FIELD", "region");
        assertProblem(query.get("/api/cooperations/6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111"), 404, "COOPERATION_NOT_FOUND", null);
        assertProblem(query.get("/api/cooperations/6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111/history"), 404, "COOPERATION_NOT_FOUND", null);
    }

    @Test
    void rebuilding_the_read_models_from_the_event_store_gives_identical_read_models() throws Exception {
        lamandau.active();
        lamandau.asSecretariat();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        lamandau.step("record-publication-exemption", "{\"fields\":[\"PARTNER_NAME\",\"FUNDING\"],"
                + "\"ground\":\"PERSONAL_SECRET\",\"consequenceTest\":\"Data pribadi mitra\",\"decisionNumber\":\"PPID/1\","
                + "\"decidedOn\":\"" + today.minusDays(1) + "\",\"until\":\"" + today.plusYears(1) + "\"}");
        new LamandauLifecycle(commands).submitted();
        awaitProjected(lamandau.id(), versionOf(lamandau.id()));
        awaitAllProjected();
        List<String> before = readModels();

        query.as(token(DemoUser.OPERATOR));
        QueryApi.Answer started = query.post("/api/admin/rebuild");
        assertThat(started.status()).isEqualTo(202);
        awaitAllProjected();
        for (int i = 0; i < 200 && query.get("/api/admin/rebuild").json().path("replaying").asBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(readModels()).isEqualTo(before);
    }

    private List<String> readModels() {
        return Stream.of(
                        jdbc.queryForList("SELECT c.id || '|' || c.version || '|' || c.stage || '|' || d.detail FROM query.cooperation c "
                                + "JOIN query.cooperation_detail d ON d.id = c.id ORDER BY c.id", String.class),
                        jdbc.queryForList("SELECT cooperation_id || '|' || affair FROM query.cooperation_affair ORDER BY 1", String.class),
                        jdbc.queryForList("SELECT cooperation_id || '|' || queue || '|' || document_id || '|' || since FROM query.work_item ORDER BY 1", String.class),
                        jdbc.queryForList("SELECT cooperation_id || '|' || item_number || '|' || kind || '|' || stage || '|' "
                                + "|| COALESCE(document_id, '-') || '|' || since || '|' || COALESCE(unit, '-') || '|' "
                                + "|| COALESCE(liaison_officer, '-') FROM query.inbox_item ORDER BY 1", String.class),
                        jdbc.queryForList("SELECT cooperation_id || '|' || exemption_id || '|' || COALESCE(document_id, '-') "
                                + "|| '|' || COALESCE(field, '-') || '|' || last_day FROM query.public_exemption ORDER BY 1", String.class))
                .flatMap(List::stream).toList();
    }

    /** Waits until every stored event of every cooperation is in the read model. */
    private void awaitAllProjected() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Long behind = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT aggregate_identifier, MAX(sequence_number) AS v "
                    + "FROM domain_event_entry GROUP BY aggregate_identifier) e LEFT JOIN query.cooperation c "
                    + "ON c.id = e.aggregate_identifier WHERE c.version IS NULL OR c.version < e.v", Long.class);
            if (behind == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the read models did not catch up with the event store");
    }

    /** A KB of 62.09 imported with a (small) PDF as its signed original, archived: the cooperation and document ids. */
    private String[] archivedSignedOriginal() {
        byte[] pdf = "%PDF-1.7\n% a signed KB\nstartxref\n0\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String body = SampleCommands.BODIES.get("ImportSignedAgreement").replace(CommandApi.sha('a'), sha256(pdf));
        CommandApi.Answer imported = commands.as("sekretariat-lamandau", "SECRETARIAT", "62.09").post("/api/cooperations/imports", body);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String id = imported.text("id");
        awaitProjected(id, 0);
        String documentId = query.get("/api/cooperations/" + id).json().path("files").get(0).path("documentId").asText();
        CommandApi.Answer archived = commands.post("/api/cooperations/" + id + "/documents/" + documentId + "/file",
                new String(pdf, StandardCharsets.US_ASCII));
        assertThat(archived.status()).as(archived.body().toString()).isEqualTo(200);
        awaitProjected(id, 1);
        return new String[]{id, documentId};
    }

    private void awaitProjected(String id, long version) {
        assertThat(new QueryApi(port).as(token(DemoUser.LAMANDAU_SEKRETARIAT)).get("/api/cooperations/" + id + "?minVersion=" + version).status()).isEqualTo(200);
    }

    private long versionOf(String id) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
    }

    private List<String> ids(String path) {
        QueryApi.Answer answer = query.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("items").findValuesAsText("id");
    }

    private static void assertProblem(QueryApi.Answer answer, int status, String code, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
        }
    }
}
