package id.kerjasama.query.archive.web;

import id.kerjasama.query.archive.ArchivedFiles;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationDetail.RecordedFile;
import id.kerjasama.query.cooperation.CooperationStore;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.security.ReadGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The archived file of a document a cooperation records, for whoever may read the cooperation. */
@RestController
@RequestMapping("/api/cooperations")
@Tag(name = "Cooperations")
public class DocumentFileController {

    private final CooperationStore store;
    private final ReadGuard guard;
    private final ArchivedFiles files;

    DocumentFileController(CooperationStore store, ReadGuard guard, ArchivedFiles files) {
        this.store = store;
        this.guard = guard;
        this.files = files;
    }

    @GetMapping("/{id}/documents/{documentId}/file")
    @ApiResponse(responseCode = "200", description = DocumentFileDownload.WHOLE,
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = DocumentFileDownload.PART,
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "Download the archived file of a recorded document (ETag is its SHA-256; Range requests answered)")
    public ResponseEntity<Resource> file(@PathVariable String id, @PathVariable String documentId, WebRequest request) {
        guard.requireReadable(id);
        CooperationDetail detail = store.find(id).orElseThrow(() -> new CooperationNotFound("No cooperation " + id));
        RecordedFile file = ArchivedFiles.recorded(detail, documentId);
        return DocumentFileDownload.of(file, files.file(file), request);
    }
}
