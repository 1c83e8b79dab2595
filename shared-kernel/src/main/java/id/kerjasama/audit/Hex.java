package id.kerjasama.audit;

import java.util.HexFormat;
import java.util.Optional;

/**
 * Hashes, keys and signatures travel as lowercase hexadecimal. Decoding is strict (lowercase, exact length), so
 * that a bundle cannot carry the same bytes in a second spelling that a byte-for-byte comparison would miss.
 */
final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** The bytes of {@code hex} if it is lowercase hexadecimal of exactly {@code length} bytes. */
    static Optional<byte[]> strict(String hex, int length) {
        if (hex == null || hex.length() != 2 * length) {
            return Optional.empty();
        }
        // a loop, not a regular expression: every event's hash is decoded, and a pattern costs more than the hashing
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return Optional.empty();
            }
        }
        return Optional.of(FORMAT.parseHex(hex));
    }
}
