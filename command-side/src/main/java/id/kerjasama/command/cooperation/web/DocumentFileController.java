package id.kerjasama.command.cooperation.web;

import id.kerjasama.command.cooperation.CommandOutcome;
import id.kerjasama.command.cooperation.DocumentFileUploads;
import id.kerjasama.archive.DocumentFiles;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.command.ArchiveDocumentFile;
import id.kerjasama.validation.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;

/**
 * Uploads the file of a document a cooperation records, into the archive: as the raw body (any content type) or as
 * the part {@code file} of a {@code multipart/form-data} body. The body is streamed, never read whole; a declared
 * length over {@code kerjasama.archive.max-file-size} is refused before a byte is read.
 */
@RestController
@RequestMapping("/api/cooperations")
@Tag(name = "Cooperation commands")
public class DocumentFileController {

    private final DocumentFileUploads uploads;

    DocumentFileController(DocumentFileUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping("/{id}/documents/{documentId}/file")
    @SendsCommand(ArchiveDocumentFile.class)
    @Operation(summary = "Archive the file of a recorded document (its bytes must have the SHA-256 the cooperation recorded)")
    // the form (multipart/form-data, part "file") is taken too but left out of the description: the generated
    // client would need a model for it
    @RequestBody(required = true, description = "The file: its bytes as the body, of any media type; or, as a form "
            + "(multipart/form-data), its part named file", content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    public ResponseEntity<Accepted> archiveDocumentFile(@PathVariable String id, @PathVariable String documentId,
                                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                        HttpServletRequest request) throws IOException, ServletException {
        CooperationId cooperationId = CommandArguments.existing(id);
        DocumentId document = DocumentId.of(documentId);
        Long expected = IfMatch.version(ifMatch);
        CommandOutcome outcome;
        if (MediaType.MULTIPART_FORM_DATA.isCompatibleWith(contentType(request))) {
            Part part = request.getPart("file");
            if (part == null) {
                throw new InvalidValueException("file", "REQUIRED",
                        "a multipart upload carries the file in its part named file");
            }
            try (InputStream in = part.getInputStream()) {
                outcome = uploads.archive(cooperationId, document, in, mediaType(part.getContentType()), expected);
            }
        } else {
            // a raw body's declared length is the file's: refused before a byte is read
            if (request.getContentLengthLong() > uploads.maxFileSize()) {
                throw new DocumentFiles.FileTooLarge(uploads.maxFileSize());
            }
            outcome = uploads.archive(cooperationId, document, request.getInputStream(),
                    mediaType(request.getContentType()), expected);
        }
        return ResponseEntity.ok().eTag(Long.toString(outcome.version()))
                .body(Accepted.of(cooperationId.value(), outcome.version(), null, null));
    }

    private static MediaType contentType(HttpServletRequest request) {
        String declared = mediaType(request.getContentType());
        return declared == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(declared);
    }

    /** The declared media type as recorded (no parameters, such as a charset or a boundary), or null when there is none. */
    private static String mediaType(String declared) {
        try {
            if (declared == null) {
                return null;
            }
            MediaType type = MediaType.parseMediaType(declared);
            return new MediaType(type.getType(), type.getSubtype()).toString();
        } catch (InvalidMediaTypeException e) {
            throw new InvalidValueException("Content-Type", "MEDIA_TYPE", "Content-Type is not a media type: " + e.getMessage());
        }
    }
}
