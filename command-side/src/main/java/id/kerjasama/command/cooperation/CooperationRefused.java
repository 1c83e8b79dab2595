package id.kerjasama.command.cooperation;

/** A command the cooperation refused, naming the rule it broke. Nothing was applied. */
public class CooperationRefused extends RuntimeException {

    private final Rule rule;

    public CooperationRefused(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
