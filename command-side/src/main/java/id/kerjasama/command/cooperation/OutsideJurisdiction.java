package id.kerjasama.command.cooperation;

/**
 * The caller's region is not a party to this cooperation (nor, for an inspector, within the jurisdiction). Answered
 * exactly like an unknown cooperation, so that its existence does not leak.
 */
public class OutsideJurisdiction extends RuntimeException {

    public OutsideJurisdiction(String cooperationId) {
        super("No cooperation " + cooperationId);
    }
}
