package id.kerjasama.cooperation;

import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;

/**
 * The counterparty of the initiating region. A regional partner is identified by its region code; any other
 * by its name and, for a vertical agency or a company in a group, the institution it belongs to.
 */
public record Partner(PartnerKind kind, String name, RegionCode region, String parentInstitution, String country) {

    public Partner {
        Require.present(kind, "kind");
        name = Require.text(name, "name");
        parentInstitution = Require.optionalText(parentInstitution, "parentInstitution");
        country = Require.optionalText(country, "country");
        Require.that((kind == PartnerKind.REGION) == (region != null), "region", "REGION_CODE_FOR_REGIONAL_PARTNER",
                "region is required for a regional partner and only for one");
    }
}
