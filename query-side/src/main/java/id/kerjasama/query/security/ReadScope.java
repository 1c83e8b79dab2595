package id.kerjasama.query.security;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Caller;
import id.kerjasama.region.RegionCode;

import java.util.List;

/**
 * Which cooperations a caller may read: staff those where their region is a party, an inspector those within
 * the jurisdiction (a region, a province, or the whole country), an operator none (operators maintain the
 * system, they do not read cooperations).
 */
public record ReadScope(Caller caller) {

    /** A SQL condition on query.cooperation's columns, and its arguments; {@code null} when everything is in scope. */
    public record Condition(String sql, List<Object> args) {
    }

    public boolean readsCooperations() {
        return caller.role() != ActorRole.OPERATOR;
    }

    public boolean covers(RegionCode initiatingRegion, RegionCode partnerRegion) {
        if (caller.role() == ActorRole.INSPECTOR) {
            return caller.jurisdiction().covers(initiatingRegion) || caller.jurisdiction().covers(partnerRegion);
        }
        return caller.jurisdiction().is(initiatingRegion) || caller.jurisdiction().is(partnerRegion);
    }

    public Condition condition() {
        if (caller.jurisdiction().national()) {
            return null;
        }
        String code = caller.jurisdiction().code();
        if (caller.role() == ActorRole.INSPECTOR && caller.jurisdiction().region().isProvince()) {
            return new Condition("(province_code = ? OR partner_region_code = ? OR partner_region_code LIKE ?)",
                    List.of(code, code, code + ".%"));
        }
        return new Condition("(region_code = ? OR partner_region_code = ?)", List.of(code, code));
    }
}
