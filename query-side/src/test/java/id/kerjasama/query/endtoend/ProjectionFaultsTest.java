package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.security.DemoUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the read side does when an event cannot be projected, or the read models are rebuilt, on the database each
 * subclass names. The event stream gives up on a gap after 2 s or 5 events here, so that a late commit is passed
 * within a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=2s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5", "kerjasama.event-store.gap-timeout=2s", "kerjasama.event-store.max-gap-offset=5"})
abstract class ProjectionFaultsTest extends EndToEndTest {

    /** Cooperations whose events can never be projected, parked or not. */
    static final java.util.Set<String> UNPROJECTABLE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Autowired
    DataSource dataSource;

    QueryApi operator;
    /** A cooperation the command side wrote, whose events the tests copy into the store under other ids. */
    String model;

    @BeforeEach
    void operatorAndModel() {
        operator = new QueryApi(port).as(token(DemoUser.OPERATOR));
        model = new LamandauLifecycle(commands).submitted().id();
        awaitVersion(model, lastSequence(model));
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
            await(() -> lettersOf(refused).size() == 2, "both events of the refused cooperation to be parked");

            JsonNode vain = operator.post("/api/admin/dead-letters/" + refused + "/retry").json();
            assertThat(vain.path("projected").asBoolean()).isFalse();
            assertThat(vain.path("parkedAfter").asLong()).isEqualTo(2);
            assertThat(lettersOf(refused).get(0).path("retries").asLong()).isEqualTo(1);
            assertThat(lettersOf(refused).get(0).path("causeMessage").asText()).containsIgnoringCase("refused_in_test");
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

        await(() -> lettersOf(broken).size() == 2, "both events of the broken cooperation to be parked");
        List<JsonNode> letters = lettersOf(broken);
        assertThat(letters).extracting(letter -> letter.path("sequenceNumber").asLong())
                .containsExactly(version + 1, version + 2);
        assertThat(letters.get(0).path("causeType").asText()).isNotBlank();
        assertThat(storedVersion(broken)).isEqualTo(version);
        assertThat(jdbc.queryForObject("SELECT version FROM query.inspection_file WHERE cooperation_id = ?", Long.class,
                broken)).isEqualTo(version);
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

    List<JsonNode> lettersOf(String cooperationId) {
        QueryApi.Answer answer = operator.get("/api/admin/dead-letters?size=200");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(answer.json().path("items").spliterator(), false)
                .filter(letter -> letter.path("cooperationId").asText().equals(cooperationId)).toList();
    }

    /** Puts a copy of a stored event into the store under another cooperation and sequence, as the command side would. */
    void copyEvent(String fromId, long fromSequence, String toId, long toSequence, UnaryOperator<String> payload) {
        try (Connection connection = dataSource.getConnection()) {
            insertCopy(connection, fromId, fromSequence, toId, toSequence, payload);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void insertCopy(Connection connection, String fromId, long fromSequence, String toId, long toSequence,
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

    long lastSequence(String id) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
    }

    Long storedVersion(String id) {
        return jdbc.queryForList("SELECT version FROM query.cooperation WHERE id = ?", Long.class, id).stream()
                .findFirst().orElse(null);
    }

    void awaitVersion(String id, long version) {
        await(() -> {
            Long stored = storedVersion(id);
            return stored != null && stored >= version;
        }, id + " at version " + version);
    }

    /** Every cooperation but those with parked events has its last stored event in the read model. */
    void awaitAllProjected() {
        await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT aggregate_identifier, MAX(sequence_number) AS v "
                + "FROM domain_event_entry GROUP BY aggregate_identifier) e LEFT JOIN query.cooperation c "
                + "ON c.id = e.aggregate_identifier WHERE (c.version IS NULL OR c.version < e.v) AND e.aggregate_identifier "
                + "NOT IN (SELECT sequence_identifier FROM query.dead_letter_entry) AND e.aggregate_identifier NOT IN ("
                + UNPROJECTABLE.stream().map(id -> "'" + id + "'").reduce("''", (a, b) -> a + "," + b) + ")", Long.class) == 0,
                "the read models to catch up with the event store");
    }

    static void await(BooleanSupplier condition, String what) {
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
