package id.kerjasama.command.audit;

import id.kerjasama.audit.StoredEvent;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's JDBC storage engine that also extends the hash chain of every cooperation it appends to, in the
 * transaction of the append (the unit of work's connection), so that no event commits without its link
 * (docs/AUDIT-CHAIN.md). Snapshots are not chained: they are derived data and never replace events in a proof.
 * <p>
 * It serializes each event once, inserts exactly those values (the same statement and columns as Axon's
 * default, {@code JdbcEventStorageEngineStatements.appendEvents}) and hashes the same values: the bytes hashed
 * are the bytes stored, without reading the rows back (which cost a round trip per command).
 */
public class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;
    private final EventSchema schema;

    /**
     * @param builder configured as Axon's JDBC auto-configuration would, including {@code transactionManager}
     * @param schema  the schema given to {@code builder}
     */
    public ChainingEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactionManager,
                                      EventSchema schema) {
        super(builder);
        this.transactionManager = transactionManager;
        this.schema = schema;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<StoredEvent> rows = events.stream().map(event -> asStored(event, serializer)).toList();
        transactionManager.executeInTransaction(() -> {
            JdbcUtils.executeBatch(getConnection(), connection -> insert(connection, rows),
                    e -> handlePersistenceException(e, events.get(0)));
            chain(rows);
        });
    }

    /** The row Axon's default statement would write for {@code event}, with payload and metadata serialized once. */
    private StoredEvent asStored(EventMessage<?> message, Serializer serializer) {
        // where Axon stores an event that belongs to no aggregate: under its own identifier, at sequence 0
        DomainEventMessage<?> event = message instanceof DomainEventMessage<?> domainEvent ? domainEvent
                : new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message, message::getTimestamp);
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        return new StoredEvent(event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getType(), payload.getType().getName(), payload.getType().getRevision(),
                DateTimeUtils.formatInstant(event.getTimestamp()), payload.getData(), metaData.getData());
    }

    private PreparedStatement insert(Connection connection, List<StoredEvent> rows) throws SQLException {
        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.domainEventTable() + " ("
                + schema.domainEventFields() + ") VALUES (?,?,?,?,?,?,?,?,?)");
        for (StoredEvent row : rows) {
            insert.setString(1, row.eventIdentifier());
            insert.setString(2, row.aggregateIdentifier());
            insert.setLong(3, row.sequenceNumber());
            insert.setString(4, row.aggregateType());
            insert.setString(5, row.timestamp());
            insert.setString(6, row.payloadType());
            insert.setString(7, row.payloadRevision());
            insert.setBytes(8, row.payload());
            insert.setBytes(9, row.metaData());
            insert.addBatch();
        }
        return insert;
    }

    private void chain(List<StoredEvent> rows) {
        Map<String, List<StoredEvent>> byAggregate = new LinkedHashMap<>();
        rows.forEach(row -> byAggregate.computeIfAbsent(row.aggregateIdentifier(), a -> new ArrayList<>()).add(row));
        try (Connection connection = getConnection()) {
            for (Map.Entry<String, List<StoredEvent>> appended : byAggregate.entrySet()) {
                EventChainWriter.extend(connection, appended.getKey(), appended.getValue());
            }
        } catch (SQLException e) {
            throw new EventStoreException("Could not extend the hash chain over the appended events", e);
        }
    }
}
