package id.kerjasama.query.cooperation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.security.ReadScope;
import id.kerjasama.query.workqueue.WorkItems;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The cooperation read model in SQL: one row per cooperation, its affairs, its open work items. */
@Repository
public class CooperationStore {

    private static final String REGISTRY_COLUMNS = "id, title, reported_label, type, stage, region_code, "
            + "partner_region_code, partner_name, partner_kind, partner_key, signed_on, term_end, version, updated_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CooperationStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CooperationDetail> find(String id) {
        return jdbc.query("SELECT detail FROM query.cooperation WHERE id = ?", (rs, n) -> read(rs.getString(1)), id)
                .stream().findFirst();
    }

    public Optional<Long> versionOf(String id) {
        return jdbc.queryForList("SELECT version FROM query.cooperation WHERE id = ?", Long.class, id).stream().findFirst();
    }

    /** Writes the detail and everything derived from it; {@code isNew} says whether its row exists yet. */
    void save(CooperationDetail d, boolean isNew) {
        CooperationDetail.Document framework = d.framework();
        Object[] columns = {
                d.version, d.type.name(), d.stage.name(), d.title, d.reportedLabel, d.initiatingRegion.code(),
                RegionCode.of(d.initiatingRegion.code()).provinceCode().value(), d.partner.name(), d.partnerKey,
                d.partner.kind().name(), d.partnerRegion == null ? null : d.partnerRegion.code(),
                framework == null || framework.signing == null ? null : Date.valueOf(framework.signing.signedOn()),
                framework == null ? null : Date.valueOf(framework.effectiveTerm.end()),
                (d.title + " " + d.partner.name()).toLowerCase(Locale.ROOT), Timestamp.from(d.initiatedAt),
                Timestamp.from(d.updatedAt), write(d), d.id};
        if (isNew) {
            jdbc.update("INSERT INTO query.cooperation (version, type, stage, title, reported_label, region_code, "
                    + "province_code, partner_name, partner_key, partner_kind, partner_region_code, signed_on, term_end, "
                    + "search_text, initiated_at, updated_at, detail, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", columns);
        } else {
            jdbc.update("UPDATE query.cooperation SET version = ?, type = ?, stage = ?, title = ?, reported_label = ?, "
                    + "region_code = ?, province_code = ?, partner_name = ?, partner_key = ?, partner_kind = ?, "
                    + "partner_region_code = ?, signed_on = ?, term_end = ?, search_text = ?, initiated_at = ?, "
                    + "updated_at = ?, detail = ? WHERE id = ?", columns);
            jdbc.update("DELETE FROM query.cooperation_affair WHERE cooperation_id = ?", d.id);
            jdbc.update("DELETE FROM query.work_item WHERE cooperation_id = ?", d.id);
        }
        jdbc.batchUpdate("INSERT INTO query.cooperation_affair (cooperation_id, affair) VALUES (?, ?)",
                d.affairs.stream().map(affair -> new Object[]{d.id, affair.name()}).toList());
        jdbc.batchUpdate("INSERT INTO query.work_item (cooperation_id, queue, document_id, region_code, title, since) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                WorkItems.of(d).stream().map(item -> new Object[]{d.id, item.queue().name(), item.documentId(),
                        d.initiatingRegion.code(), item.title(), Timestamp.from(item.since())}).toList());
    }

    /** Empties every read model, before a rebuild replays the event store into them. */
    public void deleteAll() {
        jdbc.update("DELETE FROM query.work_item");
        jdbc.update("DELETE FROM query.cooperation_affair");
        jdbc.update("DELETE FROM query.cooperation");
    }

    /** The regions that are party to a cooperation: the initiating one, and the partner's if it is a region. */
    public record Parties(RegionCode initiatingRegion, RegionCode partnerRegion) {
    }

    public Optional<Parties> partiesOf(String id) {
        return jdbc.query("SELECT region_code, partner_region_code FROM query.cooperation WHERE id = ?",
                (rs, n) -> new Parties(RegionCode.of(rs.getString(1)),
                        rs.getString(2) == null ? null : RegionCode.of(rs.getString(2))), id).stream().findFirst();
    }

    /** The registry, within {@code scope} (null: everything). */
    public Page<RegistryEntry> search(RegistryQuery q, ReadScope.Condition scope) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (scope != null) {
            where.add(scope.sql());
            args.addAll(scope.args());
        }
        if (q.region() != null) {
            where.add("(region_code = ? OR partner_region_code = ?)");
            args.add(q.region().value());
            args.add(q.region().value());
        }
        if (q.province() != null) {
            where.add("province_code = ?");
            args.add(q.province().value());
        }
        in(where, args, "type", q.types().stream().map(CooperationType::name).toList());
        in(where, args, "stage", q.stages().stream().map(Stage::name).toList());
        if (q.partner() != null) {
            where.add("LOWER(partner_name) LIKE ?");
            args.add(contains(q.partner()));
        }
        if (q.partnerKey() != null) {
            where.add("partner_key = ?");
            args.add(q.partnerKey());
        }
        if (q.affair() != null) {
            where.add("EXISTS (SELECT 1 FROM query.cooperation_affair a WHERE a.cooperation_id = id AND a.affair = ?)");
            args.add(q.affair().name());
        }
        if (q.signedFrom() != null) {
            where.add("signed_on >= ?");
            args.add(Date.valueOf(q.signedFrom()));
        }
        if (q.signedTo() != null) {
            where.add("signed_on <= ?");
            args.add(Date.valueOf(q.signedTo()));
        }
        if (q.endsBefore() != null) {
            where.add("term_end < ?");
            args.add(Date.valueOf(q.endsBefore()));
        }
        if (q.signedOnly()) {
            where.add("signed_on IS NOT NULL");
        }
        if (q.text() != null) {
            where.add("search_text LIKE ?");
            args.add(contains(q.text()));
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM query.cooperation" + filter, Long.class, args.toArray());
        String order = RegistryQuery.SORTABLE.get(q.sort()) + (q.descending() ? " DESC" : " ASC");
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<RegistryEntry> items = jdbc.query("SELECT " + REGISTRY_COLUMNS + " FROM query.cooperation" + filter
                + " ORDER BY " + order + ", id LIMIT ? OFFSET ?", REGISTRY_ENTRY, pageArgs.toArray());
        return Page.of(items, q.page(), q.size(), total);
    }

    private static void in(List<String> where, List<Object> args, String column, List<String> values) {
        if (!values.isEmpty()) {
            where.add(column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")");
            args.addAll(values);
        }
    }

    private static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static final RowMapper<RegistryEntry> REGISTRY_ENTRY = (rs, n) -> new RegistryEntry(
            rs.getString("id"), rs.getString("title"), rs.getString("reported_label"),
            CooperationType.valueOf(rs.getString("type")), Stage.valueOf(rs.getString("stage")),
            region(rs.getString("region_code")), region(rs.getString("partner_region_code")),
            rs.getString("partner_name"), PartnerKind.valueOf(rs.getString("partner_kind")), rs.getString("partner_key"),
            date(rs, "signed_on"), date(rs, "term_end"), rs.getLong("version"),
            rs.getTimestamp("updated_at").toInstant());

    private static CooperationDetail.RegionView region(String code) {
        return code == null ? null : CooperationDetail.RegionView.of(RegionCode.of(code));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private CooperationDetail read(String detail) {
        try {
            return json.readValue(detail, CooperationDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable cooperation read model", e);
        }
    }

    private String write(CooperationDetail detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cooperation read model cannot be written", e);
        }
    }
}
