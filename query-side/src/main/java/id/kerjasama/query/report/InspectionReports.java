package id.kerjasama.query.report;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.cooperation.CooperationDetail.RegionView;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.history.EventSummaries;
import id.kerjasama.query.inspection.FlagKind;
import id.kerjasama.query.inspection.InspectionFile;
import id.kerjasama.query.inspection.InspectionFile.Flag;
import id.kerjasama.query.inspection.InspectionStore;
import id.kerjasama.query.inspection.LabelRules;
import id.kerjasama.region.Region;
import id.kerjasama.region.RegionCode;
import id.kerjasama.region.RegionDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inspectors' reports over the inspection read model. Which cooperations a report covers is the caller's
 * business ({@link Selection}, built by the controller from the jurisdiction and the filters); what each figure
 * means is defined here and in docs/REPORTS.md.
 */
@Service
public class InspectionReports {

    private final InspectionStore store;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final int expiryWindowDays;

    InspectionReports(InspectionStore store, JdbcTemplate jdbc, Clock clock,
                      @Value("${kerjasama.time-zone:Asia/Jakarta}") ZoneId zone,
                      @Value("${kerjasama.reports.expiry-window-days:90}") int expiryWindowDays) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
        this.expiryWindowDays = expiryWindowDays;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- overdue: open flags per cooperation

    /** Who answers for a cooperation: its initiating unit, and its liaison officer or else the last staff member who acted. */
    public record Responsible(String unit, String person, String position, String basis) {

        static Responsible of(InspectionFile f) {
            if (f.liaisonOfficer != null) {
                return new Responsible(f.initiatingUnit, f.liaisonOfficer.name(), f.liaisonOfficer.position(), "LIAISON_OFFICER");
            }
            if (f.lastActor != null) {
                return new Responsible(f.initiatingUnit, f.lastActor.name() == null ? f.lastActor.id() : f.lastActor.name(),
                        f.lastActor.role() + " " + f.lastActor.region(), "LAST_ACTOR");
            }
            return new Responsible(f.initiatingUnit, null, null, null);
        }
    }

    public record OpenFlag(FlagKind kind, String termId, String labelEn, String about, String owner, LocalDate since,
                           long daysOpen, Instant raisedAt) {
    }

    public record OverdueCooperation(String cooperationId, String title, RegionView region, CooperationType type,
                                     Stage stage, Responsible responsible, LocalDate oldestSince, long longestDaysOpen,
                                     List<OpenFlag> flags) {
    }

    public Page<OverdueCooperation> overdue(Selection selection, List<FlagKind> kinds, int minDays, int page, int size) {
        LocalDate today = today();
        Selection open = selection.and("fl.closed_at IS NULL").and("fl.since <= ?", Date.valueOf(today.minusDays(minDays)))
                .in("fl.kind", kinds.stream().map(Enum::name).toList());
        String from = " FROM query.inspection_flag fl JOIN query.inspection_file f ON f.cooperation_id = fl.cooperation_id"
                + " WHERE " + open.sql();
        long total = jdbc.queryForObject("SELECT COUNT(DISTINCT fl.cooperation_id)" + from, Long.class, open.args().toArray());
        List<Object> pageArgs = new ArrayList<>(open.args());
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<String> ids = jdbc.queryForList("SELECT fl.cooperation_id" + from + " GROUP BY fl.cooperation_id "
                + "ORDER BY MIN(fl.since), fl.cooperation_id LIMIT ? OFFSET ?", String.class, pageArgs.toArray());
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, size, total);
        }
        Map<String, InspectionFile> files = new TreeMap<>();
        store.files("cooperation_id IN (" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")",
                new ArrayList<>(ids)).forEach(f -> files.put(f.id, f));
        List<OverdueCooperation> items = ids.stream().map(files::get).map(f -> {
            List<OpenFlag> flags = f.openFlags().stream()
                    .filter(flag -> kinds.isEmpty() || kinds.contains(flag.kind))
                    .filter(flag -> !flag.since.isAfter(today.minusDays(minDays)))
                    .sorted(Comparator.comparing((Flag flag) -> flag.since).thenComparing(flag -> flag.raisedSequence))
                    .map(flag -> new OpenFlag(flag.kind, flag.kind.term(), flag.kind.label(), flag.about, flag.owner,
                            flag.since, ChronoUnit.DAYS.between(flag.since, today), flag.raisedAt)).toList();
            return new OverdueCooperation(f.id, f.title, RegionView.of(RegionCode.of(f.regionCode)), f.type, f.stage,
                    Responsible.of(f), flags.get(0).since(), flags.get(0).daysOpen(), flags);
        }).toList();
        return Page.of(items, page, size, total);
    }

    // ---- compliance: figures per region

    /**
     * The completed stays in a stage and their median length in days: between the business days the cooperation
     * entered and left it ({@code medianDays}), and between the days those moves were recorded
     * ({@code medianRecordedDays}), which differ where letters and signings were recorded after the fact.
     */
    public record StageDays(Stage stage, String stageId, String stageEn, int stays, Double medianDays,
                            Double medianRecordedDays) {
    }

    public record ComplianceFigures(String regionCode, String regionName, int cooperations, int running, int active,
                                    int evaluationsMet, int evaluationsMissed, Double evaluationsOnTimeShare,
                                    int dormant, Double dormantShare, int expiringSoon, int openAuditFindings,
                                    int openFlags, List<StageDays> medianDaysPerStage) {
    }

    public record Compliance(String scope, LocalDate asOf, int expiryWindowDays, List<ComplianceFigures> regions,
                             ComplianceFigures total) {
    }

    /** A cooperation runs from the signing of its KB or NK to its end (InspectionFile.running). */
    private static final String RUNNING = "signed_on IS NOT NULL AND stage <> 'ENDED'";

    /** The counts of a region's files, summed in the database: one row per region, not one per cooperation. */
    private record Counts(int cooperations, int running, int active, int met, int missed, int dormant, int expiring,
                          int findings, int flags) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(cooperations + o.cooperations, running + o.running, active + o.active, met + o.met,
                    missed + o.missed, dormant + o.dormant, expiring + o.expiring, findings + o.findings, flags + o.flags);
        }
    }

    /**
     * How many completed stays in each stage lasted how many days, by business day and by recording day: what the
     * medians need, counted in the database, so that a report reads a few rows per stage and length rather than
     * every stay (the lengths are the projection's, query.inspection_stage_stay.days and recorded_days).
     */
    private static final class StayLengths {
        final Map<Stage, SortedMap<Long, Integer>> days = new EnumMap<>(Stage.class);
        final Map<Stage, SortedMap<Long, Integer>> recordedDays = new EnumMap<>(Stage.class);

        void add(Stage stage, long length, long recordedLength, int stays) {
            days.computeIfAbsent(stage, x -> new TreeMap<>()).merge(length, stays, Integer::sum);
            recordedDays.computeIfAbsent(stage, x -> new TreeMap<>()).merge(recordedLength, stays, Integer::sum);
        }

        void addAll(StayLengths other) {
            other.days.forEach((stage, counts) -> counts.forEach((length, n) ->
                    days.computeIfAbsent(stage, x -> new TreeMap<>()).merge(length, n, Integer::sum)));
            other.recordedDays.forEach((stage, counts) -> counts.forEach((length, n) ->
                    recordedDays.computeIfAbsent(stage, x -> new TreeMap<>()).merge(length, n, Integer::sum)));
        }
    }

    public Compliance compliance(String scope, Selection selection) {
        LocalDate today = today();
        List<Object> fileArgs = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today.plusDays(expiryWindowDays))));
        fileArgs.addAll(selection.args());
        Map<String, Counts> counts = new TreeMap<>();
        jdbc.query("SELECT region_code, COUNT(*), SUM(CASE WHEN " + RUNNING + " THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN stage = 'IMPLEMENTATION' THEN 1 ELSE 0 END), SUM(evaluations_met), "
                        + "SUM(evaluations_missed), SUM(CASE WHEN " + RUNNING + " AND dormant THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN " + RUNNING + " AND term_end >= ? AND term_end <= ? THEN 1 ELSE 0 END), "
                        + "SUM(open_findings), SUM(open_flags) FROM query.inspection_file f WHERE " + selection.sql()
                        + " GROUP BY region_code",
                (RowCallbackHandler) rs -> counts.put(rs.getString(1), new Counts(rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10))),
                fileArgs.toArray());
        Map<String, StayLengths> stays = new HashMap<>();
        jdbc.query("SELECT f.region_code, s.stage, s.days, s.recorded_days, COUNT(*) FROM query.inspection_stage_stay s "
                        + "JOIN query.inspection_file f ON f.cooperation_id = s.cooperation_id "
                        + "WHERE s.left_at IS NOT NULL AND " + selection.sql()
                        + " GROUP BY f.region_code, s.stage, s.days, s.recorded_days",
                (RowCallbackHandler) rs -> stays.computeIfAbsent(rs.getString(1), r -> new StayLengths())
                        .add(Stage.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getInt(5)),
                selection.args().toArray());
        Counts allCounts = Counts.NONE;
        StayLengths allStays = new StayLengths();
        List<ComplianceFigures> regions = new ArrayList<>();
        for (Map.Entry<String, Counts> region : counts.entrySet()) {
            StayLengths ofRegion = stays.getOrDefault(region.getKey(), new StayLengths());
            regions.add(figures(region.getKey(), region.getValue(), ofRegion));
            allCounts = allCounts.plus(region.getValue());
            allStays.addAll(ofRegion);
        }
        return new Compliance(scope, today, expiryWindowDays, regions, figures(null, allCounts, allStays));
    }

    private ComplianceFigures figures(String region, Counts c, StayLengths stays) {
        List<StageDays> medians = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.ENDED) {
                SortedMap<Long, Integer> days = stays.days.getOrDefault(stage, Collections.emptySortedMap());
                medians.add(new StageDays(stage, stage.term(), stage.label(),
                        days.values().stream().mapToInt(Integer::intValue).sum(), median(days),
                        median(stays.recordedDays.getOrDefault(stage, Collections.emptySortedMap()))));
            }
        }
        return new ComplianceFigures(region, region == null ? null : RegionView.of(RegionCode.of(region)).name(),
                c.cooperations(), c.running(), c.active(), c.met(), c.missed(), share(c.met(), c.met() + c.missed()),
                c.dormant(), share(c.dormant(), c.running()), c.expiring(), c.findings(), c.flags(), medians);
    }

    /** The median of values given with how often each occurs; the mean of the middle two of an even count. */
    static Double median(SortedMap<Long, Integer> counts) {
        int size = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (size == 0) {
            return null;
        }
        long lower = nth(counts, (size - 1) / 2);
        long upper = nth(counts, size / 2);
        return (lower + upper) / 2.0;
    }

    /** The value at rank {@code n} (from 0) of the values in order. */
    private static long nth(SortedMap<Long, Integer> counts, int n) {
        int seen = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            seen += e.getValue();
            if (n < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + n + " of " + seen);
    }

    static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    // ---- decisions: who did what

    public record DecisionActor(String id, String name, String role, String region) {
    }

    /** A decision: the day it was made ({@code decidedOn}, what the period filters on) and when it was recorded. */
    public record DecisionEntry(String cooperationId, String cooperationTitle, String regionCode, long sequenceNumber,
                                LocalDate decidedOn, Instant recordedAt, String type, String outcome,
                                DecisionActor actor, EventSummaries.Summary summary) {
    }

    public Page<DecisionEntry> decisions(Selection selection, String actor, String unit, String role, List<String> types,
                                  LocalDate from, LocalDate to, int page, int size) {
        Selection s = selection.in("d.event_type", types);
        s = actor == null ? s : s.and("d.actor_id = ?", actor);
        s = unit == null ? s : s.and("d.actor_region = ?", unit);
        s = role == null ? s : s.and("d.actor_role = ?", role);
        s = from == null ? s : s.and("d.decided_on >= ?", Date.valueOf(from));
        s = to == null ? s : s.and("d.decided_on <= ?", Date.valueOf(to));
        String sql = " FROM query.inspection_decision d JOIN query.inspection_file f ON f.cooperation_id = d.cooperation_id"
                + " WHERE " + s.sql();
        long total = jdbc.queryForObject("SELECT COUNT(*)" + sql, Long.class, s.args().toArray());
        List<Object> pageArgs = new ArrayList<>(s.args());
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<DecisionEntry> items = jdbc.query("SELECT d.cooperation_id, f.title, f.region_code, d.sequence_number, "
                        + "d.decided_on, d.recorded_at, d.event_type, d.outcome, d.actor_id, d.actor_name, d.actor_role, "
                        + "d.actor_region, d.summary_id, d.summary_en" + sql
                        + " ORDER BY d.decided_on, d.recorded_at, d.cooperation_id, d.sequence_number LIMIT ? OFFSET ?",
                (rs, n) -> new DecisionEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        new DecisionActor(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)),
                        new EventSummaries.Summary(rs.getString(13), rs.getString(14))), pageArgs.toArray());
        return Page.of(items, page, size, total);
    }

    // ---- label versus legal type

    public record LabelMismatchEntry(String cooperationId, String title, String reportedLabel, CooperationType type,
                                     PartnerKind partnerKind, String partnerName, RegionView region, Stage stage,
                                     List<LabelRules.Mismatch> mismatches) {
    }

    public Page<LabelMismatchEntry> labelMismatches(Selection selection, List<LabelRules.MismatchKind> kinds, int page, int size) {
        Selection s = selection.and("label_mismatches IS NOT NULL");
        if (!kinds.isEmpty()) {
            s = s.and("(" + String.join(" OR ", kinds.stream().map(k -> "label_mismatches LIKE ?").toList()) + ")",
                    kinds.stream().map(k -> "%" + k.name() + "%").toArray());
        }
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM query.inspection_file WHERE " + s.sql(), Long.class,
                s.args().toArray());
        List<Object> pageArgs = new ArrayList<>(s.args());
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<LabelMismatchEntry> items = jdbc.query("SELECT state FROM query.inspection_file WHERE " + s.sql()
                        + " ORDER BY region_code, cooperation_id LIMIT ? OFFSET ?",
                (rs, n) -> rs.getString(1), pageArgs.toArray()).stream().map(store::read).map(f ->
                new LabelMismatchEntry(f.id, f.title, f.reportedLabel, f.type, f.partnerKind, f.partnerName,
                        RegionView.of(RegionCode.of(f.regionCode)), f.stage, mismatchesOf(f).stream()
                        .filter(m -> kinds.isEmpty() || kinds.contains(m.kind())).toList())).toList();
        return Page.of(items, page, size, total);
    }

    static List<LabelRules.Mismatch> mismatchesOf(InspectionFile f) {
        return LabelRules.mismatches(f.type, f.partnerKind, f.reportedLabel,
                f.documents.values().stream().map(InspectionFile.DocumentEntry::kind).toList());
    }

    // ---- the periodic report of a regional head

    public record PeriodFigures(int initiated, int frameworksSigned, int ended, int flagsRaised, int flagsClosed,
                                int auditFindingsRecorded, int auditFindingsClosed, int decisions) {
    }

    /** One cooperation of the period: {@code signedOn} is the day its KB or NK was signed, {@code signingRecordedOn} the day that was recorded. */
    public record PeriodicLine(String cooperationId, String title, String partnerName, CooperationType type, Stage stage,
                               LocalDate signedOn, LocalDate signingRecordedOn, LocalDate termEnd, int flagsRaisedInPeriod, int openFlags,
                               int openAuditFindings) {
    }

    /**
     * Who signs the report and where: the head of the region by title (the bupati of a regency, the wali kota of a
     * city, the governor of a province), at the region's name; the name and NIP are left for the signatory to write.
     * Not named Signatory: the API description names its schemas by simple name, and that one is a document's.
     */
    public record SignatureBlock(String place, String titleId, String titleEn) {

        public static SignatureBlock of(RegionCode code) {
            Region region = RegionDirectory.standard().get(code);
            return switch (region.level()) {
                case PROVINCE -> new SignatureBlock(region.name(), "Gubernur " + region.name(), "Governor of " + region.name());
                case CITY -> {
                    String city = region.name().substring("Kota ".length());
                    yield new SignatureBlock(city, "Wali Kota " + city, "Mayor of " + city);
                }
                case REGENCY -> {
                    String regency = region.name().replaceFirst("^Kabupaten ", "");
                    yield new SignatureBlock(regency, "Bupati " + regency, "Regent of " + regency);
                }
            };
        }
    }

    public record PeriodicReport(RegionView region, String addresseeId, String addresseeEn, LocalDate from, LocalDate to,
                                 LocalDate preparedOn, PeriodFigures period, ComplianceFigures compliance,
                                 List<PeriodicLine> cooperations, SignatureBlock signatory) {
    }

    public PeriodicReport periodic(RegionCode region, LocalDate from, LocalDate to) {
        Selection ofRegion = Selection.all().and("region_code = ?", region.value());
        List<InspectionFile> files = store.files(ofRegion.sql(), ofRegion.args()).stream()
                .filter(f -> !began(f).isAfter(to) && (f.endedOn == null || !f.endedOn.isBefore(from)))
                .toList();
        int initiated = 0, signed = 0, ended = 0, raised = 0, closed = 0, findingsRecorded = 0, findingsClosed = 0;
        List<PeriodicLine> lines = new ArrayList<>();
        for (InspectionFile f : files) {
            initiated += within(day(f.initiatedAt), from, to) ? 1 : 0;
            signed += within(f.signedOn, from, to) ? 1 : 0;
            ended += within(f.endedOn, from, to) ? 1 : 0;
            int raisedHere = (int) f.flags.stream().filter(flag -> within(flag.since, from, to)).count();
            raised += raisedHere;
            closed += (int) f.flags.stream().filter(flag -> within(day(flag.closedAt), from, to)).count();
            findingsRecorded += (int) f.findings.stream().filter(x -> within(day(x.recordedAt), from, to)).count();
            findingsClosed += (int) f.findings.stream().filter(x -> within(day(x.closedAt), from, to)).count();
            lines.add(new PeriodicLine(f.id, f.title, f.partnerName, f.type, f.stage, f.signedOn, day(f.signingRecordedAt),
                    f.termEnd, raisedHere,
                    f.openFlags().size(), (int) f.openFindings()));
        }
        lines.sort(Comparator.comparing(PeriodicLine::title).thenComparing(PeriodicLine::cooperationId));
        long decisions = jdbc.queryForObject("SELECT COUNT(*) FROM query.inspection_decision d JOIN query.inspection_file f "
                        + "ON f.cooperation_id = d.cooperation_id WHERE f.region_code = ? AND d.decided_on >= ? AND d.decided_on <= ?",
                Long.class, region.value(), Date.valueOf(from), Date.valueOf(to));
        Compliance compliance = compliance(region.value(), ofRegion);
        RegionView view = RegionView.of(region);
        boolean province = region.isProvince();
        String provinceName = RegionView.of(region.provinceCode()).name();
        return new PeriodicReport(view, province ? "Menteri Dalam Negeri" : "Gubernur " + provinceName,
                province ? "the Minister of Home Affairs" : "the Governor of " + provinceName, from, to, today(),
                new PeriodFigures(initiated, signed, ended, raised, closed, findingsRecorded, findingsClosed, (int) decisions),
                compliance.regions().isEmpty() ? compliance.total() : compliance.regions().get(0), lines,
                SignatureBlock.of(region));
    }

    /** When a cooperation began: initiated, or for an agreement imported later, signed. */
    private LocalDate began(InspectionFile f) {
        LocalDate initiated = day(f.initiatedAt);
        return f.signedOn != null && f.signedOn.isBefore(initiated) ? f.signedOn : initiated;
    }

    private LocalDate day(Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
