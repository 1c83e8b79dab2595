package id.kerjasama.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The adoption record's canonical form and hash, against the test vector of docs/AUDIT-CHAIN.md, and its signature. */
class AdoptionTest {

    static final String ROOT = "a7eb894745d2ff65b5f91bb2c5ab53f5b8d97f1426f1c823f2e19697344e5ccd";
    static final String KEY_ID = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final Adoption VECTOR = new Adoption("c-1", 2, 3, EventChainTest.SECOND_HASH, "2025-10-02T03:04:05Z",
            "operator-pusat", "Arsip lama", 4, ROOT, KEY_ID, null);
    static final String VECTOR_HASH = "4ed525b5aeaf956a0ad9add0f3de68ee12e8b256423479b1481c12a46e826201";

    @Test
    void the_hash_covers_the_documented_byte_layout() throws Exception {
        String canonical = "00000015" + hex("kerjasama.adoption.v1")
                + "00000003" + hex("c-1")
                + "0000000000000002"
                + "0000000000000003"
                + "00000020" + EventChainTest.SECOND_HASH
                + "00000014" + hex("2025-10-02T03:04:05Z")
                + "0000000e" + hex("operator-pusat")
                + "0000000a" + hex("Arsip lama")
                + "0000000000000004"
                + "00000020" + ROOT
                + "00000040" + hex(KEY_ID);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(canonical)));

        assertThat(VECTOR.hash()).hasValue(hash);
        assertThat(hash).isEqualTo(VECTOR_HASH);
    }

    @Test
    void a_signed_adoption_verifies_with_its_key_only_and_any_changed_field_breaks_it() {
        KeyPair key = SigningKeys.generate();
        Checkpoint before = Checkpoint.sign(4, Instant.parse("2025-10-02T03:04:04Z"), MerkleTree.of(List.of()), key);
        Adoption a = Adoption.sign("c-1", 2, 3, EventChainTest.SECOND_HASH, Instant.parse("2025-10-02T03:04:05.123456Z"),
                "operator-pusat", "Arsip lama", before, key);

        assertThat(a.adoptedAt()).isEqualTo("2025-10-02T03:04:05.123Z");
        assertThat(a.verifySignature(key.getPublic())).isEmpty();
        assertThat(a.verifySignature(SigningKeys.generate().getPublic())).isPresent();
        List<Adoption> changed = List.of(
                new Adoption("c-2", 2, 3, a.previousHash(), a.adoptedAt(), a.operator(), a.reason(), 4, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 1, 3, a.previousHash(), a.adoptedAt(), a.operator(), a.reason(), 4, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 2, 4, a.previousHash(), a.adoptedAt(), a.operator(), a.reason(), 4, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 2, 3, EventChainTest.FIRST_HASH, a.adoptedAt(), a.operator(), a.reason(), 4, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 2, 3, a.previousHash(), "2025-10-02T03:04:05.124Z", a.operator(), a.reason(), 4, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 2, 3, a.previousHash(), a.adoptedAt(), "operator-lain", a.reason(), 4, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 2, 3, a.previousHash(), a.adoptedAt(), a.operator(), "Arsip baru", 4, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 2, 3, a.previousHash(), a.adoptedAt(), a.operator(), a.reason(), 3, a.checkpointBeforeRoot(), a.keyId(), a.signature()),
                new Adoption("c-1", 2, 3, a.previousHash(), a.adoptedAt(), a.operator(), a.reason(), 4, ROOT, a.keyId(), a.signature()),
                new Adoption("c-1", 2, 3, a.previousHash(), a.adoptedAt(), a.operator(), a.reason(), 4, a.checkpointBeforeRoot(), a.keyId(), "00".repeat(64)));
        for (Adoption forged : changed) {
            assertThat(forged.verifySignature(key.getPublic())).as("%s", forged).isPresent();
        }
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
