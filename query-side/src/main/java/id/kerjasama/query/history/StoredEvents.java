package id.kerjasama.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A cooperation's events as stored (upcast to today's shape), read straight from the event store rather than
 * from any read model: the source of the history, of point-in-time replay and of the changes between moments.
 */
@Component
public class StoredEvents {

    private final EventStore eventStore;

    StoredEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every event of the cooperation in sequence order; empty when there is no such cooperation. */
    public List<DomainEventMessage<?>> of(String cooperationId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        // from sequence 0, so that a snapshot never stands in for the events it summarises
        eventStore.readEvents(cooperationId, 0).forEachRemaining(events::add);
        return events;
    }
}
