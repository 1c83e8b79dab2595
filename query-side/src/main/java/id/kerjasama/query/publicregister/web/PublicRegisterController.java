package id.kerjasama.query.publicregister.web;

import id.kerjasama.query.archive.ArchivedFiles;
import id.kerjasama.query.archive.web.DocumentFileDownload;
import id.kerjasama.query.cooperation.CooperationDetail;
import id.kerjasama.query.cooperation.CooperationDetail.RecordedFile;
import id.kerjasama.query.publicregister.DocumentPublication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.query.cooperation.CooperationStore;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.RegistryEntry;
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

import java.time.LocalDate;
import java.util.List;

/** The public register of signed agreements (UU 14/2008 art. 11): open to everyone, showing only public fields. */
@RestController
@RequestMapping("/api/public/cooperations")
@Tag(name = "Public register")
public class PublicRegisterController {

    /** A line of the public register. */
    public record PublicEntry(String id, String title, CooperationType type, String region, String regionName,
                              String partnerName, LocalDate signedOn, LocalDate termEnd) {

        static PublicEntry of(RegistryEntry e) {
            return new PublicEntry(e.id(), e.title(), e.type(), e.initiatingRegion().code(), e.initiatingRegion().name(),
                    e.partnerName(), e.signedOn(), e.termEnd());
        }
    }

    private final CooperationStore store;
    private final DocumentPublication publication;
    private final ArchivedFiles files;

    PublicRegisterController(CooperationStore store, DocumentPublication publication, ArchivedFiles files) {
        this.store = store;
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
        Page<RegistryEntry> entries = store.search(CooperationQueryController.query(region, null, type, null, null, null,
                null, null, null, null, q, true, sort, page, size), null);
        return new Page<>(entries.items().stream().map(PublicEntry::of).toList(), entries.page(), entries.size(),
                entries.totalItems(), entries.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One signed agreement, as the public may see it")
    public PublicCooperation cooperation(@PathVariable String id) {
        return store.find(id).filter(PublicCooperation::isPublic).map(PublicCooperation::of)
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
        CooperationDetail cooperation = store.find(id).orElse(null);
        RecordedFile file = cooperation == null ? null : cooperation.file(documentId);
        if (file == null || !publication.mayPublish(cooperation, file)) {
            throw new CooperationNotFound("No public document " + documentId + " of a signed agreement " + id);
        }
        return DocumentFileDownload.of(file, files.file(file), request);
    }
}
