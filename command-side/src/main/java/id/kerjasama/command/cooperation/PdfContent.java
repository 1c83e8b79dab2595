package id.kerjasama.command.cooperation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Tells, while the bytes stream past, whether they are a PDF by content: the header {@code %PDF-} at the start and,
 * in the last 1024 bytes, the trailer's {@code startxref} and {@code %%EOF} (ISO 32000-1, 7.5.2 and 7.5.5; readers
 * look for the end marker within the last 1024 bytes). Only the first bytes and a sliding tail are held, never the
 * file.
 */
final class PdfContent extends FilterInputStream {

    private static final int TAIL = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final byte[] head = new byte[HEADER.length];
    private int headLength;
    private final byte[] tail = new byte[TAIL];
    private long total;

    PdfContent(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            seen(new byte[]{(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
            seen(buffer, off, n);
        }
        return n;
    }

    private void seen(byte[] buffer, int off, int n) {
        for (int i = 0; i < n && headLength < head.length; i++) {
            head[headLength++] = buffer[off + i];
        }
        for (int i = Math.max(0, n - TAIL); i < n; i++) {
            tail[(int) ((total + i) % TAIL)] = buffer[off + i];
        }
        total += n;
    }

    /** Whether the bytes read so far (all of them, once the stream is read to its end) are a PDF. */
    boolean isPdf() {
        if (headLength < HEADER.length || !java.util.Arrays.equals(head, HEADER)) {
            return false;
        }
        int length = (int) Math.min(total, TAIL);
        byte[] last = new byte[length];
        for (int i = 0; i < length; i++) {
            last[i] = tail[(int) ((total - length + i) % TAIL)];
        }
        String end = new String(last, StandardCharsets.ISO_8859_1);
        int startxref = end.lastIndexOf("startxref");
        return startxref >= 0 && end.indexOf("%%EOF", startxref) >= 0;
    }
}
