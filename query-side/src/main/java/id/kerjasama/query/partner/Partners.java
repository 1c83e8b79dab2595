package id.kerjasama.query.partner;

import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.security.ReadScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The partners of the cooperation read model, grouped by their key across regions. */
@Repository
public class Partners {

    /** A partner with how many cooperations and regions it has. */
    public record PartnerSummary(String partnerKey, String name, PartnerKind kind, long cooperations, long regions) {
    }

    private final JdbcTemplate jdbc;

    Partners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The partners within {@code scope} (null: everything) whose name contains {@code q}, most active first. */
    public Page<PartnerSummary> search(String q, PartnerKind kind, ReadScope.Condition scope, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (scope != null) {
            where.add(scope.sql());
            args.addAll(scope.args());
        }
        if (q != null && !q.isBlank()) {
            where.add("LOWER(partner_name) LIKE ?");
            args.add("%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (kind != null) {
            where.add("partner_kind = ?");
            args.add(kind.name());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.queryForObject("SELECT COUNT(DISTINCT partner_key) FROM query.cooperation" + filter, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<PartnerSummary> partners = jdbc.query("SELECT partner_key, MIN(partner_name) AS name, MIN(partner_kind) AS kind, "
                        + "COUNT(*) AS cooperations, COUNT(DISTINCT region_code) AS regions FROM query.cooperation" + filter
                        + " GROUP BY partner_key ORDER BY cooperations DESC, partner_key LIMIT ? OFFSET ?",
                (rs, n) -> new PartnerSummary(rs.getString("partner_key"), rs.getString("name"),
                        PartnerKind.valueOf(rs.getString("kind")), rs.getLong("cooperations"), rs.getLong("regions")),
                args.toArray());
        return Page.of(partners, page, size, total);
    }
}
