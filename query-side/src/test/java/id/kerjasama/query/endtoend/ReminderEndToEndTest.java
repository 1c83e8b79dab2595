package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.deadline.DeadlineLifecycleTest;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.query.notification.DailyDigest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import io.micrometer.core.instrument.MeterRegistry;
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
 * it once when it starts again. A webhook's post verifies with its signing key and is tried again when the receiver
 * fails; a contact who chose a daily digest gets one e-mail gathering what fell due.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=5s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5", "kerjasama.notifications.send-interval=100ms",
                "kerjasama.notifications.initial-backoff=200ms", "kerjasama.notifications.max-backoff=1s",
                "kerjasama.notifications.max-attempts=6",
                "kerjasama.notifications.frontend-base-url=https://kerjasama.example.go.id/",
                "kerjasama.notifications.webhook-key=a-master-key-for-tests-only",
                "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000"})
@Import(MovableClockConfiguration.class)
abstract class ReminderEndToEndTest extends EndToEndTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = started();
    private static final String PANGKALPINANG_UNIT = "Pemerintah Kota Pangkalpinang";

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DailyDigest digests;
    @Autowired
    MeterRegistry meters;

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
        assertThat(meters.counter("kerjasama.notifications", "channel", "EMAIL", "outcome", "SENT").count()).isPositive();

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
    void a_webhook_receives_a_signed_post_that_verifies_and_a_receiver_that_fails_is_tried_again() throws Exception {
        List<Received> posts = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/kerjasama", exchange -> {
            posts.add(new Received(exchange.getRequestHeaders().getFirst("X-Kerjasama-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Kerjasama-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            // the first post finds the receiver unwell
            exchange.sendResponseHeaders(posts.size() == 1 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String webhookId = UUID.randomUUID().toString();
            CommandApi.Answer registered = commands.as("sekretariat-19.71", "SECRETARIAT", "19.71").post(
                    "/api/contacts/webhooks", "{\"region\":\"19.71\",\"webhookId\":\"" + webhookId
                            + "\",\"name\":\"Gateway WhatsApp\",\"url\":\"http://127.0.0.1:"
                            + receiver.getAddress().getPort() + "/kerjasama\",\"receives\":[\"FLAGS\"]}");
            assertThat(registered.status()).as(registered.body().toString()).isEqualTo(200);
            await(() -> webhook(webhookId) != null, "the webhook in the notifier's directory");
            String key = webhook(webhookId).path("signingKey").asText();
            assertThat(key).hasSize(64);

            String id = imported();
            letDormancyFall();
            await(() -> posts.stream().filter(post -> post.body().contains(id)).count() == 2, "the post, tried again");
            Received post = posts.stream().filter(p -> p.body().contains(id)).reduce((a, b) -> b).orElseThrow();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(
                    (post.timestamp() + "." + post.body()).getBytes(StandardCharsets.UTF_8)));
            assertThat(post.signature()).isEqualTo(expected);
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(post.timestamp()))).isLessThan(60);
            JsonNode body = new ObjectMapper().readTree(post.body());
            assertThat(body.path("webhookId").asText()).isEqualTo(webhookId);
            assertThat(body.path("items").get(0).path("kind").asText()).isEqualTo("DORMANT");
            assertThat(body.path("items").get(0).path("cooperation").path("id").asText()).isEqualTo(id);
            assertThat(body.path("items").get(0).path("lastDay").asText()).isEqualTo("2025-10-25");
            assertThat(body.path("link").asText()).isEqualTo("https://kerjasama.example.go.id/cooperations/" + id);
            // a body changed in transit does not verify
            assertThat(HexFormat.of().formatHex(mac.doFinal((post.timestamp() + "." + post.body().replace("DORMANT", "dormant"))
                    .getBytes(StandardCharsets.UTF_8)))).isNotEqualTo(expected.substring("sha256=".length()));

            await(() -> messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, webhookId).get(0).path("status").asText()
                    .equals("SENT"), "the post listed as sent");
            JsonNode listed = messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, webhookId).get(0);
            assertThat(listed.path("channel").asText()).isEqualTo("WEBHOOK");
            assertThat(listed.path("attempts").asInt()).isEqualTo(2);
            assertThat(listed.path("attemptLog").get(0).path("error").asText()).contains("503");
            removeWebhook(webhookId);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void a_message_given_up_after_the_last_attempt_is_sent_when_the_secretariat_asks_for_another_round() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/e-office", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!failing.get()) {
                bodies.add(body);
            }
            exchange.sendResponseHeaders(failing.get() ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String webhookId = UUID.randomUUID().toString();
            assertThat(commands.as("sekretariat-19.71", "SECRETARIAT", "19.71").post("/api/contacts/webhooks",
                    "{\"region\":\"19.71\",\"webhookId\":\"" + webhookId + "\",\"name\":\"E-office\",\"url\":"
                            + "\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/e-office\"}").status()).isEqualTo(200);
            await(() -> webhook(webhookId) != null, "the webhook in the notifier's directory");
            String id = imported();
            // the import's steps are posted too (the webhook chose nothing, so it gets everything): its first message
            await(() -> !messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, webhookId).isEmpty()
                    && messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, webhookId).get(0).path("status").asText()
                    .equals("GAVE_UP"), "the message given up");
            JsonNode givenUp = messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, webhookId).get(0);
            assertThat(givenUp.path("attempts").asInt()).isEqualTo(6);
            assertThat(givenUp.path("attemptLog").get(5).path("outcome").asText()).isEqualTo("GAVE_UP");
            assertThat(givenUp.path("lastError").asText()).contains("500");
            long messageId = givenUp.path("id").asLong();
            // another region's secretariat cannot touch it
            assertThat(new QueryApi(port).as(token(DemoUser.LAMANDAU_SEKRETARIAT))
                    .post("/api/notifications/" + messageId + "/retry").status()).isEqualTo(404);

            failing.set(false);
            QueryApi.Answer retried = new QueryApi(port).as(token(DemoUser.PANGKALPINANG_SEKRETARIAT))
                    .post("/api/notifications/" + messageId + "/retry");
            assertThat(retried.status()).as(retried.body()).isEqualTo(200);
            await(() -> bodies.stream().anyMatch(body -> body.contains(id)), "the post after the retry");
            await(() -> messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, webhookId).get(0).path("status").asText()
                    .equals("SENT"), "the message sent");
            assertThat(messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, webhookId).get(0).path("attempts").asInt()).isEqualTo(7);
            // a message that is not given up is not retried
            assertThat(new QueryApi(port).as(token(DemoUser.PANGKALPINANG_SEKRETARIAT))
                    .post("/api/notifications/" + messageId + "/retry").status()).isEqualTo(404);
            removeWebhook(webhookId);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void a_contact_who_chose_a_daily_digest_gets_one_email_a_day_gathering_what_fell_due() throws Exception {
        String digest = "digest." + UUID.randomUUID() + "@pangkalpinangkota.go.id";
        CommandApi.Answer recorded = commands.as("sekretariat-19.71", "SECRETARIAT", "19.71").post("/api/contacts",
                "{\"region\":\"19.71\",\"contactId\":\"" + UUID.randomUUID() + "\",\"name\":\"Rina Puspitasari\","
                        + "\"role\":\"SECRETARIAT\",\"email\":\"" + digest + "\",\"dailyDigest\":true}");
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        String id = imported();
        letDormancyFall();
        // the import left two steps waiting, then the flag: two messages held, none sent
        await(() -> messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, digest).size() == 2, "two messages held");
        assertThat(messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, digest))
                .allSatisfy(message -> assertThat(message.path("status").asText()).isEqualTo("HELD"));
        Thread.sleep(500);
        assertThat(received(digest)).isEmpty();

        digests.gather();
        digests.gather();
        await(() -> received(digest).size() == 1, "the digest");
        MimeMessage mail = received(digest).get(0);
        assertThat(mail.getSubject()).startsWith("Ringkasan harian").endsWith(": 2 pengingat kerja sama");
        assertThat(GreenMailUtil.getBody(mail)).contains("tidak aktif (dorman)", "menunggu");
        assertThat(messages(DemoUser.PANGKALPINANG_SEKRETARIAT, id, digest))
                .allSatisfy(message -> assertThat(message.path("status").asText()).isEqualTo("IN_DIGEST"));
        Thread.sleep(500);
        assertThat(received(digest)).hasSize(1);
    }

    /** Removed, the webhook is posted nothing more, and it leaves the list. */
    private void removeWebhook(String webhookId) throws InterruptedException {
        CommandApi api = commands.as("sekretariat-19.71", "SECRETARIAT", "19.71");
        String body = "{\"region\":\"19.71\",\"webhookId\":\"" + webhookId + "\"}";
        assertThat(api.post("/api/contacts/webhooks/remove", body).status()).isEqualTo(200);
        await(() -> webhook(webhookId) == null, "the webhook gone from the notifier's directory");
        CommandApi.Answer again = api.post("/api/contacts/webhooks/remove", body);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().toString()).contains("UNKNOWN_WEBHOOK");
    }

    private JsonNode webhook(String webhookId) {
        QueryApi.Answer answer = new QueryApi(port).as(token(DemoUser.PANGKALPINANG_SEKRETARIAT)).get("/api/webhooks");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (JsonNode webhook : answer.json()) {
            if (webhook.path("webhookId").asText().equals(webhookId)) {
                return webhook;
            }
        }
        return null;
    }

    /** A post the webhook receiver took. */
    private record Received(String timestamp, String signature, String body) {
    }

    @Test
    void the_liaison_officer_appointed_with_an_address_is_reminded_of_what_the_unit_must_answer() throws Exception {
        String siti = "siti." + UUID.randomUUID() + "@lamandaukab.go.id";
        LamandauLifecycle lamandau = new LamandauLifecycle(commands).initiated();
        lamandau.step("appoint-liaison-officer", "{\"officer\":{\"name\":\"Siti Rahmah\",\"position\":\"Kepala Bagian "
                + "Umum RSUD\"},\"email\":\"" + siti + "\"}");
        lamandau.step("attach-preparation-document", "{\"kind\":\"TERMS_OF_REFERENCE\",\"file\":"
                + CommandApi.file("kak.pdf", 'a') + "}");
        lamandau.step("attach-preparation-document", "{\"kind\":\"FEASIBILITY_STUDY\",\"file\":"
                + CommandApi.file("studi-kelayakan.pdf", 'b') + "}");
        lamandau.step("submit-for-assessment", null);
        lamandau.asTkksd();
        lamandau.step("start-assessment", null);
        lamandau.step("record-assessment-finding", "{\"aspect\":\"keuangan\",\"finding\":\"Studi kelayakan kurang rinci\"}");
        // the TKKSD asks for a revision: the unit must submit again, and its liaison officer is told
        lamandau.step("conclude-assessment", "{\"conclusion\":\"REVISE\",\"rationale\":\"Perbaiki studi kelayakan\"}");
        await(() -> received(siti).size() == 1, "the liaison officer's e-mail");
        String body = GreenMailUtil.getBody(received(siti).get(0)).replace("\r\n", "\n");
        assertThat(body).contains("Yth. Siti Rahmah", "SubmitForAssessment (POST /api/cooperations/" + lamandau.id()
                + "/submit-for-assessment)");
        Thread.sleep(500);
        assertThat(received(siti)).as("the steps waiting on the TKKSD are not the unit's").hasSize(1);
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

    String imported() {
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
    List<JsonNode> messages(DemoUser reader, String cooperationId, String recipient) {
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

    static List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(recipient));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
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
