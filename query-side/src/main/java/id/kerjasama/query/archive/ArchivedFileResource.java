package id.kerjasama.query.archive;

import id.kerjasama.archive.DocumentFiles;
import org.springframework.core.io.AbstractResource;

import java.io.InputStream;

/**
 * A file in the archive as a Spring resource, so that Spring MVC answers range requests from it (a range is skipped
 * to without reading the chunks before it).
 */
public class ArchivedFileResource extends AbstractResource {

    private final DocumentFiles files;
    private final String sha256;
    private final long size;
    private final String fileName;

    ArchivedFileResource(DocumentFiles files, String sha256, long size, String fileName) {
        this.files = files;
        this.sha256 = sha256;
        this.size = size;
        this.fileName = fileName;
    }

    @Override
    public InputStream getInputStream() {
        return files.open(sha256, 0, size);
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public String getDescription() {
        return "archived file " + sha256;
    }
}
