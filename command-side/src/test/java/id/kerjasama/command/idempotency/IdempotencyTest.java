package id.kerjasama.command.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.security.SampleCommands;
import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Safe retries with an {@code Idempotency-Key} on the embedded database. */
// the same context as CommandApiTest (the seed's deadlines must not run while a test counts events)
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:command-api;DB_CLOSE_DELAY=-1",
        "db-scheduler.polling-interval=1d"})
@AutoConfigureMockMvc
class IdempotencyTest {

    private static final String OFFICER = "{\"officer\":{\"name\":\"Siti\",\"position\":\"Kabag\"}}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdempotentRequests requests;

    CommandApi api;

    @BeforeEach
    void setUp() {
        api = new CommandApi(mvc);
    }

    @Test
    void every_command_repeated_with_its_key_gets_the_original_answer_and_runs_once() {
        LamandauLifecycle lamandau = new LamandauLifecycle(api).repeatingEachStepWithItsKey().active();
        lamandau.asSecretariat();
        String evaluation = lamandau.step("record-evaluation", """
                {"kind":"SELF_REPORT","periodStart":"2025-07-01","periodEnd":"2025-12-31","recommendation":"STOP",
                 "summary":"Manfaat belum terasa"}""").text("evaluationId");
        lamandau.step("justify-continuation", "{\"evaluationId\":\"" + evaluation + "\",\"justification\":\"Masih dibutuhkan\"}");
        CommandApi.Answer extended = lamandau.step("propose-extension", "{\"title\":\"Lanjutan\",\"rationale\":\"Manfaat\"}");
        // each step stored its events once: the version counts every event of the cooperation
        assertThat(eventsOf(lamandau.id())).isEqualTo(extended.body().path("version").asLong() + 1);
        assertThat(eventsOf(extended.text("successorId"))).isEqualTo(1);
    }

    @Test
    void an_import_repeated_with_its_key_creates_one_cooperation() {
        api.as("sekretariat-lamandau", "SECRETARIAT", "62.09").header("Idempotency-Key", UUID.randomUUID().toString());
        String body = SampleCommands.BODIES.get("ImportSignedAgreement");
        CommandApi.Answer first = api.post("/api/cooperations/imports", body);
        CommandApi.Answer repeat = api.post("/api/cooperations/imports", body);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(eventsOf(first.text("id"))).isEqualTo(1);
    }

    @Test
    void concurrent_duplicates_with_one_key_run_once() throws Exception {
        String body = """
                {"type":"KSDPK","title":"Layanan serentak","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],"objective":"x"}""";
        String key = "concurrent-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CommandApi.Answer> answers = new ArrayList<>();
        try {
            for (Future<CommandApi.Answer> answer : pool.invokeAll(IntStream.range(0, 8).<Callable<CommandApi.Answer>>mapToObj(i -> () ->
                    new CommandApi(mvc).header("Idempotency-Key", key).initiate(body)).toList())) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        // H2 does not wait for the first to commit: a duplicate that comes meanwhile hears that the key is in use
        List<CommandApi.Answer> created = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status() == 201
                || answer.text("code").equals("IDEMPOTENCY_KEY_IN_USE")).as(answer.body().toString()).isTrue());
        assertThat(created).extracting(answer -> answer.text("id")).containsOnly(created.get(0).text("id"));
        assertThat(eventsOf(created.get(0).text("id"))).isEqualTo(1);
    }

    @Test
    void a_key_reused_for_another_request_is_422_and_nothing_is_stored() {
        String id = new LamandauLifecycle(api).initiated().id();
        api.header("Idempotency-Key", "lamandau-liaison-1");
        assertThat(api.send(id, "appoint-liaison-officer", OFFICER).status()).isEqualTo(200);
        long before = eventsOf(id);
        CommandApi.Answer otherBody = api.send(id, "appoint-liaison-officer", OFFICER.replace("Siti", "Yusuf"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        CommandApi.Answer otherEndpoint = api.send(id, "withdraw-cooperation", "{\"reason\":\"Batal\"}");
        assertThat(otherEndpoint.status()).isEqualTo(422);
        assertThat(otherEndpoint.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventsOf(id)).isEqualTo(before);
    }

    @Test
    void keys_belong_to_their_caller() {
        String id = new LamandauLifecycle(api).initiated().id();
        api.header("Idempotency-Key", "shared-key");
        assertThat(api.send(id, "appoint-liaison-officer", OFFICER).status()).isEqualTo(200);
        CommandApi.Answer secretariat = api.as("sekretariat-lamandau", "SECRETARIAT", "62.09")
                .send(id, "appoint-liaison-officer", OFFICER.replace("Siti", "Yusuf"));
        assertThat(secretariat.status()).isEqualTo(200);
        assertThat(secretariat.header("Idempotent-Replayed")).isNull();
        assertThat(eventsOf(id)).isEqualTo(3);
    }

    @Test
    void a_refused_command_keeps_no_key_and_its_retry_runs_again() {
        String id = new LamandauLifecycle(api).initiated().id();
        api.header("Idempotency-Key", "submit-" + id);
        CommandApi.Answer refused = api.send(id, "submit-for-assessment", null);
        assertThat(refused.text("rule")).isEqualTo("PREPARATION_COMPLETE");
        api.header("Idempotency-Key", null);
        api.send(id, "appoint-liaison-officer", OFFICER);
        api.send(id, "attach-preparation-document", "{\"kind\":\"TERMS_OF_REFERENCE\",\"file\":" + CommandApi.file("kak.pdf", 'a') + "}");
        api.send(id, "attach-preparation-document", "{\"kind\":\"FEASIBILITY_STUDY\",\"file\":" + CommandApi.file("fs.pdf", 'b') + "}");
        api.header("Idempotency-Key", "submit-" + id);
        CommandApi.Answer retried = api.send(id, "submit-for-assessment", null);
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void a_malformed_key_is_400_naming_the_header_and_nothing_is_stored() {
        String id = new LamandauLifecycle(api).initiated().id();
        for (String key : List.of("x".repeat(101), "kunci rahasia", "ключ")) {
            CommandApi.Answer answer = api.header("Idempotency-Key", key).send(id, "appoint-liaison-officer", OFFICER);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.text("code")).isEqualTo("INVALID_FIELD");
            assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void an_expired_key_is_purged_and_free_again() {
        String id = new LamandauLifecycle(api).initiated().id();
        String key = "expiring-" + id;
        api.header("Idempotency-Key", key);
        assertThat(api.send(id, "appoint-liaison-officer", OFFICER).status()).isEqualTo(200);
        assertThat(keys(key)).isEqualTo(1);
        requests.purgeExpired(Instant.now().plus(Duration.ofHours(24)).plusSeconds(60));
        assertThat(keys(key)).isZero();
        CommandApi.Answer anew = api.send(id, "appoint-liaison-officer", OFFICER.replace("Siti", "Yusuf"));
        assertThat(anew.status()).isEqualTo(200);
        assertThat(anew.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void every_command_endpoint_describes_the_header() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString()).path("paths");
        List<String> without = new ArrayList<>();
        int commands = 0;
        for (Map.Entry<String, JsonNode> path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            JsonNode post = path.getValue().path("post");
            if (!path.getKey().startsWith("/api/cooperations") || post.isMissingNode()) {
                continue;
            }
            commands++;
            if (path.getKey().equals(ArchiveDocumentFile.PATH)) {
                // an upload: safe to retry as it is, and too large to store its answer with a key (IdempotencyFilter)
                assertThat(post.path("parameters").findValuesAsText("name")).doesNotContain("Idempotency-Key");
                continue;
            }
            boolean described = false;
            for (JsonNode parameter : post.path("parameters")) {
                described |= parameter.path("name").asText().equals("Idempotency-Key") && parameter.path("in").asText().equals("header");
            }
            if (!described) {
                without.add(path.getKey());
            }
        }
        // the directory's commands take no key: recording a contact or a webhook again under its id replaces it
        assertThat(commands).isEqualTo(SampleCommands.BODIES.size() - SampleCommands.DIRECTORY_COMMANDS.size());
        assertThat(without).isEmpty();
    }

    private long keys(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request WHERE idempotency_key = ?", Long.class, key);
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
    }
}
