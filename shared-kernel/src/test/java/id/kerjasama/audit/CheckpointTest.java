package id.kerjasama.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signed checkpoints and the Ed25519 key files, including keys that OpenSSL wrote. */
class CheckpointTest {

    /** Made for this test with {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout}. */
    static final String OPENSSL_PRIVATE_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEINB477IuQCynIu7b+KBSZYn0jbBr9AHWY3zWXun0A8B8
            -----END PRIVATE KEY-----
            """;
    static final String OPENSSL_PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEABphyKc4W7NMnKKl//RcaZcbU+4RCxw63Q4P4uaeUpeo=
            -----END PUBLIC KEY-----
            """;
    /** {@code openssl pkeyutl -sign -inkey private.pem -rawin} of the five bytes "hello". */
    static final String OPENSSL_SIGNATURE_OF_HELLO = "d753ebb840ca67f6e3ba4719d5019981c659908b1094c7c29d16827f93fc5f97"
            + "eb499244dec96e6a028bb8b2b84db77b2ff4c9079a47f9b6c148e84c5e4e5809";

    private final KeyPair key = SigningKeys.generate();
    private final MerkleTree tree = MerkleTree.of(List.of(History.of(3).head()));

    @Test
    void a_checkpoint_verifies_with_its_key_as_signed() {
        Checkpoint checkpoint = Checkpoint.sign(7, Instant.parse("2025-10-01T02:03:04.123456Z"), tree, key);
        assertThat(checkpoint.createdAt()).isEqualTo("2025-10-01T02:03:04.123Z");
        assertThat(checkpoint.treeSize()).isEqualTo(1);
        assertThat(checkpoint.rootHash()).isEqualTo(tree.rootHash());
        assertThat(checkpoint.keyId()).isEqualTo(SigningKeys.keyId(key.getPublic()));
        assertThat(checkpoint.signature()).hasSize(128);
        assertThat(checkpoint.verifySignature(key.getPublic())).isEmpty();
    }

    @Test
    void a_change_to_any_signed_field_or_to_the_signature_is_found() {
        Checkpoint c = Checkpoint.sign(7, Instant.now(), tree, key);
        String otherHash = "ab".repeat(32);
        List<Checkpoint> changed = List.of(
                new Checkpoint(8, c.createdAt(), c.treeSize(), c.rootHash(), c.keyId(), c.signature()),
                new Checkpoint(c.number(), "2020-01-01T00:00:00Z", c.treeSize(), c.rootHash(), c.keyId(), c.signature()),
                new Checkpoint(c.number(), c.createdAt(), 2, c.rootHash(), c.keyId(), c.signature()),
                new Checkpoint(c.number(), c.createdAt(), c.treeSize(), otherHash, c.keyId(), c.signature()),
                new Checkpoint(c.number(), c.createdAt(), c.treeSize(), c.rootHash().toUpperCase(), c.keyId(), c.signature()),
                new Checkpoint(c.number(), c.createdAt(), c.treeSize(), c.rootHash(), c.keyId(), flipFirstBit(c.signature())),
                new Checkpoint(c.number(), c.createdAt(), c.treeSize(), c.rootHash(), c.keyId(), c.signature().substring(2)),
                new Checkpoint(c.number(), c.createdAt(), c.treeSize(), c.rootHash(), c.keyId(), null));
        for (Checkpoint checkpoint : changed) {
            assertThat(checkpoint.verifySignature(key.getPublic())).as(checkpoint.toString()).hasValueSatisfying(failure -> {
                assertThat(failure.kind()).isEqualTo(Failure.Kind.CHECKPOINT_SIGNATURE_INVALID);
                assertThat(failure.detail()).contains("does not verify");
            });
        }
    }

    @Test
    void a_checkpoint_signed_by_another_key_names_both_keys() {
        Checkpoint checkpoint = Checkpoint.sign(1, Instant.now(), tree, SigningKeys.generate());
        PublicKey trusted = key.getPublic();
        assertThat(checkpoint.verifySignature(trusted)).hasValueSatisfying(failure -> {
            assertThat(failure.kind()).isEqualTo(Failure.Kind.CHECKPOINT_SIGNATURE_INVALID);
            assertThat(failure.detail()).contains(checkpoint.keyId()).contains(SigningKeys.keyId(trusted));
        });
    }

    @Test
    void the_recorded_heads_must_rebuild_the_signed_root() {
        Checkpoint checkpoint = Checkpoint.sign(2, Instant.now(), tree, key);
        assertThat(checkpoint.verifyLeaves(tree)).isEmpty();

        ChainHead head = tree.heads().get(0);
        MerkleTree changed = MerkleTree.of(List.of(new ChainHead(head.aggregateIdentifier(), head.sequenceNumber() - 1, head.hash())));
        MerkleTree withoutIt = MerkleTree.of(List.of());
        for (MerkleTree heads : List.of(changed, withoutIt)) {
            assertThat(checkpoint.verifyLeaves(heads)).hasValueSatisfying(failure ->
                    assertThat(failure.kind()).isEqualTo(Failure.Kind.NOT_INCLUDED_IN_CHECKPOINT));
        }
    }

    @Test
    void keys_written_by_openssl_are_read_and_interoperate() {
        PublicKey publicKey = SigningKeys.publicKey(OPENSSL_PUBLIC_KEY);
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(SigningKeys.verify(publicKey, hello, HexFormat.of().parseHex(OPENSSL_SIGNATURE_OF_HELLO))).isTrue();
        SigningKeys.requirePair(SigningKeys.privateKey(OPENSSL_PRIVATE_KEY), publicKey);
        assertThat(SigningKeys.pem(publicKey)).isEqualTo(OPENSSL_PUBLIC_KEY);
    }

    @Test
    void generated_keys_survive_their_pem_files() {
        PublicKey publicKey = SigningKeys.publicKey(SigningKeys.pem(key.getPublic()));
        SigningKeys.requirePair(SigningKeys.privateKey(SigningKeys.pem(key.getPrivate())), publicKey);
        assertThat(SigningKeys.keyId(publicKey)).isEqualTo(SigningKeys.keyId(key.getPublic()));
    }

    @Test
    void mismatched_or_malformed_key_files_are_refused() {
        assertThatThrownBy(() -> SigningKeys.requirePair(key.getPrivate(), SigningKeys.generate().getPublic()))
                .hasMessageContaining("does not belong");
        assertThatThrownBy(() -> SigningKeys.publicKey(OPENSSL_PRIVATE_KEY)).hasMessageContaining("PUBLIC KEY");
        assertThatThrownBy(() -> SigningKeys.privateKey("not a key")).hasMessageContaining("PRIVATE KEY");
    }

    private static String flipFirstBit(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        bytes[0] ^= 1;
        return HexFormat.of().formatHex(bytes);
    }
}
