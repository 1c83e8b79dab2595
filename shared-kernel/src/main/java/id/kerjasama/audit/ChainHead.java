package id.kerjasama.audit;

/** The last link of one cooperation's chain at some moment: what a checkpoint signs for that cooperation. */
public record ChainHead(String aggregateIdentifier, long sequenceNumber, String hash) {
}
