package id.kerjasama.command.eventstore;

import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store on real PostgreSQL: its column types, a gap-free global index, snapshots and concurrency. */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
// the seed's deadlines are due at once by the real clock: none may run while a test counts events (CommandApiTest)
@SpringBootTest(properties = {"kerjasama.snapshot-threshold=5", "db-scheduler.polling-interval=1d", "kerjasama.db-pool-size=10"})
@AutoConfigureMockMvc
class PostgresEventStoreTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.create("command_it");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void payloads_and_metadata_are_bytea_and_no_column_is_a_large_object() {
        List<String> types = jdbc.queryForList("""
                SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND column_name IN ('payload', 'meta_data') ORDER BY 1""", String.class);
        assertThat(types).containsExactly(
                "domain_event_entry.meta_data:bytea", "domain_event_entry.payload:bytea",
                "snapshot_event_entry.meta_data:bytea", "snapshot_event_entry.payload:bytea");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'public' AND udt_name = 'oid'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_name = 'domain_event_entry' AND column_name = 'global_index'",
                String.class)).isEqualTo("bigint");
    }

    @Test
    void a_whole_lifecycle_is_stored_with_a_gap_free_global_index_and_snapshots_that_load() throws Exception {
        long start = highestIndex();
        CommandApi api = new CommandApi(mvc);
        LamandauLifecycle lamandau = new LamandauLifecycle(api).active();
        assertGapFreeAfter(start);
        waitForSnapshotOf(lamandau.id());

        // loaded from the snapshot plus the events after it, the aggregate still knows its state
        lamandau.step("record-activity", "{\"date\":\"2025-09-01\",\"description\":\"Pemeriksaan kesehatan\",\"unit\":\"RSUD\"}");
        lamandau.asTkksd();
        CommandApi.Answer again = api.send(lamandau.id(), "approve-draft", "{\"documentId\":\"" + lamandau.pksId() + "\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("rule")).isEqualTo("SIGNED_DOCUMENT_IMMUTABLE");
        assertGapFreeAfter(start);
    }

    @Test
    void concurrent_commands_on_one_cooperation_get_consecutive_sequence_numbers() throws Exception {
        CommandApi api = new CommandApi(mvc);
        LamandauLifecycle lamandau = new LamandauLifecycle(api).active();
        long before = eventsOf(lamandau.id());
        long start = highestIndex();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> activities = IntStream.range(0, 32).<Callable<Integer>>mapToObj(i -> () ->
                    new CommandApi(mvc).send(lamandau.id(), "record-activity",
                            "{\"date\":\"2025-10-01\",\"description\":\"Penyuluhan " + i + "\",\"unit\":\"RSUD\"}").status()).toList();
            for (Future<Integer> status : pool.invokeAll(activities)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(eventsOf(lamandau.id())).isEqualTo(before + 32);
        assertThat(jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, lamandau.id())).isEqualTo(before + 31);
        assertGapFreeAfter(start);
    }

    @Test
    void an_id_that_is_taken_is_refused_with_409_and_nothing_is_stored() {
        CommandApi api = new CommandApi(mvc);
        String id = new LamandauLifecycle(api).initiated().id();
        long before = eventsOf(id);
        CommandApi.Answer duplicate = api.initiate("""
                {"cooperationId":"%s","type":"KSDPK","title":"Duplikat","initiatingRegion":"62.09","initiatingUnit":"RSUD",
                 "initiator":"REGIONAL_UNIT","partner":{"kind":"BUSINESS","name":"PT CBI"},"affairs":["HEALTH"],"objective":"x"}"""
                .formatted(id));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("code")).isEqualTo("ID_TAKEN");
        assertThat(eventsOf(id)).isEqualTo(before);
    }

    @Test
    void an_extension_onto_the_id_of_another_cooperation_is_refused_with_409_id_taken_and_nothing_is_stored() {
        CommandApi api = new CommandApi(mvc);
        String other = new LamandauLifecycle(api).initiated().id();
        LamandauLifecycle lamandau = new LamandauLifecycle(api).active();
        long before = highestIndex();
        CommandApi.Answer extension = api.send(lamandau.id(), "propose-extension",
                "{\"successorId\":\"" + other + "\",\"title\":\"Lanjutan\",\"rationale\":\"Manfaat\"}");
        assertThat(extension.status()).as(extension.body().toString()).isEqualTo(409);
        assertThat(extension.text("code")).isEqualTo("ID_TAKEN");
        assertThat(highestIndex()).isEqualTo(before);
    }

    /** Every index above {@code after} is taken: committed commands leave no holes (only rollbacks may). */
    private void assertGapFreeAfter(long after) {
        var range = jdbc.queryForMap("SELECT MAX(global_index) AS high, COUNT(*) AS n FROM domain_event_entry WHERE global_index > ?", after);
        assertThat(((Number) range.get("high")).longValue() - after).as("global index %s", range)
                .isEqualTo(((Number) range.get("n")).longValue());
    }

    private long highestIndex() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry", Long.class);
    }

    private void waitForSnapshotOf(String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, id) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no snapshot was taken of " + id);
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
    }
}
