package id.kerjasama.command.cooperation.policy;

import static id.kerjasama.command.cooperation.Rule.SEPARATION_OF_DUTIES;

/** Whoever drafted or initiated something may not alone approve it as TKKSD (separation of duties). */
@Decides(SEPARATION_OF_DUTIES)
public final class SeparationOfDutiesPolicy {

    private SeparationOfDutiesPolicy() {
    }

    public static Verdict check(String author, String decider, String what) {
        return Verdict.when(author != null && author.equals(decider), SEPARATION_OF_DUTIES,
                decider + " " + what + " and may not also approve it");
    }
}
