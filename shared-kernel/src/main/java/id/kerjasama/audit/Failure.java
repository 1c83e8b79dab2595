package id.kerjasama.audit;

/**
 * Why a history does not verify, and where: the sequence number and event identifier of the first event that
 * fails (either may be null when the failure is not one event's, such as a bad checkpoint signature).
 */
public record Failure(Kind kind, Long sequenceNumber, String eventIdentifier, String detail) {

    public enum Kind {
        PAYLOAD_CHANGED("the stored event (payload, metadata, time, type or identifiers) differs from what was hashed when it was appended"),
        EVENT_MISSING("an event that was chained is no longer stored"),
        EVENTS_REORDERED("a chained event is stored at another sequence number than it was chained at"),
        EVENT_INSERTED("a stored event was never chained: it was written outside the application, or stored before the chain and not adopted"),
        CHAIN_TABLE_ALTERED("the chain's own records were changed, deleted or rewritten"),
        CHECKPOINT_SIGNATURE_INVALID("the checkpoint is not signed by the trusted key"),
        NOT_INCLUDED_IN_CHECKPOINT("the cooperation's chain is not among the chains the checkpoint signed"),
        ADOPTION_INVALID("an adoption record is not signed by the trusted key, or does not fit the chain it says it extends");

        private final String meaning;

        Kind(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    static Failure at(Kind kind, long sequenceNumber, String eventIdentifier, String detail) {
        return new Failure(kind, sequenceNumber, eventIdentifier, detail);
    }

    static Failure of(Kind kind, String detail) {
        return new Failure(kind, null, null, detail);
    }
}
