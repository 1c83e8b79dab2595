package id.kerjasama.audit;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A signed statement of every chain's head at one moment: the Merkle root over all heads, signed with a key held
 * outside the database, so that whoever can write to the database still cannot rewrite a signed history
 * unnoticed. Exported and published as this JSON record; docs/AUDIT-CHAIN.md, "Checkpoint", gives what is signed.
 */
public record Checkpoint(long number, String createdAt, long treeSize, String rootHash, String keyId, String signature) {

    private static final String TAG = "kerjasama.checkpoint.v1";
    private static final int SIGNATURE_BYTES = 64;

    public static Checkpoint sign(long number, Instant createdAt, MerkleTree tree, KeyPair key) {
        Checkpoint unsigned = new Checkpoint(number, createdAt.truncatedTo(ChronoUnit.MILLIS).toString(), tree.size(),
                tree.rootHash(), SigningKeys.keyId(key.getPublic()), null);
        byte[] signature = SigningKeys.sign(key.getPrivate(), unsigned.signedContent().orElseThrow());
        return new Checkpoint(unsigned.number, unsigned.createdAt, unsigned.treeSize, unsigned.rootHash, unsigned.keyId,
                Hex.of(signature));
    }

    /** Empty if the checkpoint is signed by {@code trustedKey} as it stands, else why not. */
    public Optional<Failure> verifySignature(PublicKey trustedKey) {
        String trustedKeyId = SigningKeys.keyId(trustedKey);
        if (!trustedKeyId.equals(keyId)) {
            return Optional.of(Failure.of(Failure.Kind.CHECKPOINT_SIGNATURE_INVALID,
                    "checkpoint " + number + " names signing key " + keyId + ", not the trusted key " + trustedKeyId));
        }
        Optional<byte[]> content = signedContent();
        Optional<byte[]> signatureBytes = Hex.strict(signature, SIGNATURE_BYTES);
        if (content.isEmpty() || signatureBytes.isEmpty()
                || !SigningKeys.verify(trustedKey, content.get(), signatureBytes.get())) {
            return Optional.of(Failure.of(Failure.Kind.CHECKPOINT_SIGNATURE_INVALID,
                    "the signature of checkpoint " + number + " does not verify with key " + trustedKeyId
                            + ": the checkpoint or its signature was changed"));
        }
        return Optional.empty();
    }

    /**
     * Empty if {@code heads}, the leaves recorded for this checkpoint, rebuild the root it signed. Verifiers
     * rebuild the whole tree before trusting one leaf, so a cooperation whose leaf was deleted is not taken for
     * one begun after the checkpoint.
     */
    public Optional<Failure> verifyLeaves(MerkleTree heads) {
        if (heads.size() == treeSize && heads.rootHash().equals(rootHash)) {
            return Optional.empty();
        }
        return Optional.of(Failure.of(Failure.Kind.NOT_INCLUDED_IN_CHECKPOINT, "the " + heads.size()
                + " chain heads recorded for checkpoint " + number + " do not rebuild the root it signed over "
                + treeSize + " heads: the recorded heads were changed"));
    }

    /** The bytes the signature covers; empty when the root is not a hash in lowercase hex. */
    private Optional<byte[]> signedContent() {
        return Hex.strict(rootHash, EventChain.HASH_BYTES).map(root -> CanonicalBytes.tagged(TAG)
                .number(number)
                .text(createdAt)
                .number(treeSize)
                .bytes(root)
                .text(keyId)
                .toByteArray());
    }
}
