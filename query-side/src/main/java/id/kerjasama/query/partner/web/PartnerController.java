package id.kerjasama.query.partner.web;

import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.query.cooperation.CooperationStore;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.RegistryEntry;
import id.kerjasama.query.cooperation.web.CooperationQueryController;
import id.kerjasama.query.partner.Partners;
import id.kerjasama.query.partner.Partners.PartnerSummary;
import id.kerjasama.query.security.ReadGuard;
import id.kerjasama.validation.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every counterparty across all regions, by a key made of its kind and normalised name, with its cooperations:
 * e.g. all of PT CBI Group's agreements, whichever region signed them, as far as the caller may read them.
 */
@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partners")
public class PartnerController {

    private final Partners partners;
    private final CooperationStore store;
    private final ReadGuard guard;

    PartnerController(Partners partners, CooperationStore store, ReadGuard guard) {
        this.partners = partners;
        this.store = store;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "Partners with how many cooperations and regions they have, most active first")
    public Page<PartnerSummary> partners(@RequestParam(required = false) String q,
                                         @RequestParam(required = false) PartnerKind kind,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidValueException(page < 0 ? "page" : "size", "RANGE", "page counts from 0 and size is from 1 to 200");
        }
        return partners.search(q, kind, guard.scope().condition(), page, size);
    }

    @GetMapping("/{partnerKey}/cooperations")
    @Operation(summary = "Every cooperation of one partner, across regions")
    public Page<RegistryEntry> cooperations(@PathVariable String partnerKey,
                                            @RequestParam(defaultValue = "signedOn,desc") String sort,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        return store.search(CooperationQueryController.query(null, null, null, null, null, partnerKey, null, null,
                null, null, null, false, sort, page, size), guard.scope().condition());
    }
}
