package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.deadline.DeadlineLifecycleTest;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DemoUser;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders end to end, with a real SMTP server in this JVM (GreenMail) and the command side's movable clock: the
 * seed's Pangkalpinang KB, imported, becomes dormant and the unit's contact receives exactly one e-mail, in Indonesian,
 * which a rebuild of the read models does not send again; with the mail server down the message waits, retried with
 * its attempts recorded, and arrives once when the server is back; a notifier stopped while the flag is raised sends
 * it once when it starts again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=5s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5", "kerjasama.notifications.send-interval=100ms",
                "kerjasama.notifications.initial-backoff=200ms", "kerjasama.notifications.max-backoff=1s",
                "kerjasama.notifications.frontend-base-url=https://kerjasama.example.go.id/",
                "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000"})
@Import(MovableClockConfiguration.class)
abstract class ReminderEndToEndTest extends EndToEndTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = started();
    private static final String PANGKALPINANG_UNIT = "Pemerintah Kota Pangkalpinang";

    @Autowired
    EventProcessingConfiguration processing;

    /** Both sides on the subclass's database, and this side's mail sent to the SMTP server of this JVM. */
    static void mailTo(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
        smtp = started();
    }

    @Test
    void the_unit_contact_receives_exactly_one_email_in_indonesian_when_the_imported_kb_becomes_dormant() throws Exception {
        String rina = contact("19.71", "UNIT_OFFICER", PANGKALPINANG_UNIT, "rina." + UUID.randomUUID() + "@pangkalpinangkota.go.id", "ID");
        // another region's secretariat and the same region's TKKSD answer no dormancy of this unit: they hear nothing
        String lamandau = contact("62.09", "SECRETARIAT", null, "sekretariat." + UUID.randomUUID() + "@lamandaukab.go.id", "ID");
        String tkksd = contact("19.71", "TKKSD_MEMBER", null, "tkksd." + UUID.randomUUID() + "@pangkalpinangkota.go.id", "EN");

        String id = imported();
        letDormancyFall();
        await(() -> received(rina).size() == 1, "the dormancy e-mail");
        MimeMessage mail = received(rina).get(0);
        assertThat(mail.getSubject()).isEqualTo("tidak aktif (dorman): Sinergi peningkatan kualitas sumber daya manusia");
        String body = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
        assertThat(body).contains("Yth. Rina Puspitasari", "Kota Pangkal Pinang", "paling lambat 25 Oktober 2025",
                "AnswerDormancyFlag (POST /api/cooperations/" + id + "/answer-dormancy-flag)",
                "https://kerjasama.example.go.id/cooperations/" + id);

        // listed for the region's secretariat as sent on the first attempt; not for another region's
        List<JsonNode> listed = messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, rina);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("status").asText()).isEqualTo("SENT");
        assertThat(listed.get(0).path("kinds").toString()).isEqualTo("[\"DORMANT\"]");
        assertThat(listed.get(0).path("attemptLog")).hasSize(1);
        assertThat(messages(DemoUser.LAMANDAU_SEKRETARIAT, id, rina)).isEmpty();

        // a rebuild of the read models replays every event into them, and the notifier sends nothing again
        assertThat(new QueryApi(port).as(token(DemoUser.OPERATOR)).post("/api/admin/rebuild").status()).isEqualTo(202);
        await(() -> new QueryApi(port).as(token(DemoUser.OPERATOR)).get("/api/admin/rebuild").json()
                .path("processors").get(0).path("position").asLong() > 0, "the rebuild's progress");
        Thread.sleep(2000);
        assertThat(received(rina)).hasSize(1);
        assertThat(received(lamandau)).isEmpty();
        assertThat(received(tkksd)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM query.notification WHERE cooperation_id = ? AND recipient = ?",
                Long.class, id, rina)).isEqualTo(1);
    }

    @Test
    void a_mail_server_that_is_down_and_a_notifier_restarted_delay_the_message_and_it_arrives_once() throws Exception {
        String rina = contact("19.71", "UNIT_OFFICER", PANGKALPINANG_UNIT, "rina." + UUID.randomUUID() + "@pangkalpinangkota.go.id", "EN");
        await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM query.notification_contact WHERE email = ?", Long.class,
                rina) == 1, "the contact in the notifier's directory");
        StreamingEventProcessor notifier = processing.eventProcessor("notifier", StreamingEventProcessor.class).orElseThrow();
        notifier.shutDown();
        smtp.stop();
        String id = imported();
        letDormancyFall();
        Thread.sleep(500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM query.notification WHERE cooperation_id = ?", Long.class, id))
                .as("nothing made while the notifier is stopped").isZero();

        notifier.start();
        await(() -> messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, rina).stream()
                .anyMatch(message -> message.path("attempts").asInt() >= 2), "failed attempts while the mail server is down");
        JsonNode waiting = messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, rina).get(0);
        assertThat(waiting.path("status").asText()).isEqualTo("RETRYING");
        assertThat(waiting.path("lastError").asText()).isNotBlank();
        assertThat(waiting.path("attemptLog").get(0).path("outcome").asText()).isEqualTo("RETRYING");

        smtp = started();
        await(() -> received(rina).size() == 1, "the message once the mail server is back");
        assertThat(received(rina).get(0).getSubject()).isEqualTo("Dormant: Sinergi peningkatan kualitas sumber daya manusia");
        await(() -> messages(DemoUser.OPERATOR, id, rina).get(0).path("status").asText().equals("SENT"), "SENT listed");
        List<JsonNode> sent = messages(DemoUser.OPERATOR, id, rina);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).path("status").asText()).isEqualTo("SENT");
        assertThat(sent.get(0).path("attemptLog").get(sent.get(0).path("attempts").asInt() - 1).path("outcome").asText())
                .isEqualTo("SENT");
        Thread.sleep(1000);
        assertThat(received(rina)).hasSize(1);
    }

    @Test
    void contacts_are_kept_by_their_regions_secretariat_with_valid_addresses_only() {
        CommandApi lamandau = commands.as("bagian-kerja-sama-lamandau", "SECRETARIAT", "62.09");
        assertThat(lamandau.post("/api/contacts", contactBody(UUID.randomUUID().toString(), "19.71", "SECRETARIAT",
                null, "a@pangkalpinangkota.go.id", "ID")).status()).isEqualTo(403);
        CommandApi.Answer bad = lamandau.post("/api/contacts", contactBody(UUID.randomUUID().toString(), "62.09",
                "SECRETARIAT", null, "not-an-address", "ID"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("email");
        assertThat(commands.as("opd", "UNIT_OFFICER", "62.09").post("/api/contacts", contactBody(
                UUID.randomUUID().toString(), "62.09", "SECRETARIAT", null, "a@lamandaukab.go.id", "ID")).status())
                .isEqualTo(403);
        assertThat(new QueryApi(port).as(token(DemoUser.LAMANDAU_OPD)).get("/api/notifications").status()).isEqualTo(403);
        assertThat(new QueryApi(port).as(token(DemoUser.OPERATOR)).get("/api/notifications?status=LOST").status())
                .isEqualTo(400);
    }

    private String contact(String region, String role, String unit, String email, String language) {
        CommandApi.Answer answer = commands.as("sekretariat-" + region, "SECRETARIAT", region).post("/api/contacts",
                contactBody(UUID.randomUUID().toString(), region, role, unit, email, language));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return email;
    }

    private static String contactBody(String contactId, String region, String role, String unit, String email,
                                      String language) {
        return "{\"region\":\"" + region + "\",\"contactId\":\"" + contactId + "\",\"name\":\"Rina Puspitasari\","
                + "\"role\":\"" + role + "\"," + (unit == null ? "" : "\"unit\":\"" + unit + "\",")
                + "\"email\":\"" + email + "\",\"language\":\"" + language + "\",\"receives\":[\"FLAGS\"]}";
    }

    private String imported() {
        CommandApi.Answer imported = commands.as("bagian-kerja-sama-pangkalpinang", "SECRETARIAT", "19.71")
                .post("/api/cooperations/imports", DeadlineLifecycleTest.PANGKALPINANG_KB);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        return imported.text("id");
    }

    /** The KB's last day to draft a PKS is 25 October 2025: the flag is raised once a later day begins. */
    private void letDormancyFall() throws InterruptedException {
        LocalDate today = LocalDate.now(MovableClockConfiguration.CLOCK);
        LocalDate flagDay = LocalDate.of(2025, 10, 26);
        dayBegins(today.isBefore(flagDay) ? flagDay : today.plusDays(1));
    }

    /** The messages {@code reader} lists about a cooperation to one recipient (other tests' contacts are told too). */
    private List<JsonNode> messages(DemoUser reader, String cooperationId, String recipient) {
        QueryApi.Answer answer = new QueryApi(port).as(token(reader))
                .get("/api/notifications?size=200&cooperationId=" + cooperationId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> theirs = new java.util.ArrayList<>();
        answer.json().path("items").forEach(message -> {
            if (message.path("recipient").asText().equals(recipient)) {
                theirs.add(message);
            }
        });
        return theirs;
    }

    private static List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(recipient));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 30 s for " + what);
    }

    private static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
