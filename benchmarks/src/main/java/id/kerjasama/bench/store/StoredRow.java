package id.kerjasama.bench.store;

/** A row of domain_event_entry as the command side stored it. */
public record StoredRow(long sequence, String type, String timestamp, String payloadType, String payloadRevision,
                        String payload, String metaData) {
}
