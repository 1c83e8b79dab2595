package id.kerjasama.query.workqueue;

import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.DerivedRows;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The open work items in SQL, written with the cooperation they are derived from ({@link WorkItems}). */
@Repository
public class WorkItemTable implements DerivedRows<List<WorkItems.Item>> {

    private final JdbcTemplate jdbc;

    WorkItemTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItems.Item> of(CooperationDetail detail) {
        return WorkItems.of(detail);
    }

    @Override
    public void replace(List<Change<List<WorkItems.Item>>> changes) {
        List<String> replaced = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Change<List<WorkItems.Item>> change : changes) {
            CooperationDetail d = change.detail();
            if (!change.stored().isEmpty()) {
                replaced.add(d.id);
            }
            change.now().forEach(item -> rows.add(new Object[]{d.id, item.queue().name(), item.documentId(),
                    d.initiatingRegion.code(), item.title(), Timestamp.from(item.since())}));
        }
        ProjectionBatch.deleteOfCooperations(jdbc, "query.work_item", replaced);
        ProjectionBatch.batch(jdbc, "INSERT INTO query.work_item (cooperation_id, queue, document_id, region_code, "
                + "title, since) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public void deleteAll() {
        jdbc.update("DELETE FROM query.work_item");
    }

    /** The open items of one queue of a region, oldest first. */
    public List<QueuedItem> queue(RegionCode region, WorkQueue queue) {
        return jdbc.query("SELECT cooperation_id, document_id, title, since FROM query.work_item "
                        + "WHERE region_code = ? AND queue = ? ORDER BY since, cooperation_id",
                (rs, n) -> new QueuedItem(rs.getString(1),
                        WorkItems.WHOLE_COOPERATION.equals(rs.getString(2)) ? null : rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()),
                region.value(), queue.name());
    }
}
