package id.kerjasama.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The byte layout that every hash and signature of the audit chain covers: a tag naming the structure and its
 * version, then the fields in a fixed order, each text or byte field preceded by its length, so that no two
 * different sequences of fields can produce the same bytes. docs/AUDIT-CHAIN.md specifies it.
 */
final class CanonicalBytes {

    /** The length written for a field that is absent (SQL NULL), which no present field can have. */
    private static final int ABSENT = -1;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);

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
            bytes.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(ABSENT).array());
            return this;
        }
        bytes.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        bytes.writeBytes(value);
        return this;
    }

    /** 8 bytes, big-endian, two's complement. */
    CanonicalBytes number(long value) {
        bytes.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        return this;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
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
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
