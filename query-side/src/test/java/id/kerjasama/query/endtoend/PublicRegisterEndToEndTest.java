package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.deadline.DeadlineLifecycleTest;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.query.publicregister.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public register with exemptions, both sides running together on the command side's movable clock: what the
 * secretariat as PPID withholds (a document, or fields) leaves the public entry, its list line and its search, says
 * so with its ground and last day, comes back when lifted or from the day after its last day; the parties and the
 * inspectors see everything all along. The clock only moves forward, so every date here is counted from today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=5s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5"})
@Import(MovableClockConfiguration.class)
abstract class PublicRegisterEndToEndTest extends EndToEndTest {

    private static final String REGISTER = "/api/public/cooperations?region=19.71&size=200";
    private static final String TEST = "Rincian kerja sama memuat rahasia dagang mitra; membukanya merugikan persaingan "
            + "usaha mitra lebih besar daripada manfaatnya bagi publik";

    @Autowired
    Publication publication;

    @Test
    void an_exempted_document_leaves_the_public_entry_until_lifted_while_parties_and_inspectors_see_it() {
        String id = imported();
        String kb = staffDetail(id, DemoUser.PANGKALPINANG_SEKRETARIAT).path("documents").get(0).path("documentId").asText();
        JsonNode entry = publicEntry(id);
        assertThat(entry.path("documents")).hasSize(1);
        assertThat(entry.path("documents").get(0).path("fileName").asText()).isEqualTo("kb.pdf");
        assertThat(entry.path("documents").get(0).path("download").asText(null))
                .as("no download while the signed original is not in the archive").isNull();
        assertThat(entry.path("withheld")).isEmpty();
        assertThat(publication.publishedFile(id, kb)).isPresent();

        LocalDate today = today();
        CommandApi.Answer recorded = secretariat().send(id, "record-publication-exemption", exemption(
                "\"documentId\":\"" + kb + "\"", today, today.plusYears(2)));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        String exemptionId = recorded.text("exemptionId");
        awaitProjected(id);

        entry = publicEntry(id);
        assertThat(entry.path("documents")).isEmpty();
        JsonNode withheld = entry.path("withheld").get(0);
        assertThat(withheld.path("documentId").asText()).isEqualTo(kb);
        assertThat(withheld.path("documentKind").asText()).isEqualTo("KB");
        assertThat(withheld.path("ground").asText()).isEqualTo("INTELLECTUAL_PROPERTY_AND_COMPETITION");
        assertThat(withheld.path("article").asText()).isEqualTo("Pasal 17 huruf b UU 14/2008");
        assertThat(withheld.path("groundTerm").asText()).startsWith("mengganggu perlindungan");
        assertThat(withheld.path("until").asText()).isEqualTo(today.plusYears(2).toString());
        assertThat(withheld.path("decisionNumber").asText()).isEqualTo("188.4/12/PPID/2025");
        assertThat(publicEntry(id).toString()).doesNotContain("kb.pdf", CommandApi.sha('a'), TEST);
        assertThat(publication.publishedFile(id, kb)).isEmpty();
        assertThat(listLine(id).path("withholding").asBoolean()).isTrue();
        // the parties and the inspectors see the document, and the exemption with its consequence test
        for (DemoUser reader : List.of(DemoUser.PANGKALPINANG_SEKRETARIAT, DemoUser.PANGKALPINANG_INSPEKTORAT)) {
            JsonNode detail = staffDetail(id, reader);
            assertThat(detail.path("documents")).hasSize(1);
            assertThat(detail.path("exemptions").get(0).path("consequenceTest").asText()).isEqualTo(TEST);
        }

        CommandApi.Answer lifted = secretariat().send(id, "lift-publication-exemption",
                "{\"exemptionId\":\"" + exemptionId + "\",\"reason\":\"Putusan Komisi Informasi: informasi terbuka\"}");
        assertThat(lifted.status()).as(lifted.body().toString()).isEqualTo(200);
        awaitProjected(id);
        entry = publicEntry(id);
        assertThat(entry.path("documents")).hasSize(1);
        assertThat(entry.path("withheld")).isEmpty();
        assertThat(publication.publishedFile(id, kb)).isPresent();
        assertThat(listLine(id).path("withholding").asBoolean()).isFalse();
        assertThat(staffDetail(id, DemoUser.PANGKALPINANG_INSPEKTORAT).path("exemptions").get(0).path("lifting")
                .path("reason").asText()).isEqualTo("Putusan Komisi Informasi: informasi terbuka");
    }

    @Test
    void exempted_fields_leave_the_entry_its_list_line_and_the_search_and_come_back_after_the_last_day() throws Exception {
        String id = imported();
        query.as(null);
        assertThat(ids(REGISTER + "&q=poltekkes")).contains(id);
        LocalDate today = today();
        LocalDate lastDay = today.plusDays(3);
        CommandApi.Answer recorded = secretariat().send(id, "record-publication-exemption", exemption(
                "\"fields\":[\"PARTNER_NAME\",\"SIGNATORIES\"]", today, lastDay));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        awaitProjected(id);

        JsonNode entry = publicEntry(id);
        assertThat(entry.path("partnerName").isNull()).isTrue();
        assertThat(entry.path("documents").get(0).path("signatories").isNull()).isTrue();
        assertThat(entry.path("documents").get(0).path("documentNumber").asText()).isNotBlank();
        assertThat(entry.path("title").asText()).isEqualTo("Sinergi peningkatan kualitas sumber daya manusia");
        assertThat(entry.path("withheld").get(0).path("fields")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("PARTNER_NAME", "SIGNATORIES");
        assertThat(entry.toString()).doesNotContain("Poltekkes", "Unu Ibnudin");
        assertThat(listLine(id).path("partnerName").isNull()).isTrue();
        assertThat(ids(REGISTER + "&q=poltekkes")).doesNotContain(id);
        assertThat(staffDetail(id, DemoUser.PANGKALPINANG_SEKRETARIAT).path("partner").path("name").asText())
                .isEqualTo("Poltekkes Kemenkes Pangkalpinang");

        dayBegins(lastDay);
        assertThat(publicEntry(id).path("partnerName").isNull()).as("withheld on its last day").isTrue();
        dayBegins(lastDay.plusDays(1));
        entry = publicEntry(id);
        assertThat(entry.path("partnerName").asText()).isEqualTo("Poltekkes Kemenkes Pangkalpinang");
        assertThat(entry.path("documents").get(0).path("signatories")).hasSize(2);
        assertThat(entry.path("withheld")).isEmpty();
        assertThat(listLine(id).path("partnerName").asText()).isEqualTo("Poltekkes Kemenkes Pangkalpinang");
        assertThat(ids(REGISTER + "&q=poltekkes")).contains(id);
    }

    @Test
    void the_figures_count_each_signed_agreement_and_its_affairs_only_while_no_exemption_withholds_them() {
        JsonNode before = statistics();
        String id = imported();
        String affair = publicEntry(id).path("affairs").get(0).asText();
        JsonNode after = statistics();
        assertThat(after.path("cooperations").asLong()).isEqualTo(before.path("cooperations").asLong() + 1);
        assertThat(count(after, "regions", "19.71")).isEqualTo(count(before, "regions", "19.71") + 1);
        assertThat(count(after, "types", "SYNERGY")).isEqualTo(count(before, "types", "SYNERGY") + 1);
        assertThat(count(after, "affairs", affair)).isEqualTo(count(before, "affairs", affair) + 1);
        String stage = publicEntry(id).path("stage").asText();
        assertThat(count(after, "stages", stage)).isEqualTo(count(before, "stages", stage) + 1);
        assertThat(after.path("types").findValuesAsText("code")).contains("SYNERGY");
        assertThat(after.path("types").get(0).path("term").asText()).isNotBlank();

        LocalDate today = today();
        CommandApi.Answer recorded = secretariat().send(id, "record-publication-exemption", exemption(
                "\"fields\":[\"AFFAIRS\"]", today, today.plusYears(1)));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        awaitProjected(id);
        JsonNode withheld = statistics();
        assertThat(withheld.path("cooperations").asLong()).isEqualTo(after.path("cooperations").asLong());
        assertThat(count(withheld, "affairs", affair)).isEqualTo(count(before, "affairs", affair));
        assertThat(withheld.path("affairsWithheld").asLong()).isEqualTo(after.path("affairsWithheld").asLong() + 1);
        assertThat(query.as(null).get("/api/public/statistics?region=nowhere").status()).isEqualTo(400);
    }

    private JsonNode statistics() {
        QueryApi.Answer answer = query.as(null).get("/api/public/statistics?region=19.71");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static long count(JsonNode statistics, String by, String code) {
        for (JsonNode count : statistics.path(by)) {
            if (count.path("code").asText().equals(code)) {
                return count.path("cooperations").asLong();
            }
        }
        return 0;
    }

    @Test
    void exemptions_are_the_secretariats_and_refused_under_their_rules() {
        String id = imported();
        LocalDate today = today();
        String fields = "\"fields\":[\"PARTNER_NAME\"]";
        for (String role : List.of("TKKSD_MEMBER", "REGIONAL_HEAD", "UNIT_OFFICER")) {
            CommandApi.Answer forbidden = commands.as("staf-pangkalpinang", role, "19.71")
                    .send(id, "record-publication-exemption", exemption(fields, today, today.plusYears(1)));
            assertThat(forbidden.status()).as(role).isEqualTo(403);
        }
        assertRule(secretariat().send(id, "record-publication-exemption", exemption(fields, today, today)),
                422, "EXEMPTION_PERIOD");
        assertRule(secretariat().send(id, "record-publication-exemption", exemption(fields, today, today.plusYears(31))),
                422, "EXEMPTION_PERIOD");
        assertRule(secretariat().send(id, "record-publication-exemption", exemption(
                "\"documentId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a999\"", today, today.plusYears(1))), 422, "UNKNOWN_DOCUMENT");
        CommandApi.Answer both = secretariat().send(id, "record-publication-exemption", exemption(
                fields + ",\"documentId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a999\"", today, today.plusYears(1)));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("errors").get(0).path("rule").asText()).isEqualTo("DOCUMENT_OR_FIELDS");
        assertRule(secretariat().send(id, "lift-publication-exemption",
                "{\"exemptionId\":\"6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a998\",\"reason\":\"x\"}"), 422, "UNKNOWN_EXEMPTION");

        String exemptionId = secretariat().send(id, "record-publication-exemption", exemption(fields, today,
                today.plusYears(1))).text("exemptionId");
        String lift = "{\"exemptionId\":\"" + exemptionId + "\",\"reason\":\"Alasan pengecualian tidak ada lagi\"}";
        assertThat(secretariat().send(id, "lift-publication-exemption", lift).status()).isEqualTo(200);
        assertRule(secretariat().send(id, "lift-publication-exemption", lift), 409, "EXEMPTION_ACTIVE");

        CommandApi officer = commands.as("opd-pangkalpinang", "UNIT_OFFICER", "19.71");
        String unsigned = officer.initiate("""
                {"type":"SYNERGY","title":"Sinergi data kesehatan","initiatingRegion":"19.71",
                 "initiatingUnit":"Dinas Kesehatan","initiator":"REGIONAL_UNIT",
                 "partner":{"kind":"VERTICAL_AGENCY","name":"BPS Kota Pangkalpinang","parentInstitution":"Badan Pusat Statistik"},"affairs":["HEALTH"],
                 "objective":"Data kesehatan bersama"}""").text("id");
        assertRule(secretariat().send(unsigned, "record-publication-exemption", exemption(fields, today, today.plusYears(1))),
                422, "EXEMPTION_SIGNED_AGREEMENT");
    }

    /** The command API as the Pangkalpinang secretariat, from now on (the API holds one caller at a time). */
    private CommandApi secretariat() {
        return commands.as("bagian-kerja-sama-pangkalpinang", "SECRETARIAT", "19.71");
    }

    private String imported() {
        CommandApi.Answer imported = secretariat().post("/api/cooperations/imports", DeadlineLifecycleTest.PANGKALPINANG_KB);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String id = imported.text("id");
        awaitProjected(id);
        return id;
    }

    private static String exemption(String what, LocalDate decidedOn, LocalDate until) {
        return "{" + what + ",\"ground\":\"INTELLECTUAL_PROPERTY_AND_COMPETITION\",\"consequenceTest\":\"" + TEST
                + "\",\"decisionNumber\":\"188.4/12/PPID/2025\",\"decidedOn\":\"" + decidedOn + "\",\"until\":\"" + until + "\"}";
    }

    private static LocalDate today() {
        return LocalDate.now(MovableClockConfiguration.CLOCK);
    }

    private JsonNode publicEntry(String id) {
        QueryApi.Answer answer = query.as(null).get("/api/public/cooperations/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode listLine(String id) {
        for (JsonNode item : query.as(null).get(REGISTER).json().path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in the public register");
    }

    private List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        query.get(path).json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private JsonNode staffDetail(String id, DemoUser reader) {
        QueryApi.Answer answer = query.as(token(reader)).get("/api/cooperations/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Waits until the read model holds every event of the cooperation, reading as its secretariat. */
    private void awaitProjected(String id) {
        long version = jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
        QueryApi.Answer answer = query.as(token(DemoUser.PANGKALPINANG_SEKRETARIAT))
                .get("/api/cooperations/" + id + "?minVersion=" + version);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static void assertRule(CommandApi.Answer answer, int status, String rule) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.text("rule")).isEqualTo(rule);
    }
}
