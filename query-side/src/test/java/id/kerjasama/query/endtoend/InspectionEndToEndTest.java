package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.command.deadline.DeadlineLifecycleTest;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspectors' reports on both sides running together, with the command side's movable clock: the seed's
 * Pangkalpinang KB left alone is flagged dormant when its day begins, shows in the overdue report, is answered
 * through the command API and leaves the report. Also who may read the reports, bad parameters, and a rebuild.
 * The clock only moves forward here: db-scheduler's poller waits on it, so a jump back would stall the deadlines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kerjasama.read-your-writes.max-wait=5s", "spring.jmx.enabled=false", "server.shutdown=immediate",
                "kerjasama.db-pool-size=5"})
@Import(MovableClockConfiguration.class)
abstract class InspectionEndToEndTest extends EndToEndTest {

    private static final String OVERDUE = "/api/reports/overdue?region=19.71&size=200";

    @Test
    void the_pangkalpinang_kb_left_alone_is_flagged_dormant_reported_answered_and_leaves_the_report() throws Exception {
        CommandApi api = commands.as("bagian-kerja-sama-pangkalpinang", "SECRETARIAT", "19.71");
        Instant importing = Instant.now();
        CommandApi.Answer imported = api.post("/api/cooperations/imports", DeadlineLifecycleTest.PANGKALPINANG_KB);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String id = imported.text("id");
        query.as(token(DemoUser.PANGKALPINANG_INSPEKTORAT));
        awaitProjected(id);
        assertThat(overdueIds()).doesNotContain(id);

        dayBegins(LocalDate.of(2025, 10, 25));
        awaitProjected(id);
        assertThat(overdueIds()).doesNotContain(id);

        dayBegins(LocalDate.of(2025, 10, 26));
        awaitProjected(id);
        assertThat(version(id)).isEqualTo(1);
        JsonNode item = overdueItem(id);
        assertThat(item.path("flags")).hasSize(1);
        JsonNode flag = item.path("flags").get(0);
        assertThat(flag.path("kind").asText()).isEqualTo("DORMANT");
        assertThat(flag.path("since").asText()).isEqualTo("2025-10-26");
        assertThat(flag.path("daysOpen").asLong()).isZero();
        assertThat(flag.path("termId").asText()).isEqualTo("tidak aktif (dorman)");
        assertThat(item.path("responsible").path("unit").asText()).isEqualTo("Pemerintah Kota Pangkalpinang");
        assertThat(item.path("responsible").path("basis").asText()).isEqualTo("LAST_ACTOR");
        assertThat(item.path("responsible").path("person").asText()).isEqualTo("Nama bagian-kerja-sama-pangkalpinang");
        // the staff who must answer the flag see it on the cooperation's own page, as the inspectors do
        for (DemoUser reader : List.of(DemoUser.PANGKALPINANG_SEKRETARIAT, DemoUser.PANGKALPINANG_INSPEKTORAT)) {
            JsonNode flagged = new QueryApi(port).as(token(reader)).get("/api/cooperations/" + id).json().path("flags");
            assertThat(flagged).as(reader.name()).hasSize(1);
            assertThat(flagged.get(0).path("kind").asText()).isEqualTo("DORMANT");
            assertThat(flagged.get(0).path("since").asText()).isEqualTo("2025-10-26");
            assertThat(flagged.get(0).path("raisedAt").asText()).isNotBlank();
            assertThat(flagged.get(0).path("answeredWith").get(0).asText()).isEqualTo("answer-dormancy-flag");
            assertThat(flagged.get(0).path("closedAt").isNull()).isTrue();
        }

        dayBegins(LocalDate.of(2025, 11, 5));
        assertThat(overdueItem(id).path("longestDaysOpen").asLong()).isEqualTo(10);
        // the provincial and the national supervisors see it too; Kalimantan Tengah's does not
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        assertThat(overdueIds()).contains(id);
        query.as(token(DemoUser.KALTENG_PENGAWAS));
        assertThat(ids("/api/reports/overdue?size=200")).doesNotContain(id);
        query.as(token(DemoUser.PANGKALPINANG_INSPEKTORAT));
        JsonNode compliance = query.get("/api/reports/compliance").json().path("total");
        assertThat(compliance.path("dormant").asInt()).isEqualTo(1);
        assertThat(compliance.path("dormantShare").asDouble()).isEqualTo(1.0);

        CommandApi.Answer answered = api.send(id, "answer-dormancy-flag", "{\"reason\":\"NO_IMPLEMENTING_AGREEMENT\","
                + "\"answer\":\"AMEND\",\"explanation\":\"KB diubah menjadi Nota Kesepakatan dengan Rencana Kerja\"}");
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        assertThat(query.get("/api/cooperations/" + id + "?minVersion=" + answered.body().path("version").asLong()).status())
                .isEqualTo(200);
        assertThat(overdueIds()).doesNotContain(id);
        assertThat(query.get("/api/reports/compliance").json().path("total").path("dormant").asInt()).isZero();
        JsonNode answeredDetail = new QueryApi(port).as(token(DemoUser.PANGKALPINANG_SEKRETARIAT))
                .get("/api/cooperations/" + id).json();
        assertThat(answeredDetail.path("flags").get(0).path("closedBy").asText()).isEqualTo("bagian-kerja-sama-pangkalpinang");
        assertThat(answeredDetail.path("dormancyAnswers").get(0).path("answer").asText()).isEqualTo("AMEND");
        assertThat(answeredDetail.path("dormancyAnswers").get(0).path("answeredBy").asText())
                .isEqualTo("bagian-kerja-sama-pangkalpinang");

        JsonNode decisions = query.get("/api/reports/decisions?actor=bagian-kerja-sama-pangkalpinang&from=2025-01-01").json();
        assertThat(decisions.path("items").findValuesAsText("outcome")).containsExactly("IMPORTED_KB", "DORMANCY_AMEND");
        // the KB was signed on 25 April 2025, whenever it was typed in: the report dates the decision by its signing
        assertThat(decisions.path("items").get(0).path("decidedOn").asText()).isEqualTo("2025-04-25");
        // events are stamped by the real clock, the deadlines' clock moves apart from it
        Instant recordedAt = Instant.parse(decisions.path("items").get(0).path("recordedAt").asText());
        assertThat(recordedAt).isAfterOrEqualTo(importing.truncatedTo(ChronoUnit.MILLIS));
        LocalDate importedOn = recordedAt.atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
        JsonNode april = query.get("/api/reports/periodic?region=19.71&from=2025-04-01&to=2025-04-30").json();
        assertThat(april.path("period").path("frameworksSigned").asInt()).isEqualTo(1);
        assertThat(april.path("period").path("decisions").asInt()).isEqualTo(1);
        assertThat(april.path("cooperations").get(0).path("signedOn").asText()).isEqualTo("2025-04-25");
        assertThat(april.path("cooperations").get(0).path("signingRecordedOn").asText()).isEqualTo(importedOn.toString());
        assertThat(decisions.path("items").get(1).path("actor").path("role").asText()).isEqualTo("SECRETARIAT");
        assertThat(decisions.path("items").get(1).path("summary").path("en").asText()).isNotBlank();
        // Poltekkes is a Ministry of Health work unit: a synergy, yet a "kesepakatan bersama" was signed
        JsonNode mismatch = query.get("/api/reports/label-mismatches?region=19.71").json().path("items").get(0);
        assertThat(mismatch.path("cooperationId").asText()).isEqualTo(id);
        assertThat(mismatch.path("mismatches").findValuesAsText("kind"))
                .containsExactly("LABEL_NOT_INSTRUMENT_OF_TYPE", "DOCUMENT_NOT_INSTRUMENT_OF_TYPE");
        JsonNode periodic = query.get("/api/reports/periodic?region=19.71&from=2025-10-01&to=2025-12-31").json();
        assertThat(periodic.path("addresseeEn").asText()).isEqualTo("the Governor of Kepulauan Bangka Belitung");
        assertThat(periodic.path("period").path("flagsRaised").asInt()).isEqualTo(1);
    }

    @Test
    void inspectors_read_the_reports_within_their_jurisdiction_and_the_regional_office_its_own_periodic_report_and_figures() {
        for (DemoUser user : List.of(DemoUser.LAMANDAU_OPD, DemoUser.LAMANDAU_TKKSD, DemoUser.OPERATOR)) {
            query.as(token(user));
            assertThat(query.get("/api/reports/overdue").status()).as(user.name()).isEqualTo(403);
            assertThat(query.get("/api/reports/compliance").status()).as(user.name()).isEqualTo(403);
            assertThat(query.get("/api/reports/periodic?region=62.09&from=2025-01-01&to=2025-12-31").status()).as(user.name())
                    .isEqualTo(403);
        }
        for (DemoUser user : List.of(DemoUser.LAMANDAU_SEKRETARIAT, DemoUser.LAMANDAU_BUPATI)) {
            query.as(token(user));
            // the lists stay the inspectors'
            assertThat(query.get("/api/reports/overdue").status()).as(user.name()).isEqualTo(403);
            assertThat(query.get("/api/reports/decisions?unit=62.09").status()).as(user.name()).isEqualTo(403);
            assertThat(query.get("/api/reports/label-mismatches").status()).as(user.name()).isEqualTo(403);
            // the figures and the periodic report of the own region, in every format
            QueryApi.Answer own = query.get("/api/reports/compliance");
            assertThat(own.status()).as(user.name()).isEqualTo(200);
            assertThat(own.json().path("scope").asText()).isEqualTo("62.09");
            assertThat(own.json().path("regions").findValuesAsText("regionCode")).allMatch("62.09"::equals);
            assertThat(own.json().path("total").path("cooperations").asLong()).isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM query.inspection_file WHERE region_code = '62.09'", Long.class));
            assertThat(query.get("/api/reports/compliance?region=62.09").status()).as(user.name()).isEqualTo(200);
            String periodic = "/api/reports/periodic?region=62.09&from=2025-01-01&to=2025-12-31";
            assertThat(query.get(periodic).status()).as(user.name()).isEqualTo(200);
            assertThat(query.get(periodic + "&format=csv").status()).as(user.name()).isEqualTo(200);
            assertThat(query.get(periodic + "&format=pdf").status()).as(user.name()).isEqualTo(200);
            // another region, or a whole province, is refused as an inspector's outside the jurisdiction is
            assertProblem(query.get("/api/reports/compliance?region=19.71"), 403, "FORBIDDEN", null);
            assertProblem(query.get("/api/reports/compliance?province=62"), 403, "FORBIDDEN", null);
            assertProblem(query.get("/api/reports/periodic?region=62.01&from=2025-01-01&to=2025-12-31"), 403, "FORBIDDEN", null);
            assertProblem(query.get("/api/reports/periodic?region=62&from=2025-01-01&to=2025-12-31"), 403, "FORBIDDEN", null);
        }
        query.as(null);
        assertThat(query.get("/api/reports/overdue").status()).isEqualTo(401);
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        assertThat(query.get("/api/reports/overdue").status()).isEqualTo(200);
        assertProblem(query.get("/api/reports/overdue?region=19.71"), 403, "FORBIDDEN", null);
        assertProblem(query.get("/api/reports/compliance?province=62"), 403, "FORBIDDEN", null);
        assertProblem(query.get("/api/reports/periodic?region=62.01&from=2025-01-01&to=2025-12-31"), 403, "FORBIDDEN", null);
        query.as(token(DemoUser.KALTENG_PENGAWAS));
        assertThat(query.get("/api/reports/compliance?province=62").status()).isEqualTo(200);
        assertThat(query.get("/api/reports/periodic?region=62.01&from=2025-01-01&to=2025-12-31").status()).isEqualTo(200);
        assertProblem(query.get("/api/reports/compliance?region=19.71"), 403, "FORBIDDEN", null);
    }

    @Test
    void bad_parameters_are_400s_naming_the_field_and_the_rule() {
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        assertProblem(query.get("/api/reports/overdue?region=99.99"), 400, "INVALID_FIELD", "region");
        assertProblem(query.get("/api/reports/overdue?kind=LATE"), 400, "INVALID_FIELD", "kind");
        assertProblem(query.get("/api/reports/overdue?minDays=-1"), 400, "INVALID_FIELD", "minDays");
        assertProblem(query.get("/api/reports/overdue?size=500"), 400, "INVALID_FIELD", "size");
        assertProblem(query.get("/api/reports/compliance?province=62.09"), 400, "INVALID_FIELD", "province");
        assertProblem(query.get("/api/reports/compliance?region=62.09&province=62"), 400, "INVALID_FIELD", "province");
        assertProblem(query.get("/api/reports/decisions"), 400, "INVALID_FIELD", "actor");
        assertProblem(query.get("/api/reports/decisions?unit=99"), 400, "INVALID_FIELD", "unit");
        assertProblem(query.get("/api/reports/decisions?actor=x&type=Nothing"), 400, "INVALID_FIELD", "type");
        assertProblem(query.get("/api/reports/decisions?actor=x&from=2025-12-31&to=2025-01-01"), 400, "INVALID_FIELD", "to");
        assertProblem(query.get("/api/reports/periodic?region=62.09&from=2025-12-31&to=2025-01-01"), 400, "INVALID_FIELD", "to");
        assertProblem(query.get("/api/reports/periodic?region=62.09&from=2025-01-01"), 400, "INVALID_FIELD", "to");
        assertProblem(query.get("/api/reports/periodic?region=62.09&from=1-1-2025&to=2025-12-31"), 400, "INVALID_FIELD", "from");
        assertProblem(query.get("/api/reports/label-mismatches?kind=WRONG"), 400, "INVALID_FIELD", "kind");
    }

    @Test
    void rebuilding_gives_identical_inspection_read_models() throws Exception {
        lamandauRecordable();
        String id = new LamandauLifecycle(commands).active().id();
        CommandApi api = commands.as("inspektorat-lamandau", "INSPECTOR", "62.09");
        assertThat(api.send(id, "record-audit-finding", "{\"severity\":\"MEDIUM\",\"description\":\"Laporan terlambat\","
                + "\"eventSequenceNumbers\":[0]}").status()).isEqualTo(200);
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        awaitProjected(id);
        List<String> before = inspectionReadModels();
        assertThat(before).anyMatch(row -> row.startsWith(id));

        QueryApi operator = new QueryApi(port).as(token(DemoUser.OPERATOR));
        assertThat(operator.post("/api/admin/rebuild").status()).isEqualTo(202);
        // the processor stays "replaying" until an event after the reset comes: wait for the tables instead
        for (int i = 0; i < 400 && !inspectionReadModels().equals(before); i++) {
            Thread.sleep(50);
        }
        assertThat(inspectionReadModels()).isEqualTo(before);
    }

    private List<String> inspectionReadModels() {
        return Stream.of(
                        jdbc.queryForList("SELECT cooperation_id || '|' || version || '|' || stage || '|' || state "
                                + "FROM query.inspection_file ORDER BY 1", String.class),
                        jdbc.queryForList("SELECT cooperation_id || '|' || raised_sequence || '|' || kind || '|' || since "
                                + "|| '|' || COALESCE(closed_by, '-') FROM query.inspection_flag ORDER BY 1", String.class),
                        jdbc.queryForList("SELECT cooperation_id || '|' || entered_sequence || '|' || stage || '|' || entered_on "
                                + "|| '|' || COALESCE(CAST(left_on AS VARCHAR(10)), '-') || '|' || COALESCE(CAST(days AS VARCHAR(10)), '-') "
                                + "|| '|' || COALESCE(CAST(recorded_days AS VARCHAR(10)), '-') FROM query.inspection_stage_stay ORDER BY 1",
                                String.class),
                        jdbc.queryForList("SELECT cooperation_id || '|' || sequence_number || '|' || outcome || '|' || actor_id "
                                + "|| '|' || decided_on || '|' || recorded_at FROM query.inspection_decision ORDER BY 1", String.class))
                .flatMap(List::stream).toList();
    }

    private void awaitProjected(String id) {
        assertThat(query.get("/api/cooperations/" + id + "?minVersion=" + version(id)).status()).isEqualTo(200);
    }

    private long version(String id) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id);
    }

    private List<String> overdueIds() {
        return ids(OVERDUE);
    }

    private JsonNode overdueItem(String id) {
        for (JsonNode item : query.get(OVERDUE).json().path("items")) {
            if (item.path("cooperationId").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in the overdue report");
    }

    private List<String> ids(String path) {
        QueryApi.Answer answer = query.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("items").findValuesAsText("cooperationId");
    }

    private static void assertProblem(QueryApi.Answer answer, int status, String code, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
        }
    }
}
