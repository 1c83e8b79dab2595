package id.kerjasama.command.audit;

import id.kerjasama.audit.ChainLink;
import id.kerjasama.audit.ChainVerifier;
import id.kerjasama.audit.EventChain;
import id.kerjasama.audit.StoredEvent;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.eventstore.EventStoreTables;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every appended event is chained in its own transaction over its stored bytes, and so are events stored before. */
// the configuration of CommandApiTest, so that both share one application context
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:command-api;DB_CLOSE_DELAY=-1",
        "db-scheduler.polling-interval=1d"})
@AutoConfigureMockMvc
class EventChainTest {

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
    void events_stored_before_the_chain_existed_are_chained_by_the_migration_and_later_ones_follow_them() throws Exception {
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
        lamandau.asTkksd();
        lamandau.step("start-assessment", null);

        List<StoredEvent> events = eventsOf(id);
        assertThat(linksOf(id)).hasSameSizeAs(events);
        assertThat(ChainVerifier.verify(id, events, linksOf(id), null, null).intact()).isTrue();
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
