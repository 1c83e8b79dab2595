package id.kerjasama.audit;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An operator's signed statement that events of one cooperation which were never chained (stored before the chain
 * existed, by an old store or a migration) enter its chain from now on: who adopted them, when, why, which
 * sequence numbers, the chain head they follow, and the checkpoint signed just before. The first adopted event's
 * chain link follows the hash of this record instead of the previous event's hash, so the adoption cannot be
 * removed or reworded without breaking the chain, and verifiers report the adopted events as adopted, never as
 * proven from their origin. docs/AUDIT-CHAIN.md, "Adopting events stored before the chain".
 *
 * @param previousHash the hash of the chain's head before the adoption (32 zero bytes if the chain was empty)
 * @param adoptedAt    ISO-8601 UTC instant, milliseconds
 * @param operator     the operator's actor id
 */
public record Adoption(String aggregateIdentifier, long firstSequence, long lastSequence, String previousHash,
                       String adoptedAt, String operator, String reason, long checkpointBefore,
                       String checkpointBeforeRoot, String keyId, String signature) {

    private static final String TAG = "kerjasama.adoption.v1";
    private static final int SIGNATURE_BYTES = 64;

    /** Signs the adoption of events {@code firstSequence} to {@code lastSequence}, after checkpoint {@code before}. */
    public static Adoption sign(String aggregateIdentifier, long firstSequence, long lastSequence, String previousHash,
                                Instant adoptedAt, String operator, String reason, Checkpoint before, KeyPair key) {
        Adoption unsigned = new Adoption(aggregateIdentifier, firstSequence, lastSequence, previousHash,
                adoptedAt.truncatedTo(ChronoUnit.MILLIS).toString(), operator, reason, before.number(), before.rootHash(),
                SigningKeys.keyId(key.getPublic()), null);
        byte[] signature = SigningKeys.sign(key.getPrivate(), unsigned.canonicalForm().orElseThrow());
        return new Adoption(aggregateIdentifier, firstSequence, lastSequence, previousHash, unsigned.adoptedAt, operator,
                reason, before.number(), before.rootHash(), unsigned.keyId, Hex.of(signature));
    }

    /** What the first adopted event's chain link records as its previous hash; empty if the record is malformed. */
    public Optional<String> hash() {
        return canonicalForm().map(bytes -> Hex.of(CanonicalBytes.sha256(bytes)));
    }

    /** Empty if {@code trustedKey} signed this record as it stands, else why not. */
    Optional<Failure> verifySignature(PublicKey trustedKey) {
        Optional<byte[]> content = canonicalForm();
        Optional<byte[]> signatureBytes = Hex.strict(signature, SIGNATURE_BYTES);
        if (!SigningKeys.keyId(trustedKey).equals(keyId) || content.isEmpty() || signatureBytes.isEmpty()
                || !SigningKeys.verify(trustedKey, content.get(), signatureBytes.get())) {
            return Optional.of(Failure.at(Failure.Kind.ADOPTION_INVALID, firstSequence, null, "the adoption of sequence "
                    + firstSequence + " to " + lastSequence + " recorded for " + operator + " at " + adoptedAt
                    + " is not signed by the trusted key as it stands: it was changed or forged"));
        }
        return Optional.empty();
    }

    /** The bytes hashed into the chain and signed; empty when a hash field is not lowercase hex of 32 bytes. */
    private Optional<byte[]> canonicalForm() {
        Optional<byte[]> previous = Hex.strict(previousHash, EventChain.HASH_BYTES);
        Optional<byte[]> root = Hex.strict(checkpointBeforeRoot, EventChain.HASH_BYTES);
        if (previous.isEmpty() || root.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CanonicalBytes.tagged(TAG)
                .text(aggregateIdentifier)
                .number(firstSequence)
                .number(lastSequence)
                .bytes(previous.get())
                .text(adoptedAt)
                .text(operator)
                .text(reason)
                .number(checkpointBefore)
                .bytes(root.get())
                .text(keyId)
                .toByteArray());
    }
}
