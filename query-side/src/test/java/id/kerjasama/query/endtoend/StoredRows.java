package id.kerjasama.query.endtoend;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A copy of one cooperation's rows in the event and chain tables, to put back after a test tampered with them
 * directly in SQL, so that every test starts from a store that verifies clean.
 */
final class StoredRows implements AutoCloseable {

    private static final List<String> TABLES = List.of("domain_event_entry", "event_chain");

    private final JdbcTemplate jdbc;
    private final String cooperationId;
    private final Map<String, List<Map<String, Object>>> rows;

    private StoredRows(JdbcTemplate jdbc, String cooperationId) {
        this.jdbc = jdbc;
        this.cooperationId = cooperationId;
        this.rows = TABLES.stream().collect(Collectors.toMap(table -> table, table ->
                jdbc.queryForList("SELECT * FROM " + table + " WHERE aggregate_identifier = ?", cooperationId)));
    }

    static StoredRows of(JdbcTemplate jdbc, String cooperationId) {
        return new StoredRows(jdbc, cooperationId);
    }

    @Override
    public void close() {
        rows.forEach((table, saved) -> {
            jdbc.update("DELETE FROM " + table + " WHERE aggregate_identifier = ?", cooperationId);
            for (Map<String, Object> row : saved) {
                jdbc.update("INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                        + row.keySet().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")", row.values().toArray());
            }
        });
    }
}
