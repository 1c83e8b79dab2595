package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.CooperationRefused;
import id.kerjasama.command.cooperation.Rule;

import java.util.Optional;

/** What a policy says about a situation: allowed, or refused under a named rule with a reason. */
public record Verdict(Optional<CooperationRefused> refusal) {

    private static final Verdict ALLOWED = new Verdict(Optional.empty());

    public static Verdict allowed() {
        return ALLOWED;
    }

    public static Verdict refused(Rule rule, String reason) {
        return new Verdict(Optional.of(new CooperationRefused(rule, reason)));
    }

    public static Verdict when(boolean refuse, Rule rule, String reason) {
        return refuse ? refused(rule, reason) : ALLOWED;
    }

    public boolean isAllowed() {
        return refusal.isEmpty();
    }

    /** The first refusal of this verdict and the next, as in "all of these rules must hold". */
    public Verdict and(Verdict next) {
        return isAllowed() ? next : this;
    }

    /** The one way the cooperation refuses a command: nothing is applied, and the rule reaches the caller. */
    public void orThrow() {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }
}
