package id.kerjasama.query.cooperation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.live.ReadModelVersions;
import id.kerjasama.query.security.CooperationParties.Parties;
import id.kerjasama.query.security.ReadScope;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cooperation read model in SQL: one narrow registry row per cooperation, its detail as JSON in a table of its
 * own, its affairs; and, written with them, the rows other features derive from it ({@link DerivedRows}).
 */
@Repository
public class CooperationStore implements ReadModelVersions {

    private static final String REGISTRY_COLUMNS = "id, title, reported_label, type, stage, region_code, "
            + "partner_region_code, partner_name, partner_kind, partner_key, signed_on, term_end, version, updated_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final List<DerivedRows<?>> derived;

    CooperationStore(JdbcTemplate jdbc, ObjectMapper json, List<DerivedRows<?>> derived) {
        this.jdbc = jdbc;
        this.json = json;
        this.derived = List.copyOf(derived);
    }

    public Optional<CooperationDetail> find(String id) {
        return jdbc.query("SELECT detail FROM query.cooperation_detail WHERE id = ?", (rs, n) -> read(rs.getString(1)), id)
                .stream().findFirst();
    }

    /** The stored details of these cooperations, in one statement; those not stored yet are absent from the map. */
    Map<String, Write> findAll(Collection<String> ids) {
        Map<String, Write> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(ProjectionBatch.withIds("SELECT id, detail FROM query.cooperation_detail WHERE id = ANY (?)", ids),
                (RowCallbackHandler) rs -> found.put(rs.getString(1), loaded(read(rs.getString(2)))));
        return found;
    }

    @Override
    public Optional<Long> versionOf(String id) {
        return jdbc.queryForList("SELECT version FROM query.cooperation WHERE id = ?", Long.class, id).stream().findFirst();
    }

    /**
     * A cooperation to write, whether its rows exist yet, and its affairs and derived rows as stored (as of an empty
     * detail for a new one), in the order of {@link #derived}: rows that did not change are not rewritten.
     */
    record Write(CooperationDetail detail, boolean isNew, Set<GovernmentAffair> storedAffairs, List<Object> storedDerived) {
    }

    /** A stored cooperation, with what is stored of it besides its row and JSON. */
    Write loaded(CooperationDetail detail) {
        return new Write(detail, false, Set.copyOf(detail.affairs), derivedOf(detail));
    }

    /** A cooperation not stored yet. */
    Write created() {
        CooperationDetail detail = new CooperationDetail();
        return new Write(detail, true, Set.of(), derivedOf(detail));
    }

    private List<Object> derivedOf(CooperationDetail detail) {
        return derived.stream().<Object>map(rows -> rows.of(detail)).toList();
    }

    /**
     * Writes these cooperations and everything derived from them with a handful of JDBC batches, however many
     * there are: a projection batch touches almost as many cooperations as it has events, and one statement per
     * cooperation and table made the rebuild pay a round trip per row (benchmarks/RESULTS.md, figure 2).
     */
    void saveAll(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<Object[]> inserted = new ArrayList<>();
        List<Object[]> updated = new ArrayList<>();
        List<Object[]> insertedDetails = new ArrayList<>();
        List<Object[]> updatedDetails = new ArrayList<>();
        List<String> replacedAffairs = new ArrayList<>();
        List<Object[]> affairs = new ArrayList<>();
        for (Write write : writes) {
            CooperationDetail d = write.detail();
            (write.isNew() ? inserted : updated).add(registryColumns(d));
            (write.isNew() ? insertedDetails : updatedDetails).add(new Object[]{write(d), d.id});
            if (!d.affairs.equals(write.storedAffairs())) {
                if (!write.storedAffairs().isEmpty()) {
                    replacedAffairs.add(d.id);
                }
                d.affairs.forEach(affair -> affairs.add(new Object[]{d.id, affair.name()}));
            }
        }
        batch("INSERT INTO query.cooperation (version, type, stage, title, reported_label, region_code, province_code, "
                + "partner_name, partner_key, partner_kind, partner_region_code, signed_on, term_end, search_text, "
                + "initiated_at, updated_at, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", inserted);
        batch("UPDATE query.cooperation SET version = ?, type = ?, stage = ?, title = ?, reported_label = ?, "
                + "region_code = ?, province_code = ?, partner_name = ?, partner_key = ?, partner_kind = ?, "
                + "partner_region_code = ?, signed_on = ?, term_end = ?, search_text = ?, initiated_at = ?, "
                + "updated_at = ? WHERE id = ?", updated);
        batch("INSERT INTO query.cooperation_detail (detail, id) VALUES (?, ?)", insertedDetails);
        batch("UPDATE query.cooperation_detail SET detail = ? WHERE id = ?", updatedDetails);
        ProjectionBatch.deleteOfCooperations(jdbc, "query.cooperation_affair", replacedAffairs);
        batch("INSERT INTO query.cooperation_affair (cooperation_id, affair) VALUES (?, ?)", affairs);
        for (int i = 0; i < derived.size(); i++) {
            replaceChanged(derived.get(i), i, writes);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void replaceChanged(DerivedRows<R> rows, int index, List<Write> writes) {
        List<DerivedRows.Change<R>> changes = new ArrayList<>();
        for (Write write : writes) {
            R stored = (R) write.storedDerived().get(index);
            R now = rows.of(write.detail());
            if (!now.equals(stored)) {
                changes.add(new DerivedRows.Change<>(write.detail(), stored, now));
            }
        }
        if (!changes.isEmpty()) {
            rows.replace(changes);
        }
    }

    private static Object[] registryColumns(CooperationDetail d) {
        CooperationDetail.Document framework = d.framework();
        return new Object[]{
                d.version, d.type.name(), d.stage.name(), d.title, d.reportedLabel, d.initiatingRegion.code(),
                RegionCode.of(d.initiatingRegion.code()).provinceCode().value(), d.partner.name(), d.partnerKey,
                d.partner.kind().name(), d.partnerRegion == null ? null : d.partnerRegion.code(),
                framework == null || framework.signing == null ? null : Date.valueOf(framework.signing.signedOn()),
                framework == null ? null : Date.valueOf(framework.effectiveTerm.end()),
                (d.title + " " + d.partner.name()).toLowerCase(Locale.ROOT), Timestamp.from(d.initiatedAt),
                Timestamp.from(d.updatedAt), d.id};
    }

    private void batch(String sql, List<Object[]> rows) {
        ProjectionBatch.batch(jdbc, sql, rows);
    }

    /** Empties every read model, before a rebuild replays the event store into them. */
    public void deleteAll() {
        derived.forEach(DerivedRows::deleteAll);
        jdbc.update("DELETE FROM query.cooperation_affair");
        jdbc.update("DELETE FROM query.cooperation_detail");
        jdbc.update("DELETE FROM query.cooperation");
    }

    Optional<Stage> stageOf(String id) {
        return jdbc.queryForList("SELECT stage FROM query.cooperation WHERE id = ?", String.class, id).stream()
                .map(Stage::valueOf).findFirst();
    }

    Optional<Parties> partiesOf(String id) {
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
            // With a party region or a partner the composite indexes find a handful of rows, and the text is best a
            // plain filter on them: PostgreSQL would otherwise AND in the trigram index, which for a common word
            // ("kerja" is in every title) reads most of it (EXPLAIN on 100,000 cooperations: median 5 ms, p90 16 ms
            // instead of 1 ms and 1.6 ms). "|| ''" keeps the condition and hides it from that index.
            where.add(q.region() != null || q.partnerKey() != null ? "(search_text || '') LIKE ?" : "search_text LIKE ?");
            args.add(contains(q.text()));
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String order = RegistryQuery.SORTABLE.get(q.sort()) + (q.descending() ? " DESC" : " ASC");
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        // the total rides along with the page (one statement, one pass over the matching rows) ...
        long[] total = {-1};
        List<RegistryEntry> items = jdbc.query("SELECT " + REGISTRY_COLUMNS + ", COUNT(*) OVER () AS total_items "
                + "FROM query.cooperation" + filter + " ORDER BY " + order + ", id LIMIT ? OFFSET ?", (rs, n) -> {
            total[0] = rs.getLong("total_items");
            return REGISTRY_ENTRY.mapRow(rs, n);
        }, pageArgs.toArray());
        if (total[0] < 0) {
            // ... except on a page past the end, which has no row to carry it
            total[0] = jdbc.queryForObject("SELECT COUNT(*) FROM query.cooperation" + filter, Long.class, args.toArray());
        }
        return Page.of(items, q.page(), q.size(), total[0]);
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
