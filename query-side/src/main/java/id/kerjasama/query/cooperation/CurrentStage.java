package id.kerjasama.query.cooperation;

import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.history.StoredEvents;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The stage a cooperation is in now: from the read model, or, for one it does not show yet, from its stored events. */
@Component
public class CurrentStage {

    private final CooperationStore store;
    private final StoredEvents storedEvents;

    CurrentStage(CooperationStore store, StoredEvents storedEvents) {
        this.store = store;
        this.storedEvents = storedEvents;
    }

    /** The stage ({@link Stage#ENDED} once ended); empty when there is no such cooperation. */
    public Optional<Stage> of(String cooperationId) {
        return store.stageOf(cooperationId).or(() -> Optional.of(storedEvents.of(cooperationId))
                .filter(events -> !events.isEmpty())
                .map(events -> CooperationHistory.replay(events).stage));
    }
}
