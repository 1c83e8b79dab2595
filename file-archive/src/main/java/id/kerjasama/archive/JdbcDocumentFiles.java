package id.kerjasama.archive;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link DocumentFiles} in the database (PostgreSQL, or H2 embedded), in the tables of the command side's Flyway
 * script {@code V5}: a file's bytes are rows of {@link #CHUNK_SIZE} bytes (the last one shorter), written under a
 * key of their own as they arrive, each in its own statement, so that neither the application nor a transaction
 * ever holds a whole file; the file's row, keyed by its hash, names them once they are complete. Reading fetches one
 * chunk at a time, as the reader asks for it.
 */
public class JdbcDocumentFiles implements DocumentFiles {

    /** The size of each stored chunk but a file's last; reading from an offset relies on it. */
    public static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcDocumentFiles(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Received receive(InputStream in, long maxSize) throws IOException {
        String handle = UUID.randomUUID().toString();
        MessageDigest digest = sha256();
        byte[] chunk = new byte[CHUNK_SIZE];
        long size = 0;
        int number = 0;
        try {
            while (true) {
                int filled = in.readNBytes(chunk, 0, CHUNK_SIZE);
                if (filled == 0) {
                    break;
                }
                size += filled;
                if (size > maxSize) {
                    throw new FileTooLarge(maxSize);
                }
                digest.update(chunk, 0, filled);
                jdbc.update("INSERT INTO document_file_chunk (chunk_key, chunk_number, content) VALUES (?, ?, ?)",
                        handle, number++, filled == CHUNK_SIZE ? chunk : Arrays.copyOf(chunk, filled));
                if (filled < CHUNK_SIZE) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteChunks(handle);
            throw e;
        }
        return new Received(handle, HexFormat.of().formatHex(digest.digest()), size);
    }

    @Override
    public boolean keep(Received received) {
        if (size(received.sha256()).isPresent()) {
            discard(received);
            return false;
        }
        try {
            jdbc.update("INSERT INTO document_file (sha256, size, chunk_key, stored_at) VALUES (?, ?, ?, ?)",
                    received.sha256(), received.size(), received.handle(), Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException keptMeanwhile) {
            // the same bytes, uploaded at the same time by another request, were kept first
            discard(received);
            return false;
        }
    }

    @Override
    public void discard(Received received) {
        deleteChunks(received.handle());
    }

    @Override
    public Optional<Long> size(String sha256) {
        return jdbc.queryForList("SELECT size FROM document_file WHERE sha256 = ?", Long.class, sha256)
                .stream().findFirst();
    }

    @Override
    public InputStream open(String sha256, long offset, long length) {
        List<String> keys = jdbc.queryForList("SELECT chunk_key FROM document_file WHERE sha256 = ?", String.class, sha256);
        if (keys.isEmpty()) {
            throw new FileMissing(sha256);
        }
        return new ChunkStream(keys.get(0), sha256, offset, length);
    }

    private void deleteChunks(String handle) {
        jdbc.update("DELETE FROM document_file_chunk WHERE chunk_key = ?", handle);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The bytes of one file from an offset, one chunk fetched at a time. */
    private final class ChunkStream extends InputStream {

        private final String key;
        private final String sha256;
        private long remaining;
        private int nextChunk;
        /** The chunk being read, null before the first and after a skip. */
        private byte[] current;
        /** Where in the chunk being read, or, while none is, in the next chunk to fetch. */
        private int position;

        ChunkStream(String key, String sha256, long offset, long length) {
            this.key = key;
            this.sha256 = sha256;
            this.remaining = length;
            this.nextChunk = (int) (offset / CHUNK_SIZE);
            this.position = (int) (offset % CHUNK_SIZE);
        }

        /** Skips without fetching the chunks skipped, so that a range from the middle of a file starts there. */
        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, remaining));
            long at = (long) (current == null ? nextChunk : nextChunk - 1) * CHUNK_SIZE + position + skipped;
            nextChunk = (int) (at / CHUNK_SIZE);
            position = (int) (at % CHUNK_SIZE);
            current = null;
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            if (current == null || position >= current.length) {
                int skip = current == null ? position : 0;
                List<byte[]> rows = jdbc.queryForList(
                        "SELECT content FROM document_file_chunk WHERE chunk_key = ? AND chunk_number = ?",
                        byte[].class, key, nextChunk++);
                if (rows.isEmpty()) {
                    // fewer chunks than the file's size says: a stored chunk is gone
                    throw new FileMissing(sha256);
                }
                current = rows.get(0);
                position = skip;
                if (position >= current.length) {
                    throw new FileMissing(sha256);
                }
            }
            int n = (int) Math.min(Math.min(len, current.length - position), remaining);
            System.arraycopy(current, position, buffer, off, n);
            position += n;
            remaining -= n;
            return n;
        }
    }
}
