package id.kerjasama.query.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.command.deadline.MovableClockConfiguration;
import id.kerjasama.command.security.DemoUser;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.endtoend.InspectionDataSet.Story;
import id.kerjasama.query.endtoend.InspectionDataSet.TrueDecision;
import id.kerjasama.query.endtoend.InspectionDataSet.TrueFlag;
import id.kerjasama.region.RegionCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static id.kerjasama.query.endtoend.InspectionDataSet.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 1,200 generated cooperations (deterministic seed), appended to the event store as the command side would have
 * stored them, then every inspectors' report compared with what the generator knows to be true of its stories,
 * computed here directly: never with the query side's own functions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jmx.enabled=false", "server.shutdown=immediate", "kerjasama.db-pool-size=5"})
@Import(MovableClockConfiguration.class)
abstract class InspectionDataSetTest extends EndToEndTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final InspectionDataSet DATA = new InspectionDataSet(20251026L, 1200);
    private static final Set<String> LOADED = new HashSet<>();

    @BeforeEach
    void loadOnce() throws InterruptedException {
        MovableClockConfiguration.CLOCK.restartAt(TODAY);
        if (!LOADED.add(databaseUrl())) {
            return;
        }
        EventStorageEngine engine = CommandSide.bean(databaseUrl(), EventStorageEngine.class);
        List<DomainEventMessage<?>> chunk = new ArrayList<>();
        for (Story story : DATA.stories) {
            chunk.addAll(story.events);
            if (chunk.size() > 500) {
                engine.appendEvents(chunk);
                chunk.clear();
            }
        }
        engine.appendEvents(chunk);
        long events = DATA.stories.stream().mapToLong(s -> s.events.size()).sum();
        for (int i = 0; i < 1200; i++) {
            Long behind = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT aggregate_identifier, MAX(sequence_number) AS v "
                    + "FROM domain_event_entry GROUP BY aggregate_identifier) e LEFT JOIN query.inspection_file f "
                    + "ON f.cooperation_id = e.aggregate_identifier WHERE f.version IS NULL OR f.version < e.v", Long.class);
            if (behind == 0) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the inspection read model did not catch up with the generated data set");
    }

    @Test
    void the_data_set_is_large_and_varied_enough_to_mean_something() {
        assertThat(DATA.stories).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(DATA.stories.stream().map(s -> s.stage).collect(Collectors.toSet())).containsAll(List.of(Stage.values()));
        assertThat(DATA.stories.stream().flatMap(s -> s.flags.stream()).map(f -> f.kind).collect(Collectors.toSet())).hasSize(6);
        assertThat(DATA.stories.stream().filter(s -> s.flags.stream().anyMatch(f -> f.closedAt == null)).count()).isGreaterThan(100);
        assertThat(DATA.stories.stream().filter(s -> !s.findings.isEmpty()).count()).isGreaterThan(100);
        assertThat(DATA.stories.stream().filter(s -> !s.expectedMismatches.isEmpty()).count()).isGreaterThan(100);
        // letters and signings recorded days after they are dated, and agreements imported long after their signing
        assertThat(DATA.stories.stream().flatMap(s -> s.decisions.stream()).filter(d -> !d.on().equals(day(d.at()))).count())
                .isGreaterThan(1000);
        assertThat(DATA.stories.stream().flatMap(s -> s.stays.stream())
                .filter(stay -> stay.left != null && !stay.leftOn.equals(day(stay.left))).count()).isGreaterThan(500);
    }

    @Test
    void both_read_models_agree_on_every_stage() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM query.inspection_file f JOIN query.cooperation c "
                + "ON c.id = f.cooperation_id WHERE c.stage <> f.stage OR c.version <> f.version", Long.class)).isZero();
        Map<String, String> stages = new TreeMap<>();
        jdbc.query("SELECT cooperation_id, stage FROM query.inspection_file", rs -> {
            stages.put(rs.getString(1), rs.getString(2));
        });
        DATA.stories.forEach(s -> assertThat(stages.get(s.id)).as(s.id).isEqualTo(s.stage.name()));
    }

    @Test
    void the_overdue_report_lists_every_open_flag_with_since_days_open_and_who_answers() {
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        Map<String, JsonNode> items = all("/api/reports/overdue?size=200");
        Map<String, List<String>> expected = new TreeMap<>();
        for (Story s : DATA.stories) {
            List<String> open = s.flags.stream().filter(f -> f.closedAt == null)
                    .sorted(Comparator.comparing((TrueFlag f) -> f.since))
                    .map(f -> f.kind + "|" + f.since + "|" + ChronoUnit.DAYS.between(f.since, TODAY) + "|" + f.owner).toList();
            if (!open.isEmpty()) {
                expected.put(s.id, open);
            }
        }
        assertThat(items.keySet()).isEqualTo(expected.keySet());
        for (Story s : DATA.stories) {
            JsonNode item = items.get(s.id);
            if (item == null) {
                continue;
            }
            List<String> actual = new ArrayList<>();
            item.path("flags").forEach(f -> actual.add(f.path("kind").asText() + "|" + f.path("since").asText() + "|"
                    + f.path("daysOpen").asLong() + "|" + (f.path("owner").isNull() ? "null" : f.path("owner").asText())));
            assertThat(actual).as(s.id).containsExactlyInAnyOrderElementsOf(expected.get(s.id));
            assertThat(item.path("responsible").path("unit").asText()).isEqualTo(s.unit);
            assertThat(item.path("responsible").path("person").asText()).isEqualTo(s.responsiblePerson());
            assertThat(item.path("region").path("code").asText()).isEqualTo(s.region);
        }
        // longest open first
        List<String> order = new ArrayList<>();
        query.get("/api/reports/overdue?size=200").json().path("items").forEach(i -> order.add(i.path("oldestSince").asText()));
        assertThat(order).isSorted();

        // a province's supervisor sees the cooperations of its regions, as a party
        query.as(token(DemoUser.KALTENG_PENGAWAS));
        assertThat(all("/api/reports/overdue?size=200").keySet()).isEqualTo(ids(expected.keySet(), s -> inProvince(s, "62")));
        // a regional inspectorate its region's; filters narrow further
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        assertThat(all("/api/reports/overdue?size=200").keySet()).isEqualTo(ids(expected.keySet(),
                s -> s.region.equals("62.09") || "62.09".equals(s.partnerRegion)));
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        Set<String> dormantLong = new TreeSet<>();
        DATA.stories.stream().filter(s -> s.region.startsWith("64.") || "64".equals(s.region)).forEach(s -> s.flags.stream()
                .filter(f -> f.closedAt == null && f.kind.equals("DORMANT") && ChronoUnit.DAYS.between(f.since, TODAY) >= 365)
                .findAny().ifPresent(f -> dormantLong.add(s.id)));
        assertThat(all("/api/reports/overdue?province=64&kind=DORMANT&minDays=365&size=200").keySet()).isEqualTo(dormantLong);
    }

    @Test
    void the_compliance_figures_of_every_region_and_of_the_whole_country_are_right() {
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        JsonNode compliance = query.get("/api/reports/compliance").json();
        assertThat(compliance.path("asOf").asText()).isEqualTo(TODAY.toString());
        Map<String, List<Story>> byRegion = DATA.stories.stream().collect(Collectors.groupingBy(s -> s.region, TreeMap::new,
                Collectors.toList()));
        List<String> regions = new ArrayList<>();
        compliance.path("regions").forEach(r -> regions.add(r.path("regionCode").asText()));
        assertThat(regions).containsExactlyElementsOf(byRegion.keySet());
        compliance.path("regions").forEach(r -> assertFigures(r, byRegion.get(r.path("regionCode").asText())));
        assertFigures(compliance.path("total"), DATA.stories);

        query.as(token(DemoUser.KALTENG_PENGAWAS));
        JsonNode province = query.get("/api/reports/compliance?province=62").json();
        assertFigures(province.path("total"), DATA.stories.stream().filter(s -> s.region.equals("62") || s.region.startsWith("62.")).toList());
        JsonNode lamandau = query.get("/api/reports/compliance?region=62.09").json();
        assertFigures(lamandau.path("total"), byRegion.get("62.09"));
        assertThat(query.get("/api/reports/compliance?region=64.01").status()).isEqualTo(403);
    }

    private static void assertFigures(JsonNode actual, List<Story> stories) {
        int running = 0, active = 0, met = 0, missed = 0, dormant = 0, expiring = 0, findings = 0, flags = 0;
        Map<String, List<Long>> stays = new TreeMap<>();
        Map<String, List<Long>> recordedStays = new TreeMap<>();
        for (Story s : stories) {
            boolean isRunning = s.signedOn != null && s.stage != Stage.ENDED;
            running += isRunning ? 1 : 0;
            active += s.stage == Stage.IMPLEMENTATION ? 1 : 0;
            met += s.evaluationsMet;
            missed += s.evaluationsMissed;
            dormant += isRunning && s.flags.stream().anyMatch(f -> f.closedAt == null && f.kind.equals("DORMANT")) ? 1 : 0;
            expiring += isRunning && !s.termEnd.isBefore(TODAY) && !s.termEnd.isAfter(TODAY.plusDays(90)) ? 1 : 0;
            findings += (int) s.findings.stream().filter(f -> f[1] == null).count();
            flags += (int) s.flags.stream().filter(f -> f.closedAt == null).count();
            s.stays.stream().filter(stay -> stay.left != null).forEach(stay -> {
                stays.computeIfAbsent(stay.stage.name(), x -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(stay.enteredOn, stay.leftOn));
                recordedStays.computeIfAbsent(stay.stage.name(), x -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(day(stay.entered), day(stay.left)));
            });
        }
        String where = actual.path("regionCode").asText("total");
        assertThat(actual.path("cooperations").asInt()).as(where).isEqualTo(stories.size());
        assertThat(actual.path("running").asInt()).as(where).isEqualTo(running);
        assertThat(actual.path("active").asInt()).as(where).isEqualTo(active);
        assertThat(actual.path("evaluationsMet").asInt()).as(where).isEqualTo(met);
        assertThat(actual.path("evaluationsMissed").asInt()).as(where).isEqualTo(missed);
        assertShare(actual.path("evaluationsOnTimeShare"), met, met + missed, where);
        assertThat(actual.path("dormant").asInt()).as(where).isEqualTo(dormant);
        assertShare(actual.path("dormantShare"), dormant, running, where);
        assertThat(actual.path("expiringSoon").asInt()).as(where).isEqualTo(expiring);
        assertThat(actual.path("openAuditFindings").asInt()).as(where).isEqualTo(findings);
        assertThat(actual.path("openFlags").asInt()).as(where).isEqualTo(flags);
        actual.path("medianDaysPerStage").forEach(stage -> {
            String name = stage.path("stage").asText();
            assertThat(stage.path("stays").asInt()).as(where + " " + stage)
                    .isEqualTo(stays.getOrDefault(name, List.of()).size());
            assertMedian(stage.path("medianDays"), stays.getOrDefault(name, List.of()), where + " " + stage);
            assertMedian(stage.path("medianRecordedDays"), recordedStays.getOrDefault(name, List.of()), where + " " + stage);
        });
    }

    private static void assertMedian(JsonNode actual, List<Long> values, String where) {
        List<Long> days = values.stream().sorted().toList();
        if (days.isEmpty()) {
            assertThat(actual.isNull()).as(where).isTrue();
        } else {
            double median = days.size() % 2 == 1 ? days.get(days.size() / 2)
                    : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
            assertThat(actual.asDouble()).as(where).isEqualTo(median);
        }
    }

    private static void assertShare(JsonNode actual, int part, int whole, String where) {
        if (whole == 0) {
            assertThat(actual.isNull()).as(where).isTrue();
        } else {
            assertThat(actual.asDouble()).as(where).isCloseTo((double) part / whole, within(1e-9));
        }
    }

    @Test
    void the_decisions_of_an_actor_and_of_a_unit_in_a_period_are_all_there_in_order() {
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        assertThat(decisions("/api/reports/decisions?actor=tkksd-62.09&size=200"))
                .containsExactlyElementsOf(expectedDecisions(d -> d.actor().id().equals("tkksd-62.09")));
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        assertThat(decisions("/api/reports/decisions?unit=62.09&role=SECRETARIAT&from=" + from + "&to=" + to + "&size=200"))
                .containsExactlyElementsOf(expectedDecisions(d -> d.actor().region().equals("62.09")
                        && d.actor().role().equals("SECRETARIAT") && !d.on().isBefore(from) && !d.on().isAfter(to)));
        List<String> approvals = decisions("/api/reports/decisions?unit=64&type=AgreementSigned,DraftApproved&size=200");
        assertThat(approvals).containsExactlyElementsOf(expectedDecisions(d -> d.actor().region().equals("64")
                && (d.type().equals("AgreementSigned") || d.type().equals("DraftApproved"))));
        assertThat(approvals).isNotEmpty();
    }

    private List<String> decisions(String path) {
        List<String> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = query.get(path + "&page=" + page).json();
            answer.path("items").forEach(d -> found.add(d.path("cooperationId").asText() + "#" + d.path("sequenceNumber").asLong()));
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return found;
            }
        }
    }

    private static List<String> expectedDecisions(Predicate<TrueDecision> which) {
        record Keyed(String cooperation, TrueDecision decision) {
        }
        return DATA.stories.stream().flatMap(s -> s.decisions.stream().map(d -> new Keyed(s.id, d)))
                .filter(k -> which.test(k.decision()))
                .sorted(Comparator.comparing((Keyed k) -> k.decision().on()).thenComparing(k -> k.decision().at())
                        .thenComparing(Keyed::cooperation).thenComparing(k -> k.decision().sequence()))
                .map(k -> k.cooperation() + "#" + k.decision().sequence()).toList();
    }

    @Test
    void the_label_mismatches_are_exactly_those_the_generator_put_in() {
        query.as(token(DemoUser.KEMENDAGRI_PENGAWAS));
        Map<String, JsonNode> items = all("/api/reports/label-mismatches?size=200");
        Map<String, Set<String>> actual = new TreeMap<>();
        items.forEach((id, item) -> {
            Set<String> kinds = new TreeSet<>();
            item.path("mismatches").forEach(m -> kinds.add(m.path("kind").asText()));
            actual.put(id, kinds);
        });
        Map<String, Set<String>> expected = new TreeMap<>();
        DATA.stories.stream().filter(s -> !s.expectedMismatches.isEmpty())
                .forEach(s -> expected.put(s.id, new TreeSet<>(s.expectedMismatches)));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void the_periodic_report_of_a_region_counts_its_period_and_exports_as_csv_and_pdf() throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        query.as(token(DemoUser.LAMANDAU_INSPEKTORAT));
        String path = "/api/reports/periodic?region=62.09&from=" + from + "&to=" + to;
        JsonNode report = query.get(path).json();
        List<Story> region = DATA.stories.stream().filter(s -> s.region.equals("62.09")).toList();
        // a cooperation began when it was initiated, or, imported later, when it was signed
        List<Story> reported = region.stream().filter(s -> !(s.signedOn != null && s.signedOn.isBefore(day(s.initiatedAt))
                        ? s.signedOn : day(s.initiatedAt)).isAfter(to)
                && (s.endedOn == null || !s.endedOn.isBefore(from))).toList();
        Predicate<Instant> inPeriod = at -> at != null && !day(at).isBefore(from) && !day(at).isAfter(to);
        Predicate<LocalDate> onDay = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
        JsonNode period = report.path("period");
        assertThat(report.path("addresseeId").asText()).isEqualTo("Gubernur Kalimantan Tengah");
        assertThat(period.path("initiated").asLong()).isEqualTo(reported.stream().filter(s -> inPeriod.test(s.initiatedAt)).count());
        assertThat(period.path("frameworksSigned").asLong()).isEqualTo(reported.stream().filter(s -> onDay.test(s.signedOn)).count());
        assertThat(period.path("ended").asLong()).isEqualTo(reported.stream().filter(s -> onDay.test(s.endedOn)).count());
        assertThat(period.path("flagsRaised").asLong()).isEqualTo(reported.stream().flatMap(s -> s.flags.stream()).filter(f -> onDay.test(f.since)).count());
        assertThat(period.path("flagsClosed").asLong()).isEqualTo(reported.stream().flatMap(s -> s.flags.stream()).filter(f -> inPeriod.test(f.closedAt)).count());
        assertThat(period.path("auditFindingsRecorded").asLong()).isEqualTo(reported.stream().flatMap(s -> s.findings.stream()).filter(f -> inPeriod.test(f[0])).count());
        assertThat(period.path("auditFindingsClosed").asLong()).isEqualTo(reported.stream().flatMap(s -> s.findings.stream()).filter(f -> inPeriod.test(f[1])).count());
        assertThat(period.path("decisions").asLong()).isEqualTo(region.stream().flatMap(s -> s.decisions.stream()).filter(d -> onDay.test(d.on())).count());
        assertThat(report.path("cooperations")).hasSize(reported.size());
        Map<String, Story> byId = reported.stream().collect(Collectors.toMap(s -> s.id, s -> s));
        report.path("cooperations").forEach(line -> {
            Story s = byId.get(line.path("cooperationId").asText());
            assertThat(line.path("signedOn").asText(null)).as(s.id).isEqualTo(s.signedOn == null ? null : s.signedOn.toString());
            assertThat(line.path("signingRecordedOn").asText(null)).as(s.id)
                    .isEqualTo(s.signingRecordedOn == null ? null : s.signingRecordedOn.toString());
        });
        assertThat(report.path("compliance").path("cooperations").asInt()).isEqualTo(region.size());

        QueryApi.Answer csv = query.get(path + "&format=csv");
        assertThat(csv.response().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).contains("Periodic report on regional cooperation", "Kabupaten Lamandau", "Evaluations on time");
        assertThat(csv.body().lines().filter(line -> line.contains("\"" + reported.get(0).id + "\""))).hasSize(1);
        assertThat(csv.body().lines().count()).isEqualTo(6 + 1 + PeriodicFigureRows.count(report) + 1 + 1 + reported.size());

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "&format=pdf"))
                .header("Authorization", "Bearer " + token(DemoUser.LAMANDAU_INSPEKTORAT)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Periodic Report on Regional Cooperation", "Kabupaten Lamandau", "Gubernur Kalimantan Tengah",
                    "Evaluations on time");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
    }

    /** How many figure rows the CSV has: eight for the period, six as of today, one per stage with stays. */
    private static final class PeriodicFigureRows {
        static long count(JsonNode report) {
            long stages = 0;
            for (JsonNode stage : report.path("compliance").path("medianDaysPerStage")) {
                stages += stage.path("stays").asInt() > 0 ? 1 : 0;
            }
            return 8 + 6 + stages;
        }
    }

    private Map<String, JsonNode> all(String path) {
        Map<String, JsonNode> items = new TreeMap<>();
        for (int page = 0; ; page++) {
            QueryApi.Answer answer = query.get(path + "&page=" + page);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().path("items").forEach(item -> items.put(item.path("cooperationId").asText(), item));
            if (page + 1 >= answer.json().path("totalPages").asInt()) {
                return items;
            }
        }
    }

    private static Set<String> ids(Set<String> among, Predicate<Story> which) {
        return DATA.stories.stream().filter(s -> among.contains(s.id)).filter(which).map(s -> s.id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean inProvince(Story s, String province) {
        return RegionCode.of(s.region).provinceCode().value().equals(province)
                || s.partnerRegion != null && RegionCode.of(s.partnerRegion).provinceCode().value().equals(province);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(WIB).toLocalDate();
    }
}
