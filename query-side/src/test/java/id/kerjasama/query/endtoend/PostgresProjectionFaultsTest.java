package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faults of the read side on real PostgreSQL, and those only PostgreSQL has: it refuses a NUL character that H2
 * stores, and its transactions commit out of the order of the global index, so that the event stream can pass an
 * event whose commit is held.
 */
@EnabledIf("id.kerjasama.command.eventstore.PostgresTestDatabase#configured")
class PostgresProjectionFaultsTest extends ProjectionFaultsTest {

    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = EndToEndDatabase.postgres("projection_faults", registry);
    }

    @Override
    String databaseUrl() {
        return url;
    }

    @Test
    void a_value_the_database_refuses_parks_its_cooperation_while_every_other_goes_on_and_a_rebuild_finishes() {
        String poisoned = UUID.randomUUID().toString();
        copyEvent(model, 0, poisoned, 0, payload -> payload.replace("Kerja sama pelayanan kesehatan", "Kerja sama\\u0000pelayanan"));
        copyEvent(model, 1, poisoned, 1, UnaryOperator.identity());
        String other = new LamandauLifecycle(commands).initiated().id();
        awaitVersion(other, 0);

        await(() -> lettersOf(poisoned).size() == 2, "both events of the poisoned cooperation to be parked");
        List<JsonNode> letters = lettersOf(poisoned);
        assertThat(letters.get(0).path("causeType").asText()).isEqualTo("org.postgresql.util.PSQLException");
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
    void an_event_whose_transaction_commits_after_the_stream_passed_it_still_reaches_the_read_model() throws Exception {
        LamandauLifecycle late = new LamandauLifecycle(CommandSide.api(url)).initiated();
        awaitVersion(late.id(), 0);
        CompletableFuture<CommandApi.Answer> held;
        try (Connection blocker = anotherWriter()) {
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
        try (Connection blocker = anotherWriter()) {
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

    /**
     * Another writer's transaction on the event store, on a connection of its own: the query side's connections
     * would have the server end it once idle for kerjasama.database.idle-in-transaction-timeout.
     */
    private Connection anotherWriter() throws SQLException {
        return DriverManager.getConnection(url);
    }
}
