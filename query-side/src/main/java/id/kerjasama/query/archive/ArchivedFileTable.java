package id.kerjasama.query.archive;

import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.DerivedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

/** The archived documents of every cooperation, by hash: written with the cooperation ({@link DerivedRows}). */
@Repository
public class ArchivedFileTable implements DerivedRows<List<ArchivedFileTable.Row>> {

    /** A document whose file is archived. */
    public record Row(String cooperationId, String documentId, String sha256, long size) {
    }

    private final JdbcTemplate jdbc;

    ArchivedFileTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Row> of(CooperationDetail detail) {
        return detail.files.stream().filter(f -> f.archived != null)
                .map(f -> new Row(detail.id, f.documentId, f.sha256, f.archived.size())).toList();
    }

    @Override
    public void replace(List<Change<List<Row>>> changes) {
        List<String> replaced = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Change<List<Row>> change : changes) {
            if (!change.stored().isEmpty()) {
                replaced.add(change.detail().id);
            }
            change.now().forEach(r -> rows.add(new Object[]{r.cooperationId(), r.documentId(), r.sha256(), r.size()}));
        }
        ProjectionBatch.deleteOfCooperations(jdbc, "query.archived_file", replaced);
        ProjectionBatch.batch(jdbc, "INSERT INTO query.archived_file (cooperation_id, document_id, sha256, size) "
                + "VALUES (?, ?, ?, ?)", rows);
    }

    @Override
    public void deleteAll() {
        jdbc.update("DELETE FROM query.archived_file");
    }

    /** Every archived document, by hash, so that each file is read once for all the documents that record it. */
    public List<Row> all() {
        return jdbc.query("SELECT cooperation_id, document_id, sha256, size FROM query.archived_file "
                        + "ORDER BY sha256, cooperation_id, document_id",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }
}
