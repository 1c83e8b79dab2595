package id.kerjasama.command.cooperation.policy;

import java.time.LocalDate;

import static id.kerjasama.command.cooperation.Rule.TERM_OVER;

/** A cooperation expires only once the last day of its term has passed. */
@Decides(TERM_OVER)
public final class TermOverPolicy {

    private TermOverPolicy() {
    }

    public static Verdict check(LocalDate lastDay, LocalDate today) {
        return Verdict.when(!today.isAfter(lastDay), TERM_OVER, "the term runs until " + lastDay);
    }
}
