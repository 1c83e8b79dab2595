package id.kerjasama.query.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every projection of the cooperation processor does with one processor batch: learn up front which
 * cooperations it touches, load them with one statement and write them with a few JDBC batches at commit. One
 * statement per cooperation and table made a rebuild pay a round trip per row (benchmarks/RESULTS.md, figure 2).
 */
public final class ProjectionBatch {

    private ProjectionBatch() {
    }

    /** The cooperations the events of a processor's batch belong to (none known outside a batch). */
    public static Set<String> cooperationsOf(UnitOfWork<?> unitOfWork) {
        Set<String> ids = new LinkedHashSet<>();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            batching.getMessages().forEach(message -> {
                if (message instanceof DomainEventMessage<?> event) {
                    ids.add(event.getAggregateIdentifier());
                }
            });
        }
        return ids;
    }

    /** A statement whose one parameter is these ids as an SQL array, for {@code ... = ANY (?)}. */
    public static PreparedStatementCreator withIds(String sql, Collection<String> ids) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("VARCHAR", ids.toArray()));
            return statement;
        };
    }

    /** Runs {@code sql} for every row in JDBC batches; nothing at all for no rows. */
    public static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Deletes the rows of {@code table} whose {@code cooperation_id} is one of these, in one statement. */
    public static void deleteOfCooperations(JdbcTemplate jdbc, String table, Collection<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.update(withIds("DELETE FROM " + table + " WHERE cooperation_id = ANY (?)", ids));
        }
    }
}
