package id.kerjasama.audit;

import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hashes, keys and signatures travel as lowercase hexadecimal. Decoding is strict (lowercase, exact length), so
 * that a bundle cannot carry the same bytes in a second spelling that a byte-for-byte comparison would miss.
 */
final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();
    private static final Pattern LOWERCASE_HEX = Pattern.compile("([0-9a-f]{2})*");

    private Hex() {
    }

    static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** The bytes of {@code hex} if it is lowercase hexadecimal of exactly {@code length} bytes. */
    static Optional<byte[]> strict(String hex, int length) {
        if (hex == null || hex.length() != 2 * length || !LOWERCASE_HEX.matcher(hex).matches()) {
            return Optional.empty();
        }
        return Optional.of(FORMAT.parseHex(hex));
    }
}
