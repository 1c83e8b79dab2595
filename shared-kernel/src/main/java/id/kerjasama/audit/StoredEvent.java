package id.kerjasama.audit;

/**
 * One row of the event table exactly as it is stored: the serialized payload and metadata as bytes, the
 * timestamp as the text in its column. The chain proves these bytes, never an upcast or deserialized view of them.
 * Any field may be null, as a tampered row may have it.
 */
public record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String aggregateType,
                          String payloadType, String payloadRevision, String timestamp, byte[] payload,
                          byte[] metaData) {
}
