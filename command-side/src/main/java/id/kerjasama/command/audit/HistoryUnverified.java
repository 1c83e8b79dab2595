package id.kerjasama.command.audit;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * An append refused because the cooperation's stored history is not what its chain vouches for: an earlier event
 * without a chain link (written outside the application, or stored before the chain and not adopted), or chain
 * links beyond the stored events (events deleted). Chaining the new event after it would launder the change into
 * the history that the next checkpoint signs, so nothing is stored until an operator has dealt with it.
 */
public class HistoryUnverified extends EventStoreException {

    /** The rule the refusal names in the problem response. */
    public static final String RULE = "HISTORY_CHAINED";

    private final String cooperationId;

    HistoryUnverified(String cooperationId, String detail) {
        super(detail);
        this.cooperationId = cooperationId;
    }

    public String cooperationId() {
        return cooperationId;
    }
}
