package id.kerjasama.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Merkle tree a checkpoint signs: one leaf per cooperation (its chain head), sorted by the UTF-8 bytes of the
 * aggregate identifier, hashed as in RFC 6962 / RFC 9162 (Certificate Transparency), so that a small inclusion
 * proof shows one cooperation's head is in the signed root without revealing or needing the others.
 * docs/AUDIT-CHAIN.md, "Checkpoint".
 */
public final class MerkleTree {

    private static final String LEAF_TAG = "kerjasama.head.v1";
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final List<ChainHead> heads;
    private final Map<String, Integer> indexes = new HashMap<>();
    /** Level 0 holds the leaf hashes; each level above pairs the one below, an odd last node moving up unchanged. */
    private final List<byte[][]> levels = new ArrayList<>();

    private MerkleTree(List<ChainHead> sortedHeads) {
        this.heads = sortedHeads;
        byte[][] level = new byte[sortedHeads.size()][];
        for (int i = 0; i < level.length; i++) {
            ChainHead head = sortedHeads.get(i);
            if (indexes.put(head.aggregateIdentifier(), i) != null) {
                throw new IllegalArgumentException("Two chain heads for " + head.aggregateIdentifier());
            }
            level[i] = leafHash(head);
        }
        levels.add(level);
        while (level.length > 1) {
            byte[][] above = new byte[(level.length + 1) / 2][];
            for (int i = 0; i < above.length; i++) {
                above[i] = 2 * i + 1 < level.length ? nodeHash(level[2 * i], level[2 * i + 1]) : level[2 * i];
            }
            levels.add(above);
            level = above;
        }
    }

    public static MerkleTree of(Collection<ChainHead> heads) {
        // each identifier encoded once, not at every comparison of the sort
        record Keyed(byte[] key, ChainHead head) {
        }
        return new MerkleTree(heads.stream()
                .map(head -> new Keyed(head.aggregateIdentifier().getBytes(StandardCharsets.UTF_8), head))
                .sorted((a, b) -> Arrays.compareUnsigned(a.key(), b.key()))
                .map(Keyed::head)
                .toList());
    }

    /** The root in lowercase hex; for no leaves at all, the SHA-256 of nothing (RFC 9162). */
    public String rootHash() {
        byte[][] top = levels.get(levels.size() - 1);
        return Hex.of(top.length == 0 ? CanonicalBytes.sha256().digest() : top[0]);
    }

    public int size() {
        return heads.size();
    }

    /** The leaves in tree order. */
    public List<ChainHead> heads() {
        return heads;
    }

    public Optional<ChainHead> headOf(String aggregateIdentifier) {
        return Optional.ofNullable(indexes.get(aggregateIdentifier)).map(heads::get);
    }

    /** The cooperation's head and the audit path from its leaf to the root, bottom up; empty if it has no leaf. */
    public Optional<Inclusion> inclusionOf(String aggregateIdentifier) {
        Integer leafIndex = indexes.get(aggregateIdentifier);
        if (leafIndex == null) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        int index = leafIndex;
        for (byte[][] level : levels.subList(0, levels.size() - 1)) {
            int sibling = index ^ 1;
            if (sibling < level.length) {
                path.add(Hex.of(level[sibling]));
            }
            index /= 2;
        }
        ChainHead head = heads.get(leafIndex);
        return Optional.of(new Inclusion(leafIndex, head.sequenceNumber(), head.hash(), path));
    }

    /**
     * The root that an audit path leads to from a leaf, by the verification algorithm of RFC 9162 §2.1.3.2; empty
     * when the path cannot belong to a tree of that size.
     */
    static Optional<byte[]> rootFrom(byte[] leafHash, long leafIndex, long treeSize, List<byte[]> path) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return Optional.empty();
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return Optional.empty();
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? Optional.of(r) : Optional.empty();
    }

    static byte[] leafHash(ChainHead head) {
        byte[] leaf = CanonicalBytes.tagged(LEAF_TAG)
                .text(head.aggregateIdentifier())
                .number(head.sequenceNumber())
                .bytes(HexFormat.of().parseHex(head.hash()))
                .toByteArray();
        return CanonicalBytes.sha256(new byte[]{LEAF_PREFIX}, leaf);
    }

    private static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = CanonicalBytes.sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }
}
