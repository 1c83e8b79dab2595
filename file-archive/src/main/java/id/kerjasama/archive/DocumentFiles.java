package id.kerjasama.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the files of recorded documents are kept, by the SHA-256 of their bytes: the same bytes are kept once
 * however many documents record them, and nothing here deletes a kept file. The one storage interface of the
 * archive, so that another store (an S3-compatible object store) can replace the database without the domain
 * noticing. Files are streamed both ways, never held whole in memory.
 */
public interface DocumentFiles {

    /**
     * Streams the bytes in, hashing them as they come, and holds them aside: they are kept only by
     * {@link #keep}, and dropped by {@link #discard}.
     *
     * @throws FileTooLarge when more than {@code maxSize} bytes arrive (what arrived is dropped)
     */
    Received receive(InputStream in, long maxSize) throws IOException;

    /**
     * Keeps received bytes under their hash.
     *
     * @return false when the same bytes were kept before (the received copy is dropped)
     */
    boolean keep(Received received);

    /** Drops received bytes that are not to be kept. */
    void discard(Received received);

    /** The size of the file kept under this hash, if one is. */
    Optional<Long> size(String sha256);

    /**
     * The bytes of a kept file from {@code offset}, {@code length} of them, read as the stream is read.
     *
     * @throws FileMissing when no file is kept under this hash
     */
    InputStream open(String sha256, long offset, long length);

    /** Bytes received and held aside: their hash and size, and the handle {@link #keep} and {@link #discard} take. */
    record Received(String handle, String sha256, long size) {
    }

    /** More bytes arrived than the limit allows. */
    final class FileTooLarge extends RuntimeException {

        private final long limit;

        public FileTooLarge(long limit) {
            super("The file is larger than " + limit + " bytes, the most the archive accepts");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** No file is kept under the hash asked for (or its stored chunks are gone). */
    final class FileMissing extends RuntimeException {

        public FileMissing(String sha256) {
            super("no file is archived under SHA-256 " + sha256);
        }
    }
}
