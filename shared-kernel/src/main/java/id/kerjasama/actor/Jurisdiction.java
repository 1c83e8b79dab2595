package id.kerjasama.actor;

import id.kerjasama.region.RegionCode;

/**
 * Which regions an actor answers for. Staff of a region act for that region exactly; an inspector reads by
 * jurisdiction: a regional inspectorate its regency or city, a provincial supervisor every region of the
 * province, a national one (the ministry, BPK) everything. The national jurisdiction is written {@value #NATIONAL}.
 */
public record Jurisdiction(RegionCode region) {

    public static final String NATIONAL = "ID";

    public static Jurisdiction of(String code) {
        return NATIONAL.equals(code) ? new Jurisdiction(null) : new Jurisdiction(RegionCode.of(code));
    }

    public boolean national() {
        return region == null;
    }

    /** For an inspector: whether {@code other} lies within this jurisdiction. */
    public boolean covers(RegionCode other) {
        if (other == null) {
            return false;
        }
        if (national()) {
            return true;
        }
        return region.isProvince() ? other.provinceCode().equals(region) : other.equals(region);
    }

    /** For staff: whether this is exactly {@code other}, the region they act for. */
    public boolean is(RegionCode other) {
        return region != null && region.equals(other);
    }

    public String code() {
        return national() ? NATIONAL : region.value();
    }
}
