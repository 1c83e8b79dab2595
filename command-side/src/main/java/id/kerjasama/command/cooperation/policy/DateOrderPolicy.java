package id.kerjasama.command.cooperation.policy;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.Rule.DATES_IN_ORDER;

/**
 * Business dates follow the procedure: an answer comes after its offer, a PKS is signed after its KB,
 * implementation starts once what it implements (the PKS, or the NK's Rencana Kerja) was signed, an activity happens
 * after implementation started. A date out of order is almost always a typing error, and a
 * history with one cannot be explained to an auditor.
 */
@Decides(DATES_IN_ORDER)
public final class DateOrderPolicy {

    private DateOrderPolicy() {
    }

    /** {@code earliest} may be null when there is nothing to compare with. */
    public static Verdict notBefore(LocalDate date, LocalDate earliest, String what, String earlierWhat) {
        return Verdict.when(earliest != null && date.isBefore(earliest), DATES_IN_ORDER,
                what + " (" + date + ") cannot be before " + earlierWhat + " (" + earliest + ")");
    }
}
