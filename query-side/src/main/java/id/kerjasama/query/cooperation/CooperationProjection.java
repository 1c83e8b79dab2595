package id.kerjasama.query.cooperation;

import id.kerjasama.query.axon.BatchedProjection;
import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.axon.ProjectionBatches;
import id.kerjasama.query.history.EventSummaries;
import id.kerjasama.query.live.ProjectionUpdates;
import id.kerjasama.query.live.ProjectionUpdates.ProjectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps the cooperation read model up to date from the event stream with {@link CooperationHistory#evolve}, in
 * batches ({@link BatchedProjection}), in the same transaction as the tracking token. Once a batch is committed, the
 * events it projected are told to {@link ProjectionUpdates}.
 */
@Component
@ProcessingGroup(ProjectionBatch.PROCESSING_GROUP)
class CooperationProjection extends BatchedProjection<CooperationStore.Write, ProjectedEvent> {

    private final CooperationStore store;
    private final ProjectionUpdates updates;

    CooperationProjection(CooperationStore store, ProjectionUpdates updates, ProjectionBatches batches) {
        super(batches);
        this.store = store;
        this.updates = updates;
    }

    @Override
    protected Map<String, CooperationStore.Write> loadAll(Collection<String> cooperationIds) {
        return store.findAll(cooperationIds);
    }

    @Override
    protected CooperationStore.Write empty() {
        return store.created();
    }

    @Override
    protected long version(CooperationStore.Write cooperation) {
        return cooperation.detail().version;
    }

    @Override
    protected List<ProjectedEvent> fold(CooperationStore.Write cooperation, DomainEventMessage<?> event) {
        if (!CooperationHistory.evolve(cooperation.detail(), event)) {
            return List.of();
        }
        EventSummaries.Summary summary = EventSummaries.of(event.getPayload());
        return List.of(new ProjectedEvent(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                summary.id(), summary.en()));
    }

    @Override
    protected void saveChanged(List<Changed<CooperationStore.Write, ProjectedEvent>> changed) {
        store.saveAll(changed.stream().map(Changed::state).toList());
    }

    @Override
    protected void committed(List<Changed<CooperationStore.Write, ProjectedEvent>> changed) {
        changed.forEach(c -> updates.published(new ProjectionUpdates.Update(c.state().detail().id,
                c.state().detail().version, c.yielded())));
    }

    @Override
    protected void deleteAll() {
        store.deleteAll();
    }
}
