package id.kerjasama.query.inspection;

import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.inspection.InspectionFold.Decision;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the inspection read model up to date. It is in the cooperation projection's processing group on purpose:
 * the same processor, token and transaction, so a rebuild resets both together and a read that waited for a
 * cooperation's version ({@code minVersion}) finds the reports at that version too. Each processor batch loads the
 * files of the cooperations it touches with one statement, folds its events with {@link InspectionFold}, and writes
 * the changed files with a few JDBC batches when it commits ({@link ProjectionBatch}); a redelivered event is at or
 * below the file's version and changes nothing.
 */
@Component
@ProcessingGroup("cooperation-projection")
class InspectionProjection {

    private static final String FILES = InspectionProjection.class.getName() + ".files";

    private final InspectionStore store;
    private final ZoneId zone;

    InspectionProjection(InspectionStore store, @Value("${kerjasama.time-zone:Asia/Jakarta}") ZoneId zone) {
        this.store = store;
        this.zone = zone;
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

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        Touched touched = touchedInThisBatch().computeIfAbsent(message.getAggregateIdentifier(), id -> store.find(id)
                .map(Touched::loaded).orElseGet(Touched::created));
        touched.decisions().addAll(InspectionFold.evolve(touched.file(), message, zone));
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    private Map<String, Touched> touchedInThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(FILES, key -> {
            Map<String, Touched> files = new HashMap<>();
            // as the cooperation projection does: one statement for the batch, and one not found is new
            Set<String> ids = ProjectionBatch.cooperationsOf(batch);
            Map<String, InspectionFile> stored = store.findAll(ids);
            ids.forEach(id -> files.put(id, stored.containsKey(id) ? Touched.loaded(stored.get(id)) : Touched.created()));
            batch.onPrepareCommit(u -> store.saveAll(files.values().stream().filter(Touched::changed)
                    .map(t -> new InspectionStore.Save(t.file(), t.stored(), t.decisions())).toList()));
            return files;
        });
    }
}
