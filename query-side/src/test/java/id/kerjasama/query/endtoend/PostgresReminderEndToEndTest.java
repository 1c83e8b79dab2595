package id.kerjasama.query.endtoend;

import id.kerjasama.command.security.DemoUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders end to end on real PostgreSQL, in a fresh database (skipped when no server is named). */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresReminderEndToEndTest extends ReminderEndToEndTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgresWithMovableClock("reminder_it", registry);
        mailTo(registry);
    }

    @AfterAll
    static void stopCommandSide() {
        CommandSide.stop(url);
    }

    @Override
    String databaseUrl() {
        return url;
    }

    /**
     * PostgreSQL refuses a NUL character in text: an event whose reminder would carry one (here a title, put into the
     * store as the command side would) is passed by the notifier, which goes on with the next.
     */
    @Test
    void an_event_whose_message_the_database_refuses_is_passed_and_the_next_is_sent() throws Exception {
        String email = "sekretariat." + UUID.randomUUID() + "@pangkalpinangkota.go.id";
        assertThat(commands.as("sekretariat-19.71", "SECRETARIAT", "19.71").post("/api/contacts", "{\"region\":\"19.71\","
                + "\"contactId\":\"" + UUID.randomUUID() + "\",\"name\":\"Sekretariat\",\"role\":\"SECRETARIAT\","
                + "\"email\":\"" + email + "\",\"receives\":[\"WAITING_STEPS\"]}").status()).isEqualTo(200);
        String model = imported();
        await(() -> received(email).size() == 1, "the model's message");
        String poisoned = UUID.randomUUID().toString();
        Map<String, Object> row = jdbc.queryForMap("SELECT type, payload_type, payload_revision, payload, meta_data "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0", model);
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8).replace(model, poisoned)
                .replace("Sinergi peningkatan", "Sinergi\\u0000peningkatan");
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?)",
                UUID.randomUUID().toString(), poisoned, 0L, row.get("type"), Instant.now().toString(),
                row.get("payload_type"), row.get("payload_revision"), payload.getBytes(StandardCharsets.UTF_8),
                row.get("meta_data"));

        String next = imported();
        await(() -> received(email).size() == 2, "the next cooperation's message");
        assertThat(messages(DemoUser.OPERATOR, next, email)).hasSize(1);
        assertThat(messages(DemoUser.OPERATOR, poisoned, email)).isEmpty();
    }
}
