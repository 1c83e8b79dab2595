package id.kerjasama.audit;

/**
 * One row of the chain table: the hash recorded for the event at {@code sequenceNumber} when it was appended, and
 * the hash it followed. Hashes are lowercase hex; a tampered row may hold anything.
 */
public record ChainLink(long sequenceNumber, String eventIdentifier, String previousHash, String hash) {
}
