package id.kerjasama.query.archive;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import id.kerjasama.archive.DocumentFiles;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads every archived file again and hashes it: a file whose bytes no longer have the SHA-256 the cooperation
 * recorded, or that is gone, is reported with every cooperation and document that records it. Each file is read once
 * however many documents record it, streamed chunk by chunk.
 */
@Service
public class FileRehash {

    /** How often the re-hash reports progress, in files. */
    static final int PROGRESS_EVERY = 100;

    /** The lines of a re-hash, each one JSON object with its {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Started.class, name = "started"),
            @JsonSubTypes.Type(value = Progress.class, name = "progress"),
            @JsonSubTypes.Type(value = Failed.class, name = "failed"),
            @JsonSubTypes.Type(value = Finished.class, name = "finished")})
    public sealed interface Line permits Started, Progress, Failed, Finished {
    }

    public record Started(int files, int documents) implements Line {
    }

    public record Progress(int checked, int files, long bytes) implements Line {
    }

    /**
     * A file that does not hold what was recorded: {@code MISSING} (not in the archive, or some of its bytes gone) or
     * {@code CHANGED} (its bytes hash to {@code actualSha256}).
     */
    public record Failed(String sha256, String problem, String actualSha256, List<Located> documents) implements Line {
    }

    /** Where a file is recorded. */
    public record Located(String cooperationId, String documentId) {
    }

    public record Finished(int files, int documents, int intact, int failed, long bytes, long millis) implements Line {
    }

    private final ArchivedFileTable table;
    private final DocumentFiles files;

    FileRehash(ArchivedFileTable table, DocumentFiles files) {
        this.table = table;
        this.files = files;
    }

    public void rehashAll(Consumer<Line> report) {
        long start = System.nanoTime();
        Map<String, List<ArchivedFileTable.Row>> bySha256 = new LinkedHashMap<>();
        table.all().forEach(row -> bySha256.computeIfAbsent(row.sha256(), sha -> new ArrayList<>()).add(row));
        int documents = bySha256.values().stream().mapToInt(List::size).sum();
        report.accept(new Started(bySha256.size(), documents));
        int checked = 0;
        int failed = 0;
        long bytes = 0;
        for (Map.Entry<String, List<ArchivedFileTable.Row>> file : bySha256.entrySet()) {
            long size = file.getValue().get(0).size();
            Optional<String> actual = rehash(file.getKey(), size);
            if (!actual.equals(Optional.of(file.getKey()))) {
                failed++;
                report.accept(new Failed(file.getKey(), actual.isEmpty() ? "MISSING" : "CHANGED", actual.orElse(null),
                        file.getValue().stream().map(r -> new Located(r.cooperationId(), r.documentId())).toList()));
            }
            bytes += size;
            if (++checked % PROGRESS_EVERY == 0) {
                report.accept(new Progress(checked, bySha256.size(), bytes));
            }
        }
        report.accept(new Finished(bySha256.size(), documents, checked - failed, failed, bytes,
                (System.nanoTime() - start) / 1_000_000));
    }

    /** The SHA-256 of the stored bytes, or nothing when the file, or some of it, is gone. */
    private Optional<String> rehash(String sha256, long size) {
        if (files.size(sha256).filter(stored -> stored == size).isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = files.open(sha256, 0, size)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                read += n;
            }
        } catch (DocumentFiles.FileMissing gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read < size ? Optional.empty() : Optional.of(HexFormat.of().formatHex(digest.digest()));
    }
}
