package id.kerjasama.audit;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tree of chain heads: RFC 6962's hashing, sorted leaves, and inclusion proofs for every leaf of every size. */
class MerkleTreeTest {

    @Test
    void the_root_is_rfc_6962s_merkle_tree_hash_for_every_size() throws Exception {
        for (int size = 0; size <= 40; size++) {
            MerkleTree tree = MerkleTree.of(heads(size));
            List<byte[]> leaves = tree.heads().stream().map(MerkleTree::leafHash).toList();
            assertThat(tree.rootHash()).as("size %d", size).isEqualTo(HexFormat.of().formatHex(rfc6962(leaves)));
        }
    }

    @Test
    void the_test_vector_of_the_documentation_holds() {
        ChainHead documented = new ChainHead("c-1", 1, EventChainTest.SECOND_HASH);
        MerkleTree tree = MerkleTree.of(List.of(new ChainHead("c-2", 0, "11".repeat(32)), documented));

        assertThat(HexFormat.of().formatHex(MerkleTree.leafHash(documented)))
                .isEqualTo("827d9d2b63b3874405db33334a6b76f7b182a6488df49fbf3ab71b9cd5cc9db6");
        assertThat(tree.rootHash()).isEqualTo("a7eb894745d2ff65b5f91bb2c5ab53f5b8d97f1426f1c823f2e19697344e5ccd");
        assertThat(tree.inclusionOf("c-1")).hasValueSatisfying(inclusion -> {
            assertThat(inclusion.leafIndex()).isZero();
            assertThat(inclusion.path()).containsExactly("9fde93095352bf4a9c39f9e36a3b0e9af1fda23ba91af708b867b0947477019f");
        });
        assertThat(MerkleTree.of(List.of()).rootHash()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void every_leaf_of_every_size_is_proven_and_a_changed_proof_is_not() {
        for (int size = 1; size <= 33; size++) {
            MerkleTree tree = MerkleTree.of(heads(size));
            Optional<String> signedRoot = Optional.of(tree.rootHash());
            for (ChainHead head : tree.heads()) {
                Inclusion inclusion = tree.inclusionOf(head.aggregateIdentifier()).orElseThrow();
                String id = head.aggregateIdentifier();
                assertThat(inclusion.rootFor(id, size)).as("size %d, %s", size, id).contains(tree.rootHash());

                assertThat(inclusion.rootFor(id + "x", size)).isNotEqualTo(signedRoot);
                assertThat(new Inclusion(inclusion.leafIndex() ^ 1, inclusion.sequenceNumber(), inclusion.hash(), inclusion.path())
                        .rootFor(id, size)).isNotEqualTo(signedRoot);
                assertThat(new Inclusion(inclusion.leafIndex(), inclusion.sequenceNumber() + 1, inclusion.hash(), inclusion.path())
                        .rootFor(id, size)).isNotEqualTo(signedRoot);
                if (!inclusion.path().isEmpty()) {
                    List<String> changed = new ArrayList<>(inclusion.path());
                    changed.set(0, "22".repeat(32));
                    assertThat(new Inclusion(inclusion.leafIndex(), inclusion.sequenceNumber(), inclusion.hash(), changed)
                            .rootFor(id, size)).isNotEqualTo(signedRoot);
                    assertThat(new Inclusion(inclusion.leafIndex(), inclusion.sequenceNumber(), inclusion.hash(),
                            inclusion.path().subList(1, inclusion.path().size())).rootFor(id, size)).isNotEqualTo(signedRoot);
                }
            }
        }
    }

    @Test
    void a_path_in_another_spelling_than_lowercase_hex_leads_nowhere() {
        MerkleTree tree = MerkleTree.of(heads(2));
        Inclusion inclusion = tree.inclusionOf(tree.heads().get(0).aggregateIdentifier()).orElseThrow();
        Inclusion uppercase = new Inclusion(0, inclusion.sequenceNumber(), inclusion.hash(), List.of(inclusion.path().get(0).toUpperCase()));
        assertThat(uppercase.rootFor(tree.heads().get(0).aggregateIdentifier(), 2)).isEmpty();
    }

    @Test
    void leaves_are_sorted_by_the_utf8_bytes_of_the_aggregate_identifier_whatever_the_input_order() {
        // U+FF21 sorts before U+1F600 as a Java (UTF-16) string, after it in UTF-8
        ChainHead wide = new ChainHead("\uFF21", 0, "11".repeat(32));
        ChainHead emoji = new ChainHead("\uD83D\uDE00", 0, "22".repeat(32));
        ChainHead ascii = new ChainHead("b", 0, "33".repeat(32));
        MerkleTree one = MerkleTree.of(List.of(wide, emoji, ascii));
        MerkleTree other = MerkleTree.of(List.of(emoji, ascii, wide));
        assertThat(one.heads()).containsExactly(ascii, wide, emoji);
        assertThat(one.rootHash()).isEqualTo(other.rootHash());
    }

    @Test
    void two_heads_for_one_cooperation_are_refused() {
        assertThatThrownBy(() -> MerkleTree.of(List.of(new ChainHead("a", 0, "11".repeat(32)), new ChainHead("a", 1, "22".repeat(32)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<ChainHead> heads(int size) {
        return IntStream.range(0, size).mapToObj(i -> new ChainHead("cooperation-" + (char) ('a' + i % 26) + i, i,
                HexFormat.of().formatHex(sha256(new byte[]{(byte) i})))).toList();
    }

    /** RFC 6962 §2.1 as written: split at the largest power of two smaller than the size. */
    private static byte[] rfc6962(List<byte[]> leaves) throws Exception {
        if (leaves.isEmpty()) {
            return sha256(new byte[0]);
        }
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        byte[] left = rfc6962(leaves.subList(0, k));
        byte[] right = rfc6962(leaves.subList(k, leaves.size()));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((byte) 1);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
