package id.kerjasama.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proof that a cooperation's chain head is one of the leaves a checkpoint signed: the head (its sequence number
 * and hash), the leaf's index among the sorted leaves, and the hashes of the sibling subtrees from the leaf up
 * to the root (lowercase hex).
 */
public record Inclusion(long leafIndex, long sequenceNumber, String hash, List<String> path) {

    public Inclusion {
        path = path == null ? List.of() : List.copyOf(path);
    }

    /** The root this proof leads to for the cooperation's leaf in a tree of {@code treeSize} leaves, if it leads anywhere. */
    public Optional<String> rootFor(String aggregateIdentifier, long treeSize) {
        if (Hex.strict(hash, EventChain.HASH_BYTES).isEmpty()) {
            return Optional.empty();
        }
        List<byte[]> siblings = new ArrayList<>();
        for (String sibling : path) {
            Optional<byte[]> bytes = Hex.strict(sibling, EventChain.HASH_BYTES);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            siblings.add(bytes.get());
        }
        byte[] leaf = MerkleTree.leafHash(new ChainHead(aggregateIdentifier, sequenceNumber, hash));
        return MerkleTree.rootFrom(leaf, leafIndex, treeSize, siblings).map(Hex::of);
    }
}
