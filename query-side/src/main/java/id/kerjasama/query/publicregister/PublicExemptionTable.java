package id.kerjasama.query.publicregister;

import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.DerivedRows;
import id.kerjasama.query.security.ReadScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exemptions not lifted, in SQL, written with the cooperation they are derived from: what the public register's
 * list reads to leave out withheld fields and to keep a search from finding an entry by them, without reading each
 * cooperation's whole detail.
 */
@Repository
public class PublicExemptionTable implements DerivedRows<List<PublicExemptionTable.Row>> {

    /** The fields of the public entry the register's list shows, and searches by. */
    static final List<PublicEntryField> LISTED = List.of(PublicEntryField.TITLE, PublicEntryField.PARTNER_NAME);

    /** One thing an exemption withholds, a field or a document, up to and including {@code lastDay}. */
    public record Row(String exemptionId, String documentId, PublicEntryField field, LocalDate lastDay) {
    }

    private final JdbcTemplate jdbc;

    PublicExemptionTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Row> of(CooperationDetail detail) {
        List<Row> rows = new ArrayList<>();
        detail.exemptions.stream().filter(e -> e.lifting == null).forEach(e -> {
            if (e.documentId != null) {
                rows.add(new Row(e.exemptionId, e.documentId, null, e.until));
            }
            e.fields.stream().sorted().forEach(field -> rows.add(new Row(e.exemptionId, null, field, e.until)));
        });
        return rows;
    }

    @Override
    public void replace(List<Change<List<Row>>> changes) {
        List<String> replaced = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (Change<List<Row>> change : changes) {
            if (!change.stored().isEmpty()) {
                replaced.add(change.detail().id);
            }
            change.now().forEach(row -> rows.add(new Object[]{change.detail().id, row.exemptionId(), row.documentId(),
                    row.field() == null ? null : row.field().name(), Date.valueOf(row.lastDay())}));
        }
        ProjectionBatch.deleteOfCooperations(jdbc, "query.public_exemption", replaced);
        ProjectionBatch.batch(jdbc, "INSERT INTO query.public_exemption (cooperation_id, exemption_id, document_id, "
                + "field, last_day) VALUES (?, ?, ?, ?, ?)", rows);
    }

    @Override
    public void deleteAll() {
        jdbc.update("DELETE FROM query.public_exemption");
    }

    /** Of these cooperations, those with something withheld on {@code day}, and the fields withheld (maybe none). */
    Map<String, Set<PublicEntryField>> withheldOn(Collection<String> cooperationIds, LocalDate day) {
        Map<String, Set<PublicEntryField>> withheld = new HashMap<>();
        if (cooperationIds.isEmpty()) {
            return withheld;
        }
        List<Object> args = new ArrayList<>(cooperationIds);
        args.add(Date.valueOf(day));
        jdbc.query("SELECT cooperation_id, field FROM query.public_exemption WHERE cooperation_id IN ("
                + String.join(", ", Collections.nCopies(cooperationIds.size(), "?")) + ") AND last_day >= ?",
                (RowCallbackHandler) rs -> {
                    Set<PublicEntryField> fields = withheld.computeIfAbsent(rs.getString(1), id -> new HashSet<>());
                    if (rs.getString(2) != null) {
                        fields.add(PublicEntryField.valueOf(rs.getString(2)));
                    }
                }, args.toArray());
        return withheld;
    }

    /**
     * A condition on the registry that leaves out every cooperation whose listed fields are withheld on {@code day}:
     * a search by text must not find an entry by what its exemption withholds.
     */
    ReadScope.Condition notFoundByWithheldText(LocalDate day) {
        List<Object> args = new ArrayList<>(LISTED.stream().map(Enum::name).toList());
        args.add(Date.valueOf(day));
        return new ReadScope.Condition("NOT EXISTS (SELECT 1 FROM query.public_exemption w WHERE w.cooperation_id = id "
                + "AND w.field IN (" + String.join(", ", Collections.nCopies(LISTED.size(), "?")) + ") AND w.last_day >= ?)",
                args);
    }
}
