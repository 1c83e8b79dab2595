package id.kerjasama.query.cooperation;

import id.kerjasama.query.history.StoredEvents;
import id.kerjasama.query.security.CooperationParties;
import id.kerjasama.region.RegionCode;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The parties of a cooperation from the read model, or, for one it does not show yet, from its first stored event. */
@Component
class StoredParties implements CooperationParties {

    private final CooperationStore store;
    private final StoredEvents storedEvents;

    StoredParties(CooperationStore store, StoredEvents storedEvents) {
        this.store = store;
        this.storedEvents = storedEvents;
    }

    @Override
    public Optional<Parties> of(String cooperationId) {
        return store.partiesOf(cooperationId).or(() -> storedEvents.of(cooperationId).stream().limit(1)
                .map(first -> CooperationHistory.replay(List.of(first)))
                .map(d -> new Parties(RegionCode.of(d.initiatingRegion.code()),
                        d.partnerRegion == null ? null : RegionCode.of(d.partnerRegion.code())))
                .findFirst());
    }
}
