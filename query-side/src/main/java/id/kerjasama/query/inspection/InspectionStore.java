package id.kerjasama.query.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.query.inspection.InspectionFold.Decision;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The inspection read model in SQL: one file per cooperation, its flags, its stays in each stage, its decisions. */
@Repository
class InspectionStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    InspectionStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<InspectionFile> find(String cooperationId) {
        return jdbc.query("SELECT state FROM query.inspection_file WHERE cooperation_id = ?",
                (rs, n) -> read(rs.getString(1)), cooperationId).stream().findFirst();
    }

    /** The files matching a condition on query.inspection_file's columns. */
    List<InspectionFile> files(String where, List<Object> args) {
        return jdbc.query("SELECT state FROM query.inspection_file WHERE " + where + " ORDER BY cooperation_id",
                (rs, n) -> read(rs.getString(1)), args.toArray());
    }

    /** Writes the file and what is derived from it, plus the decisions it recorded since it was last written. */
    void save(InspectionFile f, boolean isNew, List<Decision> newDecisions) {
        String mismatches = LabelRules.mismatches(f.type, f.partnerKind, f.reportedLabel,
                        f.documents.values().stream().map(InspectionFile.DocumentEntry::kind).toList()).stream()
                .map(m -> m.kind().name()).distinct().collect(Collectors.joining(","));
        Object[] columns = {f.version, f.type.name(), f.stage.name(), f.title, f.reportedLabel, f.regionCode,
                RegionCode.of(f.regionCode).provinceCode().value(), f.partnerRegionCode, f.partnerKind.name(),
                date(f.signedOn), date(f.termEnd), time(f.initiatedAt), time(f.endedAt), f.evaluationsMet,
                f.evaluationsMissed, f.dormant(), f.openFlags().size(), (int) f.openFindings(),
                mismatches.isEmpty() ? null : mismatches, write(f), f.id};
        if (isNew) {
            jdbc.update("INSERT INTO query.inspection_file (version, type, stage, title, reported_label, region_code, "
                    + "province_code, partner_region_code, partner_kind, signed_on, term_end, initiated_at, ended_at, "
                    + "evaluations_met, evaluations_missed, dormant, open_flags, open_findings, label_mismatches, state, "
                    + "cooperation_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", columns);
        } else {
            jdbc.update("UPDATE query.inspection_file SET version = ?, type = ?, stage = ?, title = ?, reported_label = ?, "
                    + "region_code = ?, province_code = ?, partner_region_code = ?, partner_kind = ?, signed_on = ?, "
                    + "term_end = ?, initiated_at = ?, ended_at = ?, evaluations_met = ?, evaluations_missed = ?, "
                    + "dormant = ?, open_flags = ?, open_findings = ?, label_mismatches = ?, state = ? "
                    + "WHERE cooperation_id = ?", columns);
            jdbc.update("DELETE FROM query.inspection_flag WHERE cooperation_id = ?", f.id);
            jdbc.update("DELETE FROM query.inspection_stage_stay WHERE cooperation_id = ?", f.id);
        }
        jdbc.batchUpdate("INSERT INTO query.inspection_flag (cooperation_id, raised_sequence, kind, about, owner, since, "
                        + "raised_at, closed_at, closed_by) VALUES (?,?,?,?,?,?,?,?,?)",
                f.flags.stream().map(flag -> new Object[]{f.id, flag.raisedSequence, flag.kind.name(), flag.about,
                        flag.owner, date(flag.since), time(flag.raisedAt), time(flag.closedAt), flag.closedBy}).toList());
        jdbc.batchUpdate("INSERT INTO query.inspection_stage_stay (cooperation_id, entered_sequence, stage, entered_at, "
                        + "left_at) VALUES (?,?,?,?,?)",
                f.stays.stream().map(stay -> new Object[]{f.id, stay.enteredSequence, stay.stage.name(),
                        time(stay.enteredAt), time(stay.leftAt)}).toList());
        jdbc.batchUpdate("INSERT INTO query.inspection_decision (cooperation_id, sequence_number, decided_at, event_type, "
                        + "outcome, actor_id, actor_name, actor_role, actor_region, summary_id, summary_en) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                newDecisions.stream().map(d -> new Object[]{f.id, d.sequenceNumber(), time(d.decidedAt()), d.type(),
                        d.outcome(), d.actorId(), d.actorName(), d.actorRole(), d.actorRegion(), d.summaryId(),
                        d.summaryEn()}).toList());
    }

    /** Empties the inspection read model, before a rebuild replays the event store into it. */
    void deleteAll() {
        jdbc.update("DELETE FROM query.inspection_decision");
        jdbc.update("DELETE FROM query.inspection_stage_stay");
        jdbc.update("DELETE FROM query.inspection_flag");
        jdbc.update("DELETE FROM query.inspection_file");
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Timestamp time(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    InspectionFile read(String state) {
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
