package id.kerjasama.query.publicregister.web;

import id.kerjasama.query.archive.ArchivedFiles;
import id.kerjasama.query.archive.web.DocumentFileDownload;
import id.kerjasama.query.cooperation.CooperationDetail.RecordedFile;
import id.kerjasama.query.publicregister.Publication;
import id.kerjasama.query.publicregister.PublicCooperation;
import id.kerjasama.query.publicregister.PublicEntry;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.web.CooperationQueryController;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The public register of signed agreements (UU 14/2008 art. 11): open to everyone, showing only public fields and
 * nothing an exemption withholds (art. 17), and the signed originals of the agreements in force.
 */
@RestController
@RequestMapping("/api/public/cooperations")
@Tag(name = "Public register")
public class PublicRegisterController {

    private final Publication publication;
    private final ArchivedFiles files;

    PublicRegisterController(Publication publication, ArchivedFiles files) {
        this.publication = publication;
        this.files = files;
    }

    @GetMapping
    @Operation(summary = "Signed agreements, newest first")
    public Page<PublicEntry> register(@RequestParam(required = false) RegionCode region,
                                      @RequestParam(required = false) List<CooperationType> type,
                                      @RequestParam(required = false) String q,
                                      @RequestParam(defaultValue = "signedOn,desc") String sort,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        return publication.register(CooperationQueryController.query(region, null, type, null, null, null,
                null, null, null, null, q, true, sort, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One signed agreement, as the public may see it, and what is withheld from it")
    public PublicCooperation cooperation(@PathVariable String id) {
        return publication.cooperation(id)
                .orElseThrow(() -> new CooperationNotFound("No signed agreement " + id + " in the public register"));
    }

    @GetMapping("/{id}/documents/{documentId}/file")
    @ApiResponse(responseCode = "200", description = DocumentFileDownload.WHOLE,
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = DocumentFileDownload.PART,
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "Download the signed original of an agreement in force (ETag is its SHA-256; Range requests answered)")
    public ResponseEntity<Resource> signedOriginal(@PathVariable String id, @PathVariable String documentId,
                                                   WebRequest request) {
        RecordedFile file = publication.publishedFile(id, documentId).orElseThrow(() -> new CooperationNotFound(
                "No public document " + documentId + " of a signed agreement " + id));
        return DocumentFileDownload.of(file, files.file(file), request);
    }
}
