package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.ExemptionId;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.Rule.EXEMPTION_ACTIVE;

/**
 * Only an active exemption is lifted: one lifted already, or past its last day, withholds nothing any more, and a
 * lifting would record a decision that changed nothing.
 */
@Decides(EXEMPTION_ACTIVE)
public final class ExemptionActivePolicy {

    private ExemptionActivePolicy() {
    }

    public static Verdict check(boolean lifted, LocalDate until, LocalDate today, ExemptionId id) {
        if (lifted) {
            return Verdict.refused(EXEMPTION_ACTIVE, "exemption " + id + " was lifted already");
        }
        return Verdict.when(today.isAfter(until), EXEMPTION_ACTIVE,
                "exemption " + id + " ended on " + until + " and withholds nothing any more");
    }
}
