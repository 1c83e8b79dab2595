package id.kerjasama.query.report;

import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.query.security.ReadScope;
import id.kerjasama.region.RegionCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Which cooperations a report covers: a SQL condition on query.inspection_file's columns and its arguments, built
 * up filter by filter, so that the controller names the filters and only this class knows the columns.
 */
public record Selection(String sql, List<Object> args) {

    public static Selection all() {
        return new Selection("1 = 1", List.of());
    }

    /** The cooperations a read scope covers: those where a region of it is a party. */
    public static Selection within(ReadScope scope) {
        ReadScope.Condition condition = scope.condition();
        return condition == null ? all() : new Selection(condition.sql(), condition.args());
    }

    /** The cooperations a region of the jurisdiction initiated. */
    public static Selection initiatedWithin(Jurisdiction jurisdiction) {
        if (jurisdiction.national()) {
            return all();
        }
        return jurisdiction.region().isProvince() ? all().initiatedInProvince(jurisdiction.region())
                : all().initiatedBy(jurisdiction.region());
    }

    /** Those where the region is a party, initiating or partner. */
    public Selection withParty(RegionCode region) {
        return and("(region_code = ? OR partner_region_code = ?)", region.value(), region.value());
    }

    /** Those initiated by the region. */
    public Selection initiatedBy(RegionCode region) {
        return and("region_code = ?", region.value());
    }

    /** Those initiated by a region of the province. */
    public Selection initiatedInProvince(RegionCode province) {
        return and("province_code = ?", province.value());
    }

    /** Those of one of these types; all of them when there are none. */
    public Selection ofTypes(List<CooperationType> types) {
        return in("type", types.stream().map(Enum::name).toList());
    }

    Selection and(String condition, Object... values) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(values));
        return new Selection(sql + " AND " + condition, all);
    }

    /** {@code column IN (?, ...)} for the values, or nothing when there are none. */
    Selection in(String column, List<String> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        return and(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")", values.toArray());
    }
}
