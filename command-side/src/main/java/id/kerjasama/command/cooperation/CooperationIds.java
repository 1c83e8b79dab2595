package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.modelling.command.AggregateStreamCreationException;

/**
 * Whether a cooperation id is in use. Clients may choose the id of a cooperation they create (an initiation, an
 * import, the successor of an extension); whichever command creates it, a taken id is refused the same way,
 * {@code 409 ID_TAKEN}, before anything is appended. (The unique key of the event store stays the last guard against a
 * race, but it cannot tell which of a command's events collided.)
 */
@FunctionalInterface
public interface CooperationIds {

    boolean taken(CooperationId id);

    default void requireFree(CooperationId id) {
        if (taken(id)) {
            throw new AggregateStreamCreationException("A cooperation with the id " + id + " already exists");
        }
    }
}
