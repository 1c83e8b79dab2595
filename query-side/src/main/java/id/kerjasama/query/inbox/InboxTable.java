package id.kerjasama.query.inbox;

import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.DerivedRows;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.security.ReadScope;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The inbox in SQL, written with the cooperation it is derived from ({@link InboxItems}); each row carries the
 * columns {@link ReadScope} conditions on, so that the inbox is scoped exactly like the registry.
 */
@Repository
public class InboxTable implements DerivedRows<List<InboxItems.Item>> {

    private static final String COLUMNS = "cooperation_id, title, stage, region_code, partner_region_code, unit, "
            + "liaison_officer, kind, document_id, about, action_owner, since, last_day";

    private final JdbcTemplate jdbc;

    InboxTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InboxItems.Item> of(CooperationDetail detail) {
        return InboxItems.of(detail);
    }

    @Override
    public void replace(List<Change<List<InboxItems.Item>>> changes) {
        List<String> replaced = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Change<List<InboxItems.Item>> change : changes) {
            if (!change.stored().isEmpty()) {
                replaced.add(change.detail().id);
            }
            List<InboxItems.Item> now = change.now();
            for (int number = 0; number < now.size(); number++) {
                InboxItems.Item item = now.get(number);
                rows.add(new Object[]{item.cooperationId(), number, item.title(), item.stage().name(), item.regionCode(),
                        RegionCode.of(item.regionCode()).provinceCode().value(), item.partnerRegionCode(), item.unit(),
                        item.liaisonOfficer(), item.kind(), item.documentId(), item.about(), item.actionOwner(),
                        Timestamp.from(item.since()), item.lastDay() == null ? null : Date.valueOf(item.lastDay())});
            }
        }
        ProjectionBatch.deleteOfCooperations(jdbc, "query.inbox_item", replaced);
        ProjectionBatch.batch(jdbc, "INSERT INTO query.inbox_item (cooperation_id, item_number, title, stage, "
                + "region_code, province_code, partner_region_code, unit, liaison_officer, kind, document_id, about, "
                + "action_owner, since, last_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public void deleteAll() {
        jdbc.update("DELETE FROM query.inbox_item");
    }

    /** One page of the items of the selected kinds within {@code scope} (null: everything), by last day, then since. */
    public Page<InboxEntry> search(InboxQuery q, ReadScope.Condition scope) {
        List<String> kinds = q.selectedKinds();
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (scope != null) {
            where.add(scope.sql());
            args.addAll(scope.args());
        }
        where.add("kind IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")");
        args.addAll(kinds);
        String filter = " FROM query.inbox_item WHERE " + String.join(" AND ", where);
        long total = kinds.isEmpty() ? 0 : jdbc.queryForObject("SELECT COUNT(*)" + filter, Long.class, args.toArray());
        if (total <= (long) q.page() * q.size()) {
            return Page.of(List.of(), q.page(), q.size(), total);
        }
        args.add(q.size());
        args.add((long) q.page() * q.size());
        List<InboxEntry> items = jdbc.query("SELECT " + COLUMNS + filter
                        + " ORDER BY last_day NULLS LAST, since, cooperation_id, item_number LIMIT ? OFFSET ?",
                ITEM, args.toArray()).stream().map(InboxEntry::of).toList();
        return Page.of(items, q.page(), q.size(), total);
    }

    private static final RowMapper<InboxItems.Item> ITEM = (rs, n) -> {
        Date lastDay = rs.getDate("last_day");
        return new InboxItems.Item(rs.getString("cooperation_id"), rs.getString("title"),
                Stage.valueOf(rs.getString("stage")), rs.getString("region_code"), rs.getString("partner_region_code"),
                rs.getString("unit"), rs.getString("liaison_officer"), rs.getString("kind"), rs.getString("document_id"),
                rs.getString("about"), rs.getString("action_owner"), rs.getTimestamp("since").toInstant(),
                lastDay == null ? null : lastDay.toLocalDate());
    };
}
