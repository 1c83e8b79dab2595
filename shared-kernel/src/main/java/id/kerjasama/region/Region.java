package id.kerjasama.region;

/** A province, regency or city as listed by the Ministry of Home Affairs. */
public record Region(RegionCode code, String name, RegionLevel level) {

    /** The province a regency or city belongs to; a province is its own. */
    public RegionCode provinceCode() {
        return code.provinceCode();
    }
}
