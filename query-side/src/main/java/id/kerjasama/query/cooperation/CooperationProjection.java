package id.kerjasama.query.cooperation;

import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.history.EventSummaries;
import id.kerjasama.query.live.ProjectionUpdates;
import id.kerjasama.query.live.ProjectionUpdates.ProjectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the cooperation read model up to date from the event stream. A processor batch loads every cooperation
 * it touches with one statement, applies {@link CooperationHistory#evolve} to each event, and writes them all
 * with a few JDBC batches when the batch commits, in the same transaction as the tracking token. A redelivered event is at or below the stored
 * version and changes nothing.
 */
@Component
@ProcessingGroup(CooperationProjection.PROCESSING_GROUP)
class CooperationProjection {

    static final String PROCESSING_GROUP = "cooperation-projection";
    private static final String BATCH = CooperationProjection.class.getName() + ".batch";

    private final CooperationStore store;
    private final ProjectionUpdates updates;

    CooperationProjection(CooperationStore store, ProjectionUpdates updates) {
        this.store = store;
        this.updates = updates;
    }

    /** A cooperation as this batch holds it, with what is stored of it and the events applied to it so far. */
    private static final class Pending {
        final CooperationDetail detail;
        CooperationStore.Write stored;
        final List<ProjectedEvent> applied = new ArrayList<>();

        Pending(CooperationDetail detail, boolean isNew) {
            this.detail = detail;
            this.stored = isNew ? CooperationStore.Write.created(detail) : CooperationStore.Write.loaded(detail);
        }
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        Map<String, Pending> batch = batch();
        Pending pending = batch.computeIfAbsent(message.getAggregateIdentifier(), id -> store.find(id)
                .map(detail -> new Pending(detail, false)).orElseGet(() -> new Pending(new CooperationDetail(), true)));
        if (CooperationHistory.evolve(pending.detail, message)) {
            EventSummaries.Summary summary = EventSummaries.of(event);
            pending.applied.add(new ProjectedEvent(message.getSequenceNumber(), message.getPayloadType().getSimpleName(),
                    summary.id(), summary.en()));
        }
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    private Map<String, Pending> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            Map<String, Pending> batch = new LinkedHashMap<>();
            // every cooperation of the processor's batch in one statement, rather than one SELECT each; one not found
            // is new, and is not looked for again
            Set<String> ids = ProjectionBatch.cooperationsOf(unitOfWork);
            Map<String, CooperationDetail> stored = store.findAll(ids);
            ids.forEach(id -> batch.put(id, stored.containsKey(id)
                    ? new Pending(stored.get(id), false) : new Pending(new CooperationDetail(), true)));
            unitOfWork.onPrepareCommit(u -> {
                List<Pending> changed = batch.values().stream().filter(p -> !p.applied.isEmpty()).toList();
                store.saveAll(changed.stream().map(p -> p.stored).toList());
                changed.forEach(p -> p.stored = CooperationStore.Write.loaded(p.detail));
            });
            unitOfWork.afterCommit(u -> batch.values().stream().filter(p -> !p.applied.isEmpty()).forEach(p ->
                    updates.published(new ProjectionUpdates.Update(p.detail.id, p.detail.version, List.copyOf(p.applied)))));
            return batch;
        });
    }
}
