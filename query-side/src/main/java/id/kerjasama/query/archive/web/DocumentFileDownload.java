package id.kerjasama.query.archive.web;

import id.kerjasama.query.archive.ArchivedFileResource;
import id.kerjasama.query.cooperation.CooperationDetail.RecordedFile;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.nio.charset.StandardCharsets;

/**
 * The answer that carries an archived file, the same for every way to it: its media type, the recorded file name
 * as an attachment (RFC 6266; a name beyond printable ASCII encoded as RFC 5987 {@code filename*}), its SHA-256 as
 * the {@code ETag} (so {@code If-None-Match} answers 304), and ranges ({@code Range: bytes=...} answers 206,
 * by Spring MVC's support for resources).
 */
public final class DocumentFileDownload {

    /** What the answer with the file says, in the API's description. */
    public static final String WHOLE = "The file, of its recorded media type, as an attachment with its recorded name; "
            + "ETag is its SHA-256";
    public static final String PART = "The range asked for (Range: bytes=...), with Content-Range";

    private DocumentFileDownload() {
    }

    public static ResponseEntity<Resource> of(RecordedFile file, ArchivedFileResource resource, WebRequest request) {
        String etag = "\"" + file.sha256 + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        boolean plain = file.fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.archived.mediaType()))
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName, plain ? null : StandardCharsets.UTF_8).build().toString())
                .body(resource);
    }
}
