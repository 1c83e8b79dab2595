package id.kerjasama.query.report.web;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Caller;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.query.report.Selection;
import id.kerjasama.region.RegionCode;
import id.kerjasama.web.security.NotPermitted;

/**
 * For which regions a caller produces a report: an inspector for every region of the jurisdiction (a regency or
 * city, a province, the country); the regional head and the secretariat, who sign and send the periodic report to
 * the governor or the ministry and answer for their region's figures, for their own region only. A region outside
 * is refused alike for both ({@code 403}): a report names no single cooperation whose existence could leak. Staff
 * always act for one region (a token that names the country for them is refused), so theirs is never national.
 */
record ReportReader(Caller caller) {

    boolean inspector() {
        return caller.role() == ActorRole.INSPECTOR;
    }

    private Jurisdiction jurisdiction() {
        return caller.jurisdiction();
    }

    /** The cooperations the caller's figures count: those initiated within the jurisdiction, or by the own region. */
    Selection initiated() {
        return inspector() ? Selection.initiatedWithin(jurisdiction()) : Selection.all().initiatedBy(jurisdiction().region());
    }

    /** What the figures are of when no region or province is asked for. */
    String scope() {
        return jurisdiction().code();
    }

    /** @throws NotPermitted when {@code code} lies outside the jurisdiction, or is not the staff member's own region */
    void requireReaches(String field, RegionCode code) {
        if (inspector() ? !jurisdiction().covers(code) : !jurisdiction().is(code)) {
            throw new NotPermitted(field + " " + code + " lies outside " + (inspector() ? "the jurisdiction " : "the region ")
                    + jurisdiction().code());
        }
    }

    /** @throws NotPermitted for staff, whose figures are their region's, or a province outside the jurisdiction */
    void requireReachesProvince(RegionCode province) {
        if (!inspector()) {
            throw new NotPermitted("the regional head and the secretariat read the figures of their own region, not of a province");
        }
        requireReaches("province", province);
    }
}
