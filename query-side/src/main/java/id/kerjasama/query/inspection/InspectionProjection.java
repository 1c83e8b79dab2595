package id.kerjasama.query.inspection;

import id.kerjasama.query.axon.BatchedProjection;
import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.axon.ProjectionBatches;
import id.kerjasama.query.inspection.InspectionFold.Decision;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps the inspection read model up to date with {@link InspectionFold}, in batches ({@link BatchedProjection}). It
 * is in the cooperation projection's processing group on purpose: the same processor, token and transaction, so a
 * rebuild resets both together, a read that waited for a cooperation's version ({@code minVersion}) finds the
 * reports at that version too, and a cooperation parked in the dead-letter queue is parked in both.
 */
@Component
@ProcessingGroup(ProjectionBatch.PROCESSING_GROUP)
class InspectionProjection extends BatchedProjection<InspectionStore.Loaded, Decision> {

    private final InspectionStore store;
    private final ZoneId zone;

    InspectionProjection(InspectionStore store, @Value("${kerjasama.time-zone:Asia/Jakarta}") ZoneId zone,
                         ProjectionBatches batches) {
        super(batches);
        this.store = store;
        this.zone = zone;
    }

    @Override
    protected Map<String, InspectionStore.Loaded> loadAll(Collection<String> cooperationIds) {
        return store.findAll(cooperationIds);
    }

    @Override
    protected InspectionStore.Loaded empty() {
        return InspectionStore.Loaded.created();
    }

    @Override
    protected long version(InspectionStore.Loaded loaded) {
        return loaded.file().version;
    }

    @Override
    protected List<Decision> fold(InspectionStore.Loaded loaded, DomainEventMessage<?> event) {
        return InspectionFold.evolve(loaded.file(), event, zone);
    }

    @Override
    protected void saveChanged(List<Changed<InspectionStore.Loaded, Decision>> changed) {
        store.saveAll(changed.stream().map(c -> new InspectionStore.Save(c.state(), c.yielded())).toList());
    }

    @Override
    protected void deleteAll() {
        store.deleteAll();
    }
}
