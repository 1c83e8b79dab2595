package id.kerjasama.query.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.inspection.InspectionFold.Decision;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The inspection read model in SQL: one file per cooperation, its flags, its stays in each stage, its decisions. */
@Repository
public class InspectionStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    InspectionStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The files matching a condition on query.inspection_file's columns. */
    public List<InspectionFile> files(String where, List<Object> args) {
        return jdbc.query("SELECT state FROM query.inspection_file WHERE " + where + " ORDER BY cooperation_id",
                (rs, n) -> read(rs.getString(1)), args.toArray());
    }

    /**
     * A file as loaded, with its flag and stay rows as stored (none for a file not stored yet), so that a batch
     * rewrites those rows only when they changed: most events change neither, and rewriting them was most of the
     * rebuild's row traffic.
     */
    record Loaded(InspectionFile file, boolean exists, List<List<Object>> storedFlags, List<List<Object>> storedStays) {

        static Loaded of(InspectionFile file) {
            return new Loaded(file, true, flagRows(file), stayRows(file));
        }

        static Loaded created() {
            return new Loaded(new InspectionFile(), false, List.of(), List.of());
        }
    }

    /** A file to write, and the decisions it recorded since it was loaded. */
    record Save(Loaded loaded, List<Decision> newDecisions) {
    }

    /** The stored files of these cooperations, in one statement; those not stored yet are absent from the map. */
    Map<String, Loaded> findAll(Collection<String> ids) {
        Map<String, Loaded> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(ProjectionBatch.withIds(
                            "SELECT cooperation_id, state FROM query.inspection_file WHERE cooperation_id = ANY (?)", ids),
                    (RowCallbackHandler) rs -> found.put(rs.getString(1), Loaded.of(read(rs.getString(2)))));
        }
        return found;
    }

    /**
     * Writes these files and what is derived from them with a handful of JDBC batches, however many there are (see
     * {@link ProjectionBatch}); a file's flags and stays are replaced whole when they changed, its decisions only ever
     * added.
     */
    void saveAll(List<Save> saves) {
        List<Object[]> inserted = new ArrayList<>();
        List<Object[]> updated = new ArrayList<>();
        List<Object[]> flags = new ArrayList<>();
        List<Object[]> stays = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        List<String> rewrittenFlags = new ArrayList<>();
        List<String> rewrittenStays = new ArrayList<>();
        for (Save save : saves) {
            Loaded loaded = save.loaded();
            InspectionFile f = loaded.file();
            (loaded.exists() ? updated : inserted).add(columns(f));
            List<List<Object>> fileFlags = flagRows(f);
            if (!fileFlags.equals(loaded.storedFlags())) {
                if (!loaded.storedFlags().isEmpty()) {
                    rewrittenFlags.add(f.id);
                }
                fileFlags.forEach(row -> flags.add(row.toArray()));
            }
            List<List<Object>> fileStays = stayRows(f);
            if (!fileStays.equals(loaded.storedStays())) {
                if (!loaded.storedStays().isEmpty()) {
                    rewrittenStays.add(f.id);
                }
                fileStays.forEach(row -> stays.add(row.toArray()));
            }
            save.newDecisions().forEach(d -> decisions.add(new Object[]{f.id, d.sequenceNumber(), date(d.decidedOn()),
                    time(d.recordedAt()),
                    d.type(), d.outcome(), d.actorId(), d.actorName(), d.actorRole(), d.actorRegion(), d.summaryId(),
                    d.summaryEn()}));
        }
        ProjectionBatch.batch(jdbc, "INSERT INTO query.inspection_file (version, type, stage, title, reported_label, "
                + "region_code, province_code, partner_region_code, partner_kind, signed_on, term_end, initiated_at, "
                + "ended_at, evaluations_met, evaluations_missed, dormant, open_flags, open_findings, label_mismatches, "
                + "state, cooperation_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", inserted);
        ProjectionBatch.batch(jdbc, "UPDATE query.inspection_file SET version = ?, type = ?, stage = ?, title = ?, "
                + "reported_label = ?, region_code = ?, province_code = ?, partner_region_code = ?, partner_kind = ?, "
                + "signed_on = ?, term_end = ?, initiated_at = ?, ended_at = ?, evaluations_met = ?, "
                + "evaluations_missed = ?, dormant = ?, open_flags = ?, open_findings = ?, label_mismatches = ?, "
                + "state = ? WHERE cooperation_id = ?", updated);
        ProjectionBatch.deleteOfCooperations(jdbc, "query.inspection_flag", rewrittenFlags);
        ProjectionBatch.deleteOfCooperations(jdbc, "query.inspection_stage_stay", rewrittenStays);
        ProjectionBatch.batch(jdbc, "INSERT INTO query.inspection_flag (cooperation_id, raised_sequence, kind, about, "
                + "owner, since, raised_at, closed_at, closed_by) VALUES (?,?,?,?,?,?,?,?,?)", flags);
        ProjectionBatch.batch(jdbc, "INSERT INTO query.inspection_stage_stay (cooperation_id, entered_sequence, stage, "
                + "entered_at, entered_on, left_at, left_on, days, recorded_days) VALUES (?,?,?,?,?,?,?,?,?)", stays);
        ProjectionBatch.batch(jdbc, "INSERT INTO query.inspection_decision (cooperation_id, sequence_number, "
                + "decided_on, recorded_at, event_type, outcome, actor_id, actor_name, actor_role, actor_region, "
                + "summary_id, summary_en) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", decisions);
    }

    private static List<List<Object>> flagRows(InspectionFile f) {
        return f.flags.stream().map(flag -> Arrays.<Object>asList(f.id, flag.raisedSequence, flag.kind.name(),
                flag.about, flag.owner, date(flag.since), time(flag.raisedAt), time(flag.closedAt), flag.closedBy)).toList();
    }

    private static List<List<Object>> stayRows(InspectionFile f) {
        return f.stays.stream().map(stay -> Arrays.<Object>asList(f.id, stay.enteredSequence, stay.stage.name(),
                time(stay.enteredAt), date(stay.enteredOn), time(stay.leftAt), date(stay.leftOn), stay.days(),
                stay.recordedDays())).toList();
    }

    /** The file's columns in the order of both the INSERT and the UPDATE, its id last. */
    private Object[] columns(InspectionFile f) {
        String mismatches = LabelRules.mismatches(f.type, f.partnerKind, f.reportedLabel,
                        f.documents.values().stream().map(InspectionFile.DocumentEntry::kind).toList()).stream()
                .map(m -> m.kind().name()).distinct().collect(Collectors.joining(","));
        return new Object[]{f.version, f.type.name(), f.stage.name(), f.title, f.reportedLabel, f.regionCode,
                RegionCode.of(f.regionCode).provinceCode().value(), f.partnerRegionCode, f.partnerKind.name(),
                date(f.signedOn), date(f.termEnd), time(f.initiatedAt), time(f.endedAt), f.evaluationsMet,
                f.evaluationsMissed, f.dormant(), f.openFlags().size(), (int) f.openFindings(),
                mismatches.isEmpty() ? null : mismatches, write(f), f.id};
    }

    /** Empties the inspection read model, before a rebuild replays the event store into it. */
    void deleteAll() {
        jdbc.update("DELETE FROM query.inspection_decision");
        jdbc.update("DELETE FROM query.inspection_stage_stay");
        jdbc.update("DELETE FROM query.inspection_flag");
        jdbc.update("DELETE FROM query.inspection_file");
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Timestamp time(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    public InspectionFile read(String state) {
        try {
            return json.readValue(state, InspectionFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable inspection read model", e);
        }
    }

    private String write(InspectionFile file) {
        try {
            return json.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Inspection read model cannot be written", e);
        }
    }
}
