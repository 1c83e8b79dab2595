package id.kerjasama.command.audit;

import id.kerjasama.audit.ChainLink;
import id.kerjasama.audit.ChainVerifier;
import id.kerjasama.audit.EventChain;
import id.kerjasama.audit.Failure;
import id.kerjasama.audit.StoredEvent;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.eventstore.EventStoreTables;
import org.axonframework.common.caching.Cache;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every appended event is chained in its own transaction over its stored bytes, and only those: an append after
 * history the chain does not vouch for is refused, and nothing chains events stored before the chain silently.
 */
// the configuration of CommandApiTest, so that both share one application context
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:command-api;DB_CLOSE_DELAY=-1",
        "db-scheduler.polling-interval=1d"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class EventChainTest {

    /** The command side's cooperations kept in memory between commands. */
    @Autowired
    @Qualifier("cooperationCache")
    private Cache cooperations;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void every_appended_event_is_chained_over_its_stored_bytes() {
        String id = new LamandauLifecycle(new CommandApi(mvc)).active().id();

        List<StoredEvent> events = eventsOf(id);
        List<ChainLink> links = linksOf(id);

        assertThat(links).hasSameSizeAs(events).hasSizeGreaterThan(20);
        assertThat(links.get(0).previousHash()).isEqualTo(EventChain.GENESIS);
        assertThat(ChainVerifier.verify(id, events, links, null, null).intact()).isTrue();
    }

    @Test
    void a_refused_command_stores_neither_event_nor_link() {
        CommandApi api = new CommandApi(mvc);
        String id = new LamandauLifecycle(api).initiated().id();
        int links = linksOf(id).size();

        assertThat(api.as("tkksd-lamandau", "TKKSD_MEMBER", "62.09").send(id, "start-assessment", null).status()).isEqualTo(409);

        assertThat(linksOf(id)).hasSize(links).hasSameSizeAs(eventsOf(id));
    }

    @Test
    void an_event_inserted_in_sql_is_never_chained_and_the_next_command_is_refused_with_nothing_stored(CapturedOutput output) {
        CommandApi api = new CommandApi(mvc);
        LamandauLifecycle lamandau = new LamandauLifecycle(api).submitted();
        String id = lamandau.id();
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data) SELECT 'forged-" + id + "', aggregate_identifier, 5, "
                + "type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 4", id);

        lamandau.asTkksd();
        CommandApi.Answer refused = api.send(id, "start-assessment", null);

        assertHistoryUnverified(refused);
        assertThat(eventsOf(id)).hasSize(6);
        assertThat(linksOf(id)).hasSize(5);
        assertThat(ChainVerifier.verify(id, eventsOf(id), linksOf(id), null, null).failure()).satisfies(failure -> {
            assertThat(failure.kind()).isEqualTo(Failure.Kind.EVENT_INSERTED);
            assertThat(failure.sequenceNumber()).isEqualTo(5);
        });
        assertThat(output.getOut()).contains("SECURITY: append refused").contains("events 5 to 5 of cooperation " + id);
    }

    @Test
    void chain_links_that_outlive_deleted_events_refuse_the_append_whether_the_cooperation_was_kept_in_memory_or_not() {
        CommandApi api = new CommandApi(mvc);
        LamandauLifecycle lamandau = new LamandauLifecycle(api).submitted();
        String id = lamandau.id();
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 4", id);

        // kept in memory as submitted: the next step of what the cooperation was, after the deleted event
        lamandau.asTkksd();
        assertHistoryUnverified(api.send(id, "start-assessment", null));
        assertThat(eventsOf(id)).hasSize(4);
        assertThat(linksOf(id)).hasSize(5);

        // read from the store (another instance, a restart): the submission is deleted, so the cooperation is
        // submitted again, at the sequence number its link still holds
        cooperations.remove(id);
        lamandau.asOfficer();
        assertHistoryUnverified(api.send(id, "submit-for-assessment", null));
        assertThat(eventsOf(id)).hasSize(4);
        assertThat(linksOf(id)).hasSize(5);
    }

    @Test
    void the_migration_no_longer_chains_events_stored_before_the_chain_and_their_cooperation_refuses_commands() throws Exception {
        CommandApi api = new CommandApi(mvc);
        LamandauLifecycle lamandau = new LamandauLifecycle(api).submitted();
        String id = lamandau.id();
        jdbc.update("DELETE FROM event_chain WHERE aggregate_identifier = ?", id);

        try (Connection connection = dataSource.getConnection()) {
            new ChainEventsStoredBeforeTheChain().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        assertThat(linksOf(id)).isEmpty();

        lamandau.asTkksd();
        assertHistoryUnverified(api.send(id, "start-assessment", null));
        assertThat(eventsOf(id)).hasSize(5);
        assertThat(linksOf(id)).isEmpty();
    }

    private static void assertHistoryUnverified(CommandApi.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(409);
        assertThat(answer.text("code")).isEqualTo("HISTORY_UNVERIFIED");
        assertThat(answer.text("rule")).isEqualTo("HISTORY_CHAINED");
        assertThat(answer.text("detail")).contains("nothing was stored");
    }

    private List<StoredEvent> eventsOf(String id) {
        return jdbc.query("SELECT " + EventStoreTables.STORED_EVENT_COLUMNS
                        + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, i) -> EventStoreTables.storedEvent(row), id);
    }

    private List<ChainLink> linksOf(String id) {
        HexFormat hex = HexFormat.of();
        return jdbc.query("SELECT sequence_number, event_identifier, previous_hash, hash FROM event_chain "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, i) -> new ChainLink(row.getLong(1), row.getString(2), hex.formatHex(row.getBytes(3)),
                        hex.formatHex(row.getBytes(4))), id);
    }
}
