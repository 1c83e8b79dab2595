package id.kerjasama.query.cooperation;

import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.axon.ProjectionBatches;
import id.kerjasama.query.history.EventSummaries;
import id.kerjasama.query.live.ProjectionUpdates;
import id.kerjasama.query.live.ProjectionUpdates.ProjectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the cooperation read model up to date from the event stream. A processor batch loads every cooperation
 * it touches with one statement, applies {@link CooperationHistory#evolve} to each event, and writes them all
 * with a few JDBC batches when the batch commits, in the same transaction as the tracking token
 * ({@link ProjectionBatch}, which also parks what cannot be stored and fills gaps). A redelivered event is at or
 * below the stored version and changes nothing.
 */
@Component
@ProcessingGroup(ProjectionBatch.PROCESSING_GROUP)
class CooperationProjection {

    private final CooperationStore store;
    private final ProjectionUpdates updates;
    private final ProjectionBatches batches;

    CooperationProjection(CooperationStore store, ProjectionUpdates updates, ProjectionBatches batches) {
        this.store = store;
        this.updates = updates;
        this.batches = batches;
    }

    /** A cooperation as this batch holds it, with what is stored of it and the events applied to it so far. */
    private static final class Pending {
        final CooperationDetail detail;
        final CooperationStore.Write stored;
        final List<ProjectedEvent> applied = new ArrayList<>();

        Pending(CooperationDetail detail, boolean isNew) {
            this.detail = detail;
            this.stored = isNew ? CooperationStore.Write.created(detail) : CooperationStore.Write.loaded(detail);
        }
    }

    /** The cooperations of one batch: every one of the processor's batch loaded in one statement; one not found is new. */
    private final class Part implements ProjectionBatch.Part {
        private final Map<String, Pending> pending = new HashMap<>();

        Part(ProjectionBatch batch) {
            Map<String, CooperationDetail> stored = store.findAll(batch.cooperations());
            batch.cooperations().forEach(id -> pending.put(id, stored.containsKey(id)
                    ? new Pending(stored.get(id), false) : new Pending(new CooperationDetail(), true)));
        }

        Pending of(String id) {
            return pending.computeIfAbsent(id, key -> store.find(key)
                    .map(detail -> new Pending(detail, false)).orElseGet(() -> new Pending(new CooperationDetail(), true)));
        }

        private List<Pending> changed(Collection<String> ids) {
            return ids.stream().map(pending::get).filter(Objects::nonNull).filter(p -> !p.applied.isEmpty()).toList();
        }

        @Override
        public void write(Collection<String> ids) {
            store.saveAll(changed(ids).stream().map(p -> p.stored).toList());
        }

        @Override
        public void committed(Collection<String> ids) {
            changed(ids).forEach(p -> updates.published(
                    new ProjectionUpdates.Update(p.detail.id, p.detail.version, List.copyOf(p.applied))));
        }
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        ProjectionBatch batch = batches.current();
        Pending pending = batch.part(Part.class, Part::new).of(message.getAggregateIdentifier());
        batch.applyInOrder(message, pending.detail.version, applied -> {
            if (CooperationHistory.evolve(pending.detail, applied)) {
                EventSummaries.Summary summary = EventSummaries.of(applied == message ? event : applied.getPayload());
                pending.applied.add(new ProjectedEvent(applied.getSequenceNumber(),
                        applied.getPayloadType().getSimpleName(), summary.id(), summary.en()));
            }
        });
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
