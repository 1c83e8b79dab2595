package id.kerjasama.command.cooperation;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.modelling.command.AggregateStreamCreationException;

/**
 * Whether a cooperation id is in use. Clients may choose the id of a cooperation they create (an initiation, an
 * import, the successor of an extension); whichever command creates it, a taken id is refused the same way,
 * {@code 409 ID_TAKEN}. An initiation appends nothing but the first event of the new stream, which the event store's
 * unique key refuses on a taken id (Axon reports a duplicate first event as {@link AggregateStreamCreationException}),
 * so it asks nobody first. The others ask before anything is appended: an extension appends to its own cooperation and
 * to the successor in one batch, where the key cannot tell which of the events collided, and an import also
 * schedules deadlines. (The key stays the last guard against a race for them too.)
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
