package id.kerjasama.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * The event store's tables as the command side's Flyway script creates them (snake_case names) and as both
 * sides read them: the command side appends, the query side streams and replays.
 */
public final class EventStoreTables {

    private EventStoreTables() {
    }

    public static EventSchema schema() {
        return EventSchema.builder()
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
    }
}
