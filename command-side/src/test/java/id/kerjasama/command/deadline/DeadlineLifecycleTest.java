package id.kerjasama.command.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.api.CommandApi;
import id.kerjasama.command.api.LamandauLifecycle;
import id.kerjasama.cooperation.event.AuditFindingRecorded;
import id.kerjasama.cooperation.event.CooperationExpired;
import id.kerjasama.cooperation.event.CooperationFlaggedDormant;
import id.kerjasama.cooperation.event.DormancyFlagAnswered;
import id.kerjasama.cooperation.event.EvaluationOverdue;
import id.kerjasama.cooperation.event.ExpiryApproaching;
import id.kerjasama.cooperation.event.FollowUpActionOverdue;
import io.micrometer.core.instrument.MeterRegistry;
import id.kerjasama.command.cooperation.Deadlines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static id.kerjasama.command.api.CommandApi.file;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines on the running application (H2, db-scheduler polling every 100 ms), with the clock moved through two
 * cooperations' lives: the Pangkalpinang KB imported and left alone, and Lamandau driven to implementation. Each
 * flag is stored as an event when its day begins, as the system acting for the region, once, and is answered
 * through the API; the end of the term expires a cooperation and leaves none of its deadlines behind.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:deadlines;DB_CLOSE_DELAY=-1",
        "db-scheduler.polling-interval=100ms"})
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
@DirtiesContext
public class DeadlineLifecycleTest {

    /** The Pangkalpinang–Poltekkes KB of the seed, signed on 25 April 2025, imported; its term is assumed. */
    public static final String PANGKALPINANG_KB = """
            {"type":"SYNERGY","reportedLabel":"Kesepakatan Bersama","initiatingRegion":"19.71",
             "initiatingUnit":"Pemerintah Kota Pangkalpinang",
             "partner":{"kind":"VERTICAL_AGENCY","name":"Poltekkes Kemenkes Pangkalpinang","parentInstitution":"Kementerian Kesehatan"},
             "affairs":["HEALTH","EDUCATION"],"kind":"KB","documentNumber":"(nomor tidak disebut dalam berita)",
             "content":{"title":"Sinergi peningkatan kualitas sumber daya manusia","scope":["Penyediaan tenaga ahli"],
               "commitments":[{"party":"REGION","rights":["Menerima tenaga ahli"],"obligations":["Menyediakan data"]}],
               "term":{"start":"2025-04-25","end":"2030-04-24"},"funding":{"sources":["APBD"],"inCurrentBudget":true}},
             "signatories":[
               {"party":"REGION","name":"M. Unu Ibnudin","position":"Penjabat Wali Kota Pangkalpinang","capacity":"ACTING_REGIONAL_HEAD"},
               {"party":"PARTNER","name":"Direktur Poltekkes","position":"Direktur","capacity":"PARTNER_REPRESENTATIVE"}],
             "signedOn":"2025-04-25","signedAt":"Smart Room Center, Kantor Wali Kota Pangkalpinang",
             "signedFile":%s,"sourceDocument":%s}""".formatted(file("kb.pdf", 'a'), file("berita.pdf", 'b'));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void flags_are_stored_when_their_day_begins_once_and_are_answered_through_the_api() throws Exception {
        MovableClockConfiguration.CLOCK.restartAt(LocalDate.of(2025, 4, 28));
        DeadlineRuns deadlines = new DeadlineRuns(jdbc, MovableClockConfiguration.CLOCK);
        CommandApi api = new CommandApi(mvc);
        api.as("bagian-kerja-sama-pangkalpinang", "SECRETARIAT", "19.71");
        CommandApi.Answer imported = api.post("/api/cooperations/imports", PANGKALPINANG_KB);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String pangkalpinang = imported.text("id");
        // Lamandau's story runs until its first activity on 1 August 2025, recorded that day: nothing is recorded ahead
        MovableClockConfiguration.CLOCK.moveTo(LocalDate.of(2025, 8, 1));
        LamandauLifecycle lamandau = new LamandauLifecycle(api).active();

        // Pangkalpinang's last day to draft a PKS is 25 October 2025 (signed on 25 April)
        deadlines.dayBegins(LocalDate.of(2025, 10, 25));
        assertThat(deadlines.events(pangkalpinang, CooperationFlaggedDormant.class)).isZero();
        deadlines.dayBegins(LocalDate.of(2025, 10, 26));
        assertThat(deadlines.events(pangkalpinang, CooperationFlaggedDormant.class)).isEqualTo(1);
        // operators see the firing too (kerjasama_deadlines_fired_total on the Prometheus scrape)
        assertThat(meters.counter("kerjasama.deadlines.fired", "deadline", Deadlines.IMPLEMENTING_AGREEMENT_DRAFTING).count())
                .isEqualTo(1);
        JsonNode flaggedBy = deadlines.metadataOfFirst(pangkalpinang, CooperationFlaggedDormant.class);
        assertThat(flaggedBy.path("actorId").asText()).isEqualTo("system");
        assertThat(flaggedBy.path("actorRole").asText()).isEqualTo("SYSTEM");
        assertThat(flaggedBy.path("actorRegion").asText()).isEqualTo("19.71");

        // Lamandau started on 1 July 2025 and was last active on 1 August: evaluation due by 1 January 2026
        deadlines.dayBegins(LocalDate.of(2026, 1, 2));
        assertThat(deadlines.events(lamandau.id(), EvaluationOverdue.class)).isEqualTo(1);
        assertThat(deadlines.events(lamandau.id(), CooperationFlaggedDormant.class)).isZero();

        lamandau.asOfficer();
        String evaluation = lamandau.step("record-evaluation", """
                {"kind":"SELF_REPORT","periodStart":"2025-07-01","periodEnd":"2025-12-31","recommendation":"CONTINUE",
                 "followUpActions":[{"description":"Tambah dokter jaga","owner":"RSUD","dueDate":"2026-03-31"}],
                 "summary":"Semester pertama"}""").text("evaluationId");
        deadlines.dayBegins(LocalDate.of(2026, 1, 20));
        lamandau.step("record-activity", "{\"date\":\"2026-01-20\",\"description\":\"Pemeriksaan berkala\",\"unit\":\"RSUD\"}");
        // the silence would have ended on 1 February; the activity of 20 January moves it to 20 July
        deadlines.dayBegins(LocalDate.of(2026, 2, 2));
        assertThat(deadlines.events(lamandau.id(), CooperationFlaggedDormant.class)).isZero();

        deadlines.dayBegins(LocalDate.of(2026, 3, 20));
        lamandau.step("complete-follow-up-action", "{\"evaluationId\":\"" + evaluation
                + "\",\"actionNumber\":1,\"completedOn\":\"2026-03-20\"}");
        deadlines.dayBegins(LocalDate.of(2026, 4, 1));
        assertThat(deadlines.events(lamandau.id(), FollowUpActionOverdue.class)).isZero();

        deadlines.dayBegins(LocalDate.of(2026, 7, 21));
        assertThat(deadlines.events(lamandau.id(), EvaluationOverdue.class)).isEqualTo(2);
        assertThat(deadlines.events(lamandau.id(), CooperationFlaggedDormant.class)).isEqualTo(1);

        String actionPlan = "[{\"description\":\"Jadwalkan layanan bulanan\",\"owner\":\"RSUD\",\"dueDate\":\"2026-09-30\"}]";
        lamandau.step("answer-dormancy-flag", "{\"reason\":\"NO_RECENT_ACTIVITY\",\"answer\":\"REVIVE\",\"actionPlan\":"
                + actionPlan + ",\"explanation\":\"Layanan dijadwalkan ulang\"}");
        api.as("bagian-kerja-sama-pangkalpinang", "SECRETARIAT", "19.71");
        CommandApi.Answer answered = api.send(pangkalpinang, "answer-dormancy-flag", "{\"reason\":\"NO_IMPLEMENTING_AGREEMENT\","
                + "\"answer\":\"AMEND\",\"explanation\":\"KB diubah menjadi Nota Kesepakatan dengan Rencana Kerja\"}");
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        assertThat(deadlines.events(pangkalpinang, DormancyFlagAnswered.class)).isEqualTo(1);
        api.as("inspektorat-lamandau", "INSPECTOR", "62.09");
        CommandApi.Answer finding = api.send(lamandau.id(), "record-audit-finding",
                "{\"severity\":\"LOW\",\"description\":\"Evaluasi semester kedua terlambat\",\"eventSequenceNumbers\":[0]}");
        assertThat(finding.status()).as(finding.body().toString()).isEqualTo(200);
        assertThat(finding.text("findingId")).isNotBlank();
        assertThat(deadlines.events(lamandau.id(), AuditFindingRecorded.class)).isEqualTo(1);

        // unanswered again six months after the answers (21 January 2027 was the last day)
        deadlines.dayBegins(LocalDate.of(2027, 1, 22));
        assertThat(deadlines.events(pangkalpinang, CooperationFlaggedDormant.class)).isEqualTo(2);
        assertThat(deadlines.events(lamandau.id(), CooperationFlaggedDormant.class)).isEqualTo(2);
        assertThat(deadlines.events(lamandau.id(), EvaluationOverdue.class)).isEqualTo(2);

        // Lamandau's KB runs until 31 May 2028: reminded 90 days before its end, expired when it is over
        deadlines.dayBegins(LocalDate.of(2028, 3, 3));
        assertThat(deadlines.events(lamandau.id(), ExpiryApproaching.class)).isEqualTo(1);
        deadlines.dayBegins(LocalDate.of(2028, 6, 1));
        assertThat(deadlines.events(lamandau.id(), CooperationExpired.class)).isEqualTo(1);
        // left: Pangkalpinang's reminder and the end of its term
        assertThat(deadlines.pending()).isEqualTo(2);
        assertThat(deadlines.recorded()).isEqualTo(2);

        deadlines.dayBegins(LocalDate.of(2030, 1, 25));
        deadlines.dayBegins(LocalDate.of(2030, 4, 25));
        assertThat(deadlines.events(pangkalpinang, ExpiryApproaching.class)).isEqualTo(1);
        assertThat(deadlines.events(pangkalpinang, CooperationExpired.class)).isEqualTo(1);
        assertThat(deadlines.events(pangkalpinang, CooperationFlaggedDormant.class)).isEqualTo(2);
        assertThat(deadlines.events(lamandau.id(), CooperationFlaggedDormant.class)).isEqualTo(2);
        assertThat(deadlines.pending()).isZero();
        assertThat(deadlines.recorded()).isZero();
    }
}
