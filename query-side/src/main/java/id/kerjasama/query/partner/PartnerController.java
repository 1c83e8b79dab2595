package id.kerjasama.query.partner;

import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.query.cooperation.CooperationQueryController;
import id.kerjasama.query.cooperation.CooperationStore;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.RegistryEntry;
import id.kerjasama.query.security.ReadGuard;
import id.kerjasama.query.security.ReadScope;
import id.kerjasama.validation.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every counterparty across all regions, by a key made of its kind and normalised name, with its cooperations:
 * e.g. all of PT CBI Group's agreements, whichever region signed them, as far as the caller may read them.
 */
@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partners")
public class PartnerController {

    public record PartnerSummary(String partnerKey, String name, PartnerKind kind, long cooperations, long regions) {
    }

    private final JdbcTemplate jdbc;
    private final CooperationStore store;
    private final ReadGuard guard;

    PartnerController(JdbcTemplate jdbc, CooperationStore store, ReadGuard guard) {
        this.jdbc = jdbc;
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
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        ReadScope.Condition scope = guard.scope().condition();
        if (scope != null) {
            where.add(scope.sql());
            args.addAll(scope.args());
        }
        if (q != null && !q.isBlank()) {
            where.add("LOWER(partner_name) LIKE ?");
            args.add("%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (kind != null) {
            where.add("partner_kind = ?");
            args.add(kind.name());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.queryForObject("SELECT COUNT(DISTINCT partner_key) FROM query.cooperation" + filter, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<PartnerSummary> partners = jdbc.query("SELECT partner_key, MIN(partner_name) AS name, MIN(partner_kind) AS kind, "
                        + "COUNT(*) AS cooperations, COUNT(DISTINCT region_code) AS regions FROM query.cooperation" + filter
                        + " GROUP BY partner_key ORDER BY cooperations DESC, partner_key LIMIT ? OFFSET ?",
                (rs, n) -> new PartnerSummary(rs.getString("partner_key"), rs.getString("name"),
                        PartnerKind.valueOf(rs.getString("kind")), rs.getLong("cooperations"), rs.getLong("regions")),
                args.toArray());
        return Page.of(partners, page, size, total);
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
