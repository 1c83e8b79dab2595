package id.kerjasama.command.audit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Axon's JDBC storage engine that also extends the hash chain of every cooperation it appends to, in the
 * transaction of the append (the unit of work's connection), so that no event commits without its link
 * (docs/AUDIT-CHAIN.md). Snapshots are not chained: they are derived data and never replace events in a proof.
 */
public class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;

    /** @param builder configured as Axon's JDBC auto-configuration would, including {@code transactionManager} */
    public ChainingEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactionManager) {
        super(builder);
        this.transactionManager = transactionManager;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            chain(events.stream().map(ChainingEventStorageEngine::aggregateOf).collect(Collectors.toCollection(LinkedHashSet::new)));
        });
    }

    private void chain(Set<String> aggregates) {
        try (Connection connection = getConnection()) {
            for (String aggregate : aggregates) {
                EventChainWriter.extend(connection, aggregate);
            }
        } catch (SQLException e) {
            throw new EventStoreException("Could not extend the hash chain over the appended events", e);
        }
    }

    /** Where Axon stores an event that belongs to no aggregate: under its own identifier, at sequence 0. */
    private static String aggregateOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier() : event.getIdentifier();
    }
}
