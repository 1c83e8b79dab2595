package id.kerjasama.query.cooperation;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The registry's filters, all optional, and its order and page. {@code region} matches a cooperation where the
 * region is a party (initiating or partner); {@code province} every region of that province; {@code signedOnly}
 * keeps cooperations whose KB or NK is signed (the public register).
 */
public record RegistryQuery(RegionCode region, RegionCode province, List<CooperationType> types, List<Stage> stages,
                            String partner, String partnerKey, GovernmentAffair affair, LocalDate signedFrom,
                            LocalDate signedTo, LocalDate endsBefore, String text, boolean signedOnly, String sort,
                            boolean descending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    /** Sort keys clients may use, and the column each stands for. */
    static final Map<String, String> SORTABLE = Map.of(
            "title", "title", "signedOn", "signed_on", "termEnd", "term_end", "updatedAt", "updated_at",
            "initiatedAt", "initiated_at", "stage", "stage", "type", "type");

    public RegistryQuery {
        types = types == null ? List.of() : List.copyOf(types);
        stages = stages == null ? List.of() : List.copyOf(stages);
        Require.that(province == null || province.isProvince(), "province", "PROVINCE_CODE",
                "province must be a province code such as 62");
        Require.that(SORTABLE.containsKey(sort), "sort", "ONE_OF", "sort must be one of " + SORTABLE.keySet()
                + ", optionally followed by ,asc or ,desc");
        Require.that(page >= 0, "page", "NOT_NEGATIVE", "page counts from 0");
        Require.that(size >= 1 && size <= MAX_PAGE_SIZE, "size", "RANGE", "size must be from 1 to " + MAX_PAGE_SIZE);
        Require.notBefore(signedTo, signedFrom, "signedTo", "signedFrom");
    }
}
