package id.kerjasama.eventstore;

import id.kerjasama.audit.StoredEvent;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The event store's tables as the command side's Flyway script creates them (snake_case names) and as both
 * sides read them: the command side appends, the query side streams and replays, and both read rows as stored
 * for the audit chain.
 */
public final class EventStoreTables {

    private static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    /** The columns {@link #storedEvent} reads, for the select list of a query on the event table. */
    public static final String STORED_EVENT_COLUMNS = SCHEMA.domainEventFields();

    private EventStoreTables() {
    }

    public static EventSchema schema() {
        return SCHEMA;
    }

    /** The current row of a query selecting {@link #STORED_EVENT_COLUMNS}, with payload and metadata as stored bytes. */
    public static StoredEvent storedEvent(ResultSet row) throws SQLException {
        return new StoredEvent(row.getString(SCHEMA.eventIdentifierColumn()), row.getString(SCHEMA.aggregateIdentifierColumn()),
                row.getLong(SCHEMA.sequenceNumberColumn()), row.getString(SCHEMA.typeColumn()),
                row.getString(SCHEMA.payloadTypeColumn()), row.getString(SCHEMA.payloadRevisionColumn()),
                row.getString(SCHEMA.timestampColumn()), row.getBytes(SCHEMA.payloadColumn()),
                row.getBytes(SCHEMA.metaDataColumn()));
    }
}
