package id.kerjasama.query.publicregister.web;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.web.CooperationQueryController;
import id.kerjasama.query.publicregister.Publication;
import id.kerjasama.query.publicregister.PublicCooperation;
import id.kerjasama.query.publicregister.PublicEntry;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The public register of signed agreements (UU 14/2008 art. 11): open to everyone, showing only public fields and
 * nothing an exemption withholds (art. 17).
 */
@RestController
@RequestMapping("/api/public/cooperations")
@Tag(name = "Public register")
public class PublicRegisterController {

    private final Publication publication;

    PublicRegisterController(Publication publication) {
        this.publication = publication;
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
}
