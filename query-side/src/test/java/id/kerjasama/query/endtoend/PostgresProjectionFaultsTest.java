package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.eventstore.PostgresTestDatabase;
import id.kerjasama.command.security.DemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the read side does when an event cannot be projected, or arrives late, or the read models are rebuilt, on
 * real PostgreSQL (the database that refuses what H2 takes, and whose transactions commit out of index order). The
 * event stream gives up on a gap after 2 s or 5 events here, so that a late commit is passed within a test.
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=2s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5", "kerjasama.event-store.gap-timeout=2s", "kerjasama.event-store.max-gap-offset=5"})
class PostgresProjectionFaultsTest extends EndToEndTest {

    private static String url;
    /** Cooperations whose events can never be projected, parked or not. */
    private static final java.util.Set<String> UNPROJECTABLE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Autowired
    DataSource dataSource;

    QueryApi operator;
    /** A cooperation the command side wrote, whose events the tests copy into the store under other ids. */
    String model;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgres("projection_faults", registry);
    }

    @Override
    String databaseUrl() {
        return url;
    }

    @BeforeEach
    void operatorAndModel() {
        operator = new QueryApi(port).as(token(DemoUser.OPERATOR));
        model = new LamandauLifecycle(commands).submitted().id();
        awaitVersion(model, lastSequence(model));
    }

    @Test
    void a_value_the_database_refuses_parks_its_cooperation_while_every_other_goes_on_and_a_rebuild_finishes() {
        String poisoned = UUID.randomUUID().toString();
        copyEvent(model, 0, poisoned, 0, payload -> payload.replace("Kerja sama pelayanan kesehatan", "Kerja sama\\u0000pelayanan"));
        copyEvent(model, 1, poisoned, 1, UnaryOperator.identity());
        String other = new LamandauLifecycle(commands).initiated().id();
        awaitVersion(other, 0);

        List<JsonNode> letters = lettersOf(poisoned);
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).path("index").asLong()).isLessThan(letters.get(1).path("index").asLong());
        assertThat(letters.get(0).path("sequenceNumber").asLong()).isZero();
        assertThat(letters.get(0).path("eventType").asText()).isEqualTo("CooperationInitiated");
        assertThat(letters.get(0).path("causeMessage").asText()).contains("0x00");
        assertThat(letters.get(0).path("retries").asLong()).isZero();
        assertThat(letters.get(0).path("enqueuedAt").asText()).isNotBlank();
        assertThat(letters.get(1).path("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(storedVersion(poisoned)).isNull();
        JsonNode health = new QueryApi(port).get("/actuator/health/dead-letters").json();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("deadLetters").path("details").path("parkedEvents").asLong()).isGreaterThanOrEqualTo(2);

        assertThat(operator.post("/api/admin/rebuild").status()).isEqualTo(202);
        await(() -> !operator.get("/api/admin/rebuild").json().path("replaying").asBoolean(), "the rebuild to finish");
        JsonNode progress = operator.get("/api/admin/rebuild").json();
        assertThat(progress.path("parkedEvents").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(progress.path("processors").get(0).path("percent").asDouble()).isEqualTo(100.0);
        assertThat(storedVersion(other)).isZero();
        assertThat(storedVersion(model)).isEqualTo(lastSequence(model));
        assertThat(lettersOf(poisoned)).hasSize(2);

        UNPROJECTABLE.add(poisoned);
        assertThat(operator.delete("/api/admin/dead-letters/" + poisoned).json().path("evicted").asLong()).isEqualTo(2);
        assertThat(lettersOf(poisoned)).isEmpty();
    }

    @Test
    void a_retry_after_the_cause_is_gone_brings_the_parked_cooperation_back_and_a_vain_one_keeps_it_parked() {
        jdbc.execute("ALTER TABLE query.cooperation ADD CONSTRAINT refused_in_test CHECK (title <> 'Ditolak sementara')");
        String refused = UUID.randomUUID().toString();
        try {
            copyEvent(model, 0, refused, 0, payload -> payload.replace("Kerja sama pelayanan kesehatan", "Ditolak sementara"));
            String other = new LamandauLifecycle(commands).initiated().id();
            awaitVersion(other, 0);
            copyEvent(model, 1, refused, 1, UnaryOperator.identity());
            String another = new LamandauLifecycle(commands).initiated().id();
            awaitVersion(another, 0);
            assertThat(lettersOf(refused)).hasSize(2);

            JsonNode vain = operator.post("/api/admin/dead-letters/" + refused + "/retry").json();
            assertThat(vain.path("projected").asBoolean()).isFalse();
            assertThat(vain.path("parkedAfter").asLong()).isEqualTo(2);
            assertThat(lettersOf(refused).get(0).path("retries").asLong()).isEqualTo(1);
            assertThat(lettersOf(refused).get(0).path("causeMessage").asText()).contains("refused_in_test");
        } finally {
            jdbc.execute("ALTER TABLE query.cooperation DROP CONSTRAINT refused_in_test");
        }

        JsonNode retried = operator.post("/api/admin/dead-letters/" + refused + "/retry").json();
        assertThat(retried.path("projected").asBoolean()).isTrue();
        assertThat(lettersOf(refused)).isEmpty();
        assertThat(storedVersion(refused)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM query.inspection_file WHERE cooperation_id = ?", Long.class,
                refused)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT title FROM query.cooperation WHERE id = ?", String.class, refused))
                .isEqualTo("Ditolak sementara");
    }

    @Test
    void an_event_a_handler_fails_on_is_parked_with_the_later_events_of_its_cooperation_and_no_projection_keeps_part_of_it() {
        String broken = new LamandauLifecycle(commands).submitted().id();
        long version = lastSequence(broken);
        awaitVersion(broken, version);
        copyEvent(model, 1, broken, version + 1, payload -> "{\"officer\":");
        copyEvent(model, 1, broken, version + 2, UnaryOperator.identity());
        String other = new LamandauLifecycle(commands).initiated().id();
        awaitVersion(other, 0);

        List<JsonNode> letters = lettersOf(broken);
        assertThat(letters).extracting(letter -> letter.path("sequenceNumber").asLong())
                .containsExactly(version + 1, version + 2);
        assertThat(letters.get(0).path("causeType").asText()).isNotBlank();
        assertThat(storedVersion(broken)).isEqualTo(version);
        assertThat(jdbc.queryForObject("SELECT version FROM query.inspection_file WHERE cooperation_id = ?", Long.class,
                broken)).isEqualTo(version);
    }

    @Test
    void an_event_whose_transaction_commits_after_the_stream_passed_it_still_reaches_the_read_model() throws Exception {
        LamandauLifecycle late = new LamandauLifecycle(CommandSide.api(url)).initiated();
        awaitVersion(late.id(), 0);
        CompletableFuture<CommandApi.Answer> held;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            // the command's event row waits on this one's unique key (cooperation, sequence 1): its global index is
            // taken, its commit held
            insertCopy(blocker, late.id(), 0, late.id(), 1, UnaryOperator.identity());
            held = CompletableFuture.supplyAsync(() -> late.step("appoint-liaison-officer",
                    "{\"officer\":{\"name\":\"Siti Rahmah\",\"position\":\"Kepala Bagian Umum RSUD\"}}"));
            await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND wait_event_type = 'Lock'", Long.class) > 0, "the command to wait for the lock");
            String last = null;
            for (int i = 0; i < 7; i++) {
                last = new LamandauLifecycle(commands).initiated().id();
            }
            awaitVersion(last, 0);
            Thread.sleep(2500);
            last = new LamandauLifecycle(commands).initiated().id();
            awaitVersion(last, 0);
            blocker.rollback();
        }
        assertThat(held.get(30, TimeUnit.SECONDS).body().path("version").asLong()).isEqualTo(1);

        late.step("attach-preparation-document", "{\"kind\":\"TERMS_OF_REFERENCE\",\"file\":" + CommandApi.file("kak.pdf", 'a') + "}");
        awaitVersion(late.id(), 2);
        JsonNode detail = query.get("/api/cooperations/" + late.id()).json();
        assertThat(detail.path("liaisonOfficer").path("name").asText()).isEqualTo("Siti Rahmah");
        assertThat(query.get("/api/cooperations/" + late.id() + "/history").json().path("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void a_command_whose_event_waits_longer_than_its_transaction_timeout_fails_instead_of_committing_late() throws Exception {
        LamandauLifecycle held = new LamandauLifecycle(CommandSide.api(url)).initiated();
        CommandApi api = CommandSide.api(url).as("officer-lamandau", "UNIT_OFFICER", "62.09");
        CompletableFuture<CommandApi.Answer> answer;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            insertCopy(blocker, held.id(), 0, held.id(), 1, UnaryOperator.identity());
            answer = CompletableFuture.supplyAsync(() -> api.send(held.id(), "appoint-liaison-officer",
                    "{\"officer\":{\"name\":\"Siti Rahmah\",\"position\":\"Kepala Bagian Umum RSUD\"}}"));
            // the command side's spring.transaction.default-timeout is 10 s
            assertThat(answer.get(20, TimeUnit.SECONDS).status()).isGreaterThanOrEqualTo(400);
            blocker.rollback();
        }
        assertThat(lastSequence(held.id())).isZero();
    }

    @Test
    void a_rebuild_counts_as_running_from_the_request_until_every_segment_reached_the_head_of_its_start() {
        // enough events that the replay takes longer than answering the request
        for (int i = 0; i < 1500; i++) {
            copyEvent(model, 0, UUID.randomUUID().toString(), 0, UnaryOperator.identity());
        }
        awaitAllProjected();

        QueryApi.Answer started = operator.post("/api/admin/rebuild");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("replaying").asBoolean()).isTrue();
        assertThat(started.json().path("processors").get(0).path("percent").asDouble()).isLessThan(100.0);

        await(() -> !operator.get("/api/admin/rebuild").json().path("replaying").asBoolean(), "the rebuild to finish");
        // no event arrives after the rebuild: Axon's replay flag would stay on until one does
        JsonNode done = operator.get("/api/admin/rebuild").json();
        assertThat(done.path("processors").get(0).path("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.path("processors").get(0).path("replaying").asBoolean()).isFalse();
        awaitAllProjected();
    }

    private List<JsonNode> lettersOf(String cooperationId) {
        QueryApi.Answer answer = operator.get("/api/admin/dead-letters?size=200");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(answer.json().path("items").spliterator(), false)
                .filter(letter -> letter.path("cooperationId").asText().equals(cooperationId)).toList();
    }

    /** Puts a copy of a stored event into the store under another cooperation and sequence, as the command side would. */
    private void copyEvent(String fromId, long fromSequence, String toId, long toSequence, UnaryOperator<String> payload) {
        try (Connection connection = dataSource.getConnection()) {
            insertCopy(connection, fromId, fromSequence, toId, toSequence, payload);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertCopy(Connection connection, String fromId, long fromSequence, String toId, long toSequence,
                            UnaryOperator<String> payload) throws java.sql.SQLException {
        Map<String, Object> row = jdbc.queryForMap("SELECT type, time_stamp, payload_type, payload_revision, payload, "
                + "meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", fromId, fromSequence);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry (event_identifier, "
                + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, "
                + "meta_data) VALUES (?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, toId);
            insert.setLong(3, toSequence);
            insert.setString(4, (String) row.get("type"));
            insert.setString(5, java.time.Instant.now().toString());
            insert.setString(6, (String) row.get("payload_type"));
            insert.setString(7, (String) row.get("payload_revision"));
            String stored = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8).replace(fromId, toId);
            insert.setBytes(8, payload.apply(stored).getBytes(StandardCharsets.UTF_8));
            insert.setBytes(9, (byte[]) row.get("meta_data"));
            insert.executeUpdate();
        }
    }

    private long lastSequence(String id) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
    }

    private Long storedVersion(String id) {
        return jdbc.queryForList("SELECT version FROM query.cooperation WHERE id = ?", Long.class, id).stream()
                .findFirst().orElse(null);
    }

    private void awaitVersion(String id, long version) {
        await(() -> {
            Long stored = storedVersion(id);
            return stored != null && stored >= version;
        }, id + " at version " + version);
    }

    /** Every cooperation but those with parked events has its last stored event in the read model. */
    private void awaitAllProjected() {
        await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT aggregate_identifier, MAX(sequence_number) AS v "
                + "FROM domain_event_entry GROUP BY aggregate_identifier) e LEFT JOIN query.cooperation c "
                + "ON c.id = e.aggregate_identifier WHERE (c.version IS NULL OR c.version < e.v) AND e.aggregate_identifier "
                + "NOT IN (SELECT sequence_identifier FROM query.dead_letter_entry) AND e.aggregate_identifier NOT IN ("
                + UNPROJECTABLE.stream().map(id -> "'" + id + "'").reduce("''", (a, b) -> a + "," + b) + ")", Long.class) == 0,
                "the read models to catch up with the event store");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited in vain for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
