package id.kerjasama.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The byte layout that every hash and signature of the audit chain covers: a tag naming the structure and its
 * version, then the fields in a fixed order, each text or byte field preceded by its length, so that no two
 * different sequences of fields can produce the same bytes. docs/AUDIT-CHAIN.md specifies it.
 */
final class CanonicalBytes {

    /** The length written for a field that is absent (SQL NULL), which no present field can have. */
    private static final int ABSENT = -1;

    /** Cloned for each digest: cheaper than looking the algorithm up among the providers every time. */
    private static final MessageDigest SHA_256 = newSha256();

    private byte[] bytes = new byte[512];
    private int size;

    private CanonicalBytes() {
    }

    static CanonicalBytes tagged(String tag) {
        return new CanonicalBytes().text(tag);
    }

    /** UTF-8, preceded by its length in bytes (4 bytes, big-endian); null is the length -1 alone. */
    CanonicalBytes text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Preceded by its length (4 bytes, big-endian); null is the length -1 alone. */
    CanonicalBytes bytes(byte[] value) {
        if (value == null) {
            return bigEndian(ABSENT, Integer.BYTES);
        }
        bigEndian(value.length, Integer.BYTES);
        ensureRoom(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    /** 8 bytes, big-endian, two's complement. */
    CanonicalBytes number(long value) {
        return bigEndian(value, Long.BYTES);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private CanonicalBytes bigEndian(long value, int length) {
        ensureRoom(length);
        for (int i = length - 1; i >= 0; i--) {
            bytes[size + i] = (byte) value;
            value >>= 8;
        }
        size += length;
        return this;
    }

    private void ensureRoom(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }

    static byte[] sha256(byte[]... parts) {
        MessageDigest digest = sha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException notCloneable) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
