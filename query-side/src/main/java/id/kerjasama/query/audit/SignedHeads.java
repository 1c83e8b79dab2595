package id.kerjasama.query.audit;

import id.kerjasama.audit.ChainHead;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.Failure;
import id.kerjasama.audit.MerkleTree;

import java.security.PublicKey;
import java.util.Optional;

/**
 * A checkpoint with the tree rebuilt from the heads recorded for it, and why it cannot be trusted if it cannot
 * (its signature, or recorded heads that do not rebuild its root). Leaves are only taken from a trusted one, and
 * need no inclusion proof: the rebuilt root proves every one of them.
 */
record SignedHeads(Checkpoint checkpoint, MerkleTree tree, Failure problem) {

    static Optional<SignedHeads> latest(Checkpoints checkpoints, PublicKey trustedKey) {
        return checkpoints.latest().map(checkpoint -> {
            MerkleTree tree = MerkleTree.of(checkpoints.headsAt(checkpoint.number()));
            return new SignedHeads(checkpoint, tree,
                    checkpoint.verifySignature(trustedKey).or(() -> checkpoint.verifyLeaves(tree)).orElse(null));
        });
    }

    /** The cooperation's leaf, proven by the rebuilt root; none from a checkpoint that cannot be trusted. */
    Optional<ChainHead> leafOf(String cooperationId) {
        return problem == null ? tree.headOf(cooperationId) : Optional.empty();
    }
}
