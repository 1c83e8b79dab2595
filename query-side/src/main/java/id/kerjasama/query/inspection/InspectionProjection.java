package id.kerjasama.query.inspection;

import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.axon.ProjectionBatches;
import id.kerjasama.query.inspection.InspectionFold.Decision;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the inspection read model up to date. It is in the cooperation projection's processing group on purpose:
 * the same processor, token and transaction, so a rebuild resets both together, a read that waited for a
 * cooperation's version ({@code minVersion}) finds the reports at that version too, and a cooperation parked in the
 * dead-letter queue is parked in both. Each processor batch loads the files of the cooperations it touches with
 * one statement, folds its events with {@link InspectionFold}, and writes the changed files with a few JDBC batches
 * when it commits ({@link ProjectionBatch}); a redelivered event is at or below the file's version and changes
 * nothing.
 */
@Component
@ProcessingGroup(ProjectionBatch.PROCESSING_GROUP)
class InspectionProjection {

    private final InspectionStore store;
    private final ZoneId zone;
    private final ProjectionBatches batches;

    InspectionProjection(InspectionStore store, @Value("${kerjasama.time-zone:Asia/Jakarta}") ZoneId zone,
                         ProjectionBatches batches) {
        this.store = store;
        this.zone = zone;
        this.batches = batches;
    }

    /** A file as this batch holds it, what is stored of it, and the decisions found in this batch. */
    private record Touched(InspectionFile file, InspectionStore.Stored stored, List<Decision> decisions) {

        static Touched loaded(InspectionFile file) {
            return new Touched(file, InspectionStore.Stored.of(file), new ArrayList<>());
        }

        static Touched created() {
            return new Touched(new InspectionFile(), InspectionStore.Stored.NOTHING, new ArrayList<>());
        }

        boolean changed() {
            return file.version != stored.version();
        }
    }

    /** The files of one batch: as the cooperation projection does, one statement for the batch; one not found is new. */
    private final class Part implements ProjectionBatch.Part {
        private final Map<String, Touched> files = new HashMap<>();

        Part(ProjectionBatch batch) {
            Map<String, InspectionFile> stored = store.findAll(batch.cooperations());
            batch.cooperations().forEach(id -> files.put(id,
                    stored.containsKey(id) ? Touched.loaded(stored.get(id)) : Touched.created()));
        }

        Touched of(String id) {
            return files.computeIfAbsent(id, key -> store.find(key).map(Touched::loaded).orElseGet(Touched::created));
        }

        @Override
        public void write(Collection<String> ids) {
            store.saveAll(ids.stream().map(files::get).filter(Objects::nonNull).filter(Touched::changed)
                    .map(t -> new InspectionStore.Save(t.file(), t.stored(), t.decisions())).toList());
        }
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        ProjectionBatch batch = batches.current();
        Touched touched = batch.part(Part.class, Part::new).of(message.getAggregateIdentifier());
        batch.applyInOrder(message, touched.file().version,
                applied -> touched.decisions().addAll(InspectionFold.evolve(touched.file(), applied, zone)));
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }
}
