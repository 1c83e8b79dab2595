package id.kerjasama.query.endtoend;

import id.kerjasama.command.security.DemoUser;
import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.audit.ChainLink;
import id.kerjasama.audit.History;
import id.kerjasama.audit.StoredEvent;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.eventstore.EventStoreTables;
import id.kerjasama.verifier.AuditVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain end to end: cooperations driven through the real command side, checkpoints signed by this
 * side, each kind of tampering done directly in SQL found and located by the verification endpoints, and a bundle
 * verified offline by the audit-verifier; on the database each subclass names (H2 always, PostgreSQL in CI).
 * Every test puts back the rows it tampered with, so the store verifies clean between tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jmx.enabled=false", "kerjasama.db-pool-size=8"})
@ExtendWith(OutputCaptureExtension.class)
// both sides hold connections until closed: release them for the test classes after this one (PostgreSQL has ~100)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class AuditEndToEndTest extends EndToEndTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Where the development signing key is made, rather than in the working directory; gone after the class. */
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        EndToEndDatabase.dataDir(() -> dataDir, registry);
    }

    /** Audits are the national inspectorate's: it may verify, download bundles and ask for checkpoints. */
    @BeforeEach
    void asNationalInspector() {
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
    }

    @Test
    void the_lamandau_bundle_verifies_offline_with_the_public_key_and_not_after_a_changed_byte(@TempDir Path files) throws IOException {
        String id = new LamandauLifecycle(commands).active().id();
        checkpoint();
        Path publicKey = Files.writeString(files.resolve("public-key.pem"), query.get("/api/audit/public-key").body());
        QueryApi.Answer bundle = query.get("/api/cooperations/" + id + "/audit-bundle");
        assertThat(bundle.status()).as(bundle.body()).isEqualTo(200);
        assertThat(bundle.response().headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains("attachment"));
        Path file = Files.writeString(files.resolve("bundle.json"), bundle.body());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(verifyOffline(file, publicKey, out)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Cooperation " + id + ": VERIFIED")
                .containsPattern("\\s0  \\S+\\s+CooperationInitiated\\s+officer-lamandau \\(UNIT_OFFICER, 62.09\\)")
                .contains("SignedDocumentRegistered");

        byte[] changed = Files.readAllBytes(file);
        changed[bundle.body().indexOf("\"payload\":\"") + 20] ^= 1;
        Files.write(file, changed);
        assertThat(verifyOffline(file, publicKey, new ByteArrayOutputStream())).isEqualTo(1);
    }

    @Test
    void an_untouched_store_verifies_clean_with_progress_and_totals() {
        new LamandauLifecycle(commands).submitted();
        JsonNode checkpoint = checkpoint();

        List<JsonNode> lines = storeVerification();

        assertThat(lines.get(0).path("type").asText()).isEqualTo("started");
        assertThat(lines.get(0).path("checkpoint").asLong()).isEqualTo(checkpoint.path("number").asLong());
        assertThat(lines).noneMatch(line -> line.path("type").asText().equals("failed"));
        JsonNode finished = lines.get(lines.size() - 1);
        assertThat(finished.path("type").asText()).isEqualTo("finished");
        assertThat(finished.path("failed").asInt()).isZero();
        assertThat(finished.path("intact").asInt()).isEqualTo(finished.path("cooperations").asInt())
                .isGreaterThanOrEqualTo(checkpoint.path("treeSize").asInt());
        // a deadline the command side records on its own may add events after the checkpoint: chained, not yet proven
        assertThat(finished.path("events").asLong()).isGreaterThanOrEqualTo(finished.path("provenEvents").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
        assertThat(finished.path("provenEvents").asLong()).isPositive();
    }

    @Test
    void a_changed_payload_byte_is_found_at_its_event() {
        assertTamperingFound("PAYLOAD_CHANGED", 2, id -> {
            StoredEvent event = storedEvent(id, 2);
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", flipOneBit(event.payload()),
                    event.eventIdentifier());
            return event.eventIdentifier();
        });
    }

    @Test
    void a_deleted_event_is_found_missing() {
        assertTamperingFound("EVENT_MISSING", 3, id -> {
            StoredEvent event = storedEvent(id, 3);
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", event.eventIdentifier());
            return event.eventIdentifier();
        });
    }

    @Test
    void two_events_with_swapped_sequence_numbers_are_found_reordered() {
        assertTamperingFound("EVENTS_REORDERED", 1, id -> {
            String swap = "UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ? AND sequence_number = ?";
            jdbc.update(swap, -1, id, 1);
            jdbc.update(swap, 1, id, 3);
            jdbc.update(swap, 3, id, -1);
            return storedEvent(id, 1).eventIdentifier();
        });
    }

    @Test
    void a_cooperation_deleted_with_its_chain_is_still_known_by_its_signed_leaf_and_found_missing() {
        String id = checkpointedCooperation();
        try (StoredRows rows = StoredRows.of(jdbc, id)) {
            jdbc.update("DELETE FROM event_chain WHERE aggregate_identifier = ?", id);
            jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", id);

            JsonNode failure = verification(id).path("failure");
            assertThat(failure.path("kind").asText()).as(failure.toString()).isEqualTo("EVENT_MISSING");
            assertThat(failure.path("sequenceNumber").asLong()).isZero();
            assertThat(storeFailure(id)).isEqualTo(failure);
        }
    }

    @Test
    void an_event_inserted_in_sql_is_found_unchained() {
        assertTamperingFound("EVENT_INSERTED", 5, id -> {
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                    + "time_stamp, payload_type, payload_revision, payload, meta_data) SELECT 'forged-event', aggregate_identifier, 5, "
                    + "type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ? AND sequence_number = 4", id);
            return "forged-event";
        });
    }

    @Test
    void a_command_after_an_event_inserted_in_sql_is_refused_and_verification_keeps_reporting_the_insertion() {
        String id = checkpointedCooperation();
        try (StoredRows rows = StoredRows.of(jdbc, id)) {
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                    + "time_stamp, payload_type, payload_revision, payload, meta_data) SELECT 'forged-event', aggregate_identifier, 5, "
                    + "type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ? AND sequence_number = 4", id);

            CommandApi.Answer refused = commands.as("tkksd-lamandau", "TKKSD_MEMBER", "62.09").send(id, "start-assessment", null);

            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
            assertThat(refused.text("code")).isEqualTo("HISTORY_UNVERIFIED");
            assertThat(refused.text("rule")).isEqualTo("HISTORY_CHAINED");
            assertThat(count("domain_event_entry", id)).isEqualTo(6);
            assertThat(count("event_chain", id)).isEqualTo(5);
            assertFailure(id, "EVENT_INSERTED", 5, "forged-event");
            // the next checkpoint signs the chain as it stands, without the forged row: it launders nothing
            checkpoint();
            assertFailure(id, "EVENT_INSERTED", 5, "forged-event");
        }
    }

    @Test
    void events_stored_before_the_chain_enter_it_only_by_an_operators_recorded_adoption_and_are_reported_as_adopted(
            @TempDir Path files) throws IOException {
        String id = new LamandauLifecycle(commands).submitted().id();
        // as a store from before the chain holds them: stored, never chained
        jdbc.update("DELETE FROM event_chain WHERE aggregate_identifier = ?", id);
        assertFailure(id, "EVENT_INSERTED", 0, storedEvent(id, 0).eventIdentifier());
        CommandApi tkksd = commands.as("tkksd-lamandau", "TKKSD_MEMBER", "62.09");
        assertThat(tkksd.send(id, "start-assessment", null).text("code")).isEqualTo("HISTORY_UNVERIFIED");
        String request = "{\"reason\":\"Arsip 2019-2024 dimigrasikan dari sistem lama / migrated from the old system\","
                + "\"cooperationIds\":[\"" + id + "\"]}";
        assertThat(query.post("/api/audit/adoptions", request).status()).isEqualTo(403);

        QueryApi.Answer adopted = query.as(token(DemoUser.OPERATOR)).post("/api/audit/adoptions", request);

        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        JsonNode before = adopted.json().path("checkpointBefore");
        JsonNode adoption = adopted.json().path("adoptions").get(0);
        assertThat(adoption.path("aggregateIdentifier").asText()).isEqualTo(id);
        assertThat(adoption.path("operator").asText()).isEqualTo(DemoUser.OPERATOR.userName());
        assertThat(adoption.path("firstSequence").asLong()).isZero();
        assertThat(adoption.path("lastSequence").asLong()).isEqualTo(4);
        assertThat(adoption.path("checkpointBefore").asLong()).isEqualTo(before.path("number").asLong());
        assertThat(Instant.parse(adoption.path("adoptedAt").asText())).isAfterOrEqualTo(Instant.parse(before.path("createdAt").asText()));
        assertThat(adopted.json().path("checkpointAfter").path("number").asLong()).isEqualTo(before.path("number").asLong() + 1);
        assertThat(jdbc.queryForObject("SELECT reason FROM audit.chain_adoption WHERE aggregate_identifier = ?", String.class, id))
                .startsWith("Arsip 2019-2024");

        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        JsonNode verified = verification(id);
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("provenThrough").asLong()).isEqualTo(4);
        assertThat(verified.path("adoptions").get(0).path("operator").asText()).isEqualTo(DemoUser.OPERATOR.userName());
        assertThat(verified.path("adoptions").get(0).path("adoptedAt").asText()).isEqualTo(adoption.path("adoptedAt").asText());
        List<JsonNode> store = storeVerification();
        assertThat(store.get(store.size() - 1).path("adoptedEvents").asLong()).isEqualTo(5);
        assertThat(query.get("/api/audit/adoptions").json()).singleElement().isEqualTo(adoption);
        assertThat(query.get("/api/audit/adoptions?after=" + id).json()).isEmpty();

        Path publicKey = Files.writeString(files.resolve("public-key.pem"), query.get("/api/audit/public-key").body());
        Path bundle = Files.writeString(files.resolve("bundle.json"), query.get("/api/cooperations/" + id + "/audit-bundle").body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(verifyOffline(bundle, publicKey, out)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ADOPTED, not proven from their origin: sequence 0 to 4, "
                + "adopted on " + adoption.path("adoptedAt").asText() + " by " + DemoUser.OPERATOR.userName());

        // the adoption is part of the chain: reworded, it no longer verifies
        String reason = "UPDATE audit.chain_adoption SET reason = ? WHERE aggregate_identifier = ?";
        jdbc.update(reason, "Tidak ada / none", id);
        assertThat(verification(id).path("failure").path("kind").asText()).isEqualTo("ADOPTION_INVALID");
        jdbc.update(reason, adoption.path("reason").asText(), id);

        assertThat(tkksd.send(id, "start-assessment", null).status()).isEqualTo(200);
        assertThat(verification(id).path("intact").asBoolean()).isTrue();
    }

    @Test
    void an_adoption_is_refused_where_there_is_nothing_unchained_to_adopt() {
        String id = checkpointedCooperation();

        QueryApi.Answer refused = query.as(token(DemoUser.OPERATOR)).post("/api/audit/adoptions",
                "{\"reason\":\"Uji / test\",\"cooperationIds\":[\"" + id + "\"]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("ADOPTION_REFUSED");
        assertThat(refused.json().path("cooperationId").asText()).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit.chain_adoption WHERE aggregate_identifier = ?",
                Long.class, id)).isZero();
        assertThat(query.post("/api/audit/adoptions", "{\"reason\":\" \"}").json().path("errors").get(0).path("field").asText())
                .isEqualTo("reason");
    }

    @Test
    void an_altered_chain_table_is_found_at_the_changed_link() {
        assertTamperingFound("CHAIN_TABLE_ALTERED", 2, id -> {
            jdbc.update("UPDATE event_chain SET hash = ? WHERE aggregate_identifier = ? AND sequence_number = 2",
                    HEX.parseHex("ab".repeat(32)), id);
            return storedEvent(id, 2).eventIdentifier();
        });
    }

    @Test
    void a_history_rewritten_with_its_chain_contradicts_the_checkpoint_which_refuses_to_sign_it() {
        String id = checkpointedCooperation();
        try (StoredRows rows = StoredRows.of(jdbc, id)) {
            StoredEvent event = storedEvent(id, 1);
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", flipOneBit(event.payload()),
                    event.eventIdentifier());
            rechain(id);

            assertFailure(id, "CHAIN_TABLE_ALTERED", 4, storedEvent(id, 4).eventIdentifier());
            QueryApi.Answer refused = query.post("/api/audit/checkpoints");
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().path("code").asText()).isEqualTo("CHECKPOINT_REFUSED");
            assertThat(refused.json().path("cooperationId").asText()).isEqualTo(id);
            assertThat(refused.json().path("failure").path("kind").asText()).isEqualTo("CHAIN_TABLE_ALTERED");
        }
    }

    @Test
    void a_corrupted_checkpoint_signature_is_found_and_blocks_the_next_checkpoint() {
        String id = checkpointedCooperation();
        long number = jdbc.queryForObject("SELECT MAX(checkpoint_number) FROM audit.signed_checkpoint", Long.class);
        byte[] signature = jdbc.queryForObject("SELECT signature FROM audit.signed_checkpoint WHERE checkpoint_number = ?",
                byte[].class, number);
        byte[] corrupted = signature.clone();
        corrupted[10] ^= 1;
        String restore = "UPDATE audit.signed_checkpoint SET signature = ? WHERE checkpoint_number = ?";
        jdbc.update(restore, corrupted, number);
        try {
            JsonNode failure = verification(id).path("failure");
            assertThat(failure.path("kind").asText()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID");
            List<JsonNode> failed = storeVerification().stream()
                    .filter(line -> line.path("type").asText().equals("failed")).toList();
            assertThat(failed).singleElement().satisfies(line ->
                    assertThat(line.path("failure").path("kind").asText()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID"));
            assertThat(query.post("/api/audit/checkpoints").status()).isEqualTo(409);
        } finally {
            jdbc.update(restore, signature, number);
        }
    }

    @Test
    void a_checkpoint_records_only_the_heads_that_moved_and_is_served_for_export() {
        String signedBefore = new LamandauLifecycle(commands).submitted().id();
        long first = checkpoint().path("number").asLong();
        String moved = new LamandauLifecycle(commands).initiated().id();
        JsonNode second = checkpoint();

        List<String> recorded = jdbc.queryForList("SELECT aggregate_identifier FROM audit.checkpoint_head WHERE checkpoint_number = ?",
                String.class, second.path("number").asLong());
        assertThat(recorded).contains(moved).doesNotContain(signedBefore).hasSizeLessThan(second.path("treeSize").asInt());
        assertThat(query.get("/api/audit/checkpoints/latest").json()).isEqualTo(second);
        assertThat(query.get("/api/audit/checkpoints/" + first).json().path("number").asLong()).isEqualTo(first);
        assertThat(query.get("/api/audit/checkpoints?after=" + (first - 1)).json()).hasSize(2);
        assertThat(query.get("/api/audit/checkpoints/999999").status()).isEqualTo(404);
        assertThat(verification(signedBefore).path("provenThrough").asLong()).isEqualTo(4);
    }

    @Test
    void verifications_bundles_and_history_exports_are_logged_with_who_asked(CapturedOutput output) {
        String id = checkpointedCooperation();

        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS)).get("/api/audit/cooperations/" + id + "/verification");
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT)).get("/api/cooperations/" + id + "/audit-bundle");
        query.as(token(DemoUser.LAMANDAU_SEKRETARIAT)).get("/api/cooperations/" + id + "/history?format=csv");

        assertThat(output.getOut())
                .contains("kerjasama.audit-access")
                .contains("actor=kemendagri-pengawas access=VERIFY_COOPERATION subject=" + id)
                .contains("actor=lamandau-inspektorat access=AUDIT_BUNDLE subject=" + id)
                .contains("actor=lamandau-sekretariat access=HISTORY_EXPORT subject=" + id);
    }

    @Test
    void an_unknown_cooperation_is_not_found() {
        assertThat(query.get("/api/audit/cooperations/no-such-cooperation/verification").status()).isEqualTo(404);
        assertThat(query.get("/api/cooperations/no-such-cooperation/audit-bundle").status()).isEqualTo(404);
    }

    /**
     * Tampers with a fresh, checkpointed cooperation of five events (0 to 4), then expects verification to name
     * {@code kind} at {@code sequence} and the event the tampering answers; the rows are put back afterwards.
     *
     * @param tampering given the cooperation's id, changes its rows and answers the event to be named
     */
    private void assertTamperingFound(String kind, long sequence, UnaryOperator<String> tampering) {
        String id = checkpointedCooperation();
        try (StoredRows rows = StoredRows.of(jdbc, id)) {
            assertFailure(id, kind, sequence, tampering.apply(id));
        }
    }

    /** A cooperation of five events (0 to 4), signed by a fresh checkpoint. */
    private String checkpointedCooperation() {
        String id = new LamandauLifecycle(commands).submitted().id();
        checkpoint();
        assertThat(verification(id).path("intact").asBoolean()).isTrue();
        return id;
    }

    private JsonNode checkpoint() {
        QueryApi.Answer created = query.post("/api/audit/checkpoints");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode verification(String id) {
        QueryApi.Answer answer = query.get("/api/audit/cooperations/" + id + "/verification");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private void assertFailure(String id, String kind, long sequence, String eventIdentifier) {
        JsonNode verification = verification(id);
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isFalse();
        JsonNode failure = verification.path("failure");
        assertThat(failure.path("kind").asText()).as(failure.toString()).isEqualTo(kind);
        assertThat(failure.path("sequenceNumber").asLong()).as(failure.toString()).isEqualTo(sequence);
        assertThat(failure.path("eventIdentifier").asText()).as(failure.toString()).isEqualTo(eventIdentifier);
        assertThat(storeFailure(id)).isEqualTo(failure);
    }

    /** The failure the whole-store verification reports for this cooperation, which must be its own verification's. */
    private JsonNode storeFailure(String id) {
        return storeVerification().stream().filter(line -> line.path("type").asText().equals("failed")
                && line.path("cooperationId").asText().equals(id)).findFirst().orElseThrow().path("failure");
    }

    private long count(String table, String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE aggregate_identifier = ?", Long.class, id);
    }

    private StoredEvent storedEvent(String id, long sequence) {
        return jdbc.queryForObject("SELECT " + EventStoreTables.STORED_EVENT_COLUMNS
                        + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                (row, i) -> EventStoreTables.storedEvent(row), id, sequence);
    }

    /** What an intruder who knows the algorithm does after changing an event: recompute the chain to match. */
    private void rechain(String id) {
        List<StoredEvent> events = jdbc.query("SELECT " + EventStoreTables.STORED_EVENT_COLUMNS
                        + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, i) -> EventStoreTables.storedEvent(row), id);
        for (ChainLink link : History.chain(events)) {
            jdbc.update("UPDATE event_chain SET previous_hash = ?, hash = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                    HEX.parseHex(link.previousHash()), HEX.parseHex(link.hash()), id, link.sequenceNumber());
        }
    }

    private List<JsonNode> storeVerification() {
        QueryApi.Answer answer = query.get("/api/audit/verification");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.response().headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        return answer.jsonLines();
    }

    private static byte[] flipOneBit(byte[] payload) {
        byte[] changed = payload.clone();
        changed[changed.length / 2] ^= 1;
        return changed;
    }

    private static int verifyOffline(Path bundle, Path publicKey, ByteArrayOutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return AuditVerifier.run(new String[]{bundle.toString(), publicKey.toString()}, print, print);
    }
}
