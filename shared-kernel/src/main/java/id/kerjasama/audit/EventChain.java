package id.kerjasama.audit;

/**
 * The hash chain of one cooperation: in sequence order, each event's hash covers the event as stored and the
 * hash of the event before it, so that changing, removing, inserting or reordering any event changes every hash
 * after it. docs/AUDIT-CHAIN.md, "Event hash".
 */
public final class EventChain {

    /** The previous hash of a cooperation's first event: 32 zero bytes. */
    public static final String GENESIS = "00".repeat(32);

    static final int HASH_BYTES = 32;
    private static final String TAG = "kerjasama.event.v1";

    private EventChain() {
    }

    /** The hash of {@code event} following the event whose hash is {@code previousHash}, in lowercase hex. */
    public static String link(String previousHash, StoredEvent event) {
        byte[] previous = Hex.strict(previousHash, HASH_BYTES)
                .orElseThrow(() -> new IllegalArgumentException("Not a SHA-256 hash in lowercase hex: " + previousHash));
        return Hex.of(CanonicalBytes.sha256(canonicalForm(event, previous)));
    }

    static byte[] canonicalForm(StoredEvent event, byte[] previousHash) {
        return CanonicalBytes.tagged(TAG)
                .text(event.eventIdentifier())
                .text(event.aggregateIdentifier())
                .number(event.sequenceNumber())
                .text(event.aggregateType())
                .text(event.payloadType())
                .text(event.payloadRevision())
                .text(event.timestamp())
                .bytes(event.payload())
                .bytes(event.metaData())
                .bytes(previousHash)
                .toByteArray();
    }
}
