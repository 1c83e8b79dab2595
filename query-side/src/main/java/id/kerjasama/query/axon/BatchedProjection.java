package id.kerjasama.query.axon;

import id.kerjasama.contact.event.DirectoryEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A projection of the cooperation processor, stated as its store and its fold: a subclass says how to load what it
 * holds of cooperations, how one event changes that, and how to write what changed. The rest is the same for every
 * projection and lives here and in {@link ProjectionBatch}: the cooperations of a processor batch are loaded with one
 * statement, a cooperation not stored yet starts {@link #empty()}, events the stream skipped are applied first, and
 * at commit the cooperations whose version moved are written together (those parked, by no projection).
 *
 * @param <S> what the projection holds of one cooperation during a batch: its state, with whatever its store needs to
 *            write only the rows that changed
 * @param <Y> what folding an event yields besides the new state: something to record or to tell once it is committed
 */
public abstract class BatchedProjection<S, Y> {

    private final ProjectionBatches batches;

    protected BatchedProjection(ProjectionBatches batches) {
        this.batches = batches;
    }

    /** One changed cooperation of a batch, and what its events yielded, in order. */
    public record Changed<S, Y>(S state, List<Y> yielded) {
    }

    /** What is stored of these cooperations, in one statement; those not stored yet are absent from the map. */
    protected abstract Map<String, S> loadAll(Collection<String> cooperationIds);

    /** A cooperation not stored yet. */
    protected abstract S empty();

    /** The sequence number of the last event applied to {@code state}. */
    protected abstract long version(S state);

    /**
     * Applies one event; an event at or below the version of {@code state} was applied already, changes nothing and
     * yields nothing.
     */
    protected abstract List<Y> fold(S state, DomainEventMessage<?> event);

    /**
     * Writes these cooperations, with a few JDBC batches however many there are. It must leave them as they are: a
     * write that fails is rolled back and tried again cooperation by cooperation.
     */
    protected abstract void saveChanged(List<Changed<S, Y>> changed);

    /** Called after the commit with the cooperations that were written. */
    protected void committed(List<Changed<S, Y>> changed) {
    }

    /** Empties the projection's tables, before a rebuild replays the event store into them. */
    protected abstract void deleteAll();

    @EventHandler
    final void on(Object event, DomainEventMessage<?> message) {
        if (event instanceof DirectoryEvent) {
            // the contact directories are no cooperation's: the notifier keeps them
            return;
        }
        ProjectionBatch batch = batches.current();
        Held held = batch.part(this, Part::new).of(message.getAggregateIdentifier());
        batch.applyInOrder(message, version(held.state), applied -> held.yielded.addAll(fold(held.state, applied)));
    }

    @ResetHandler
    final void reset() {
        deleteAll();
    }

    /** A cooperation as this batch holds it: its state, its version as loaded, and what its events yielded. */
    private final class Held {
        final S state;
        final long loadedVersion;
        final List<Y> yielded = new ArrayList<>();

        Held(S state) {
            this.state = state;
            this.loadedVersion = version(state);
        }

        boolean changed() {
            return version(state) != loadedVersion;
        }
    }

    /** What this projection holds of the cooperations of one unit of work. */
    private final class Part implements ProjectionBatch.Part {
        private final Map<String, Held> held = new HashMap<>();

        Part(ProjectionBatch batch) {
            load(batch.cooperations());
        }

        /** Outside a processor batch (a dead letter retried) cooperations are loaded one by one, as they come. */
        Held of(String cooperationId) {
            if (!held.containsKey(cooperationId)) {
                load(Set.of(cooperationId));
            }
            return held.get(cooperationId);
        }

        private void load(Set<String> cooperationIds) {
            Map<String, S> stored = cooperationIds.isEmpty() ? Map.of() : loadAll(cooperationIds);
            cooperationIds.forEach(id -> held.put(id, new Held(stored.containsKey(id) ? stored.get(id) : empty())));
        }

        private List<Changed<S, Y>> changed(Collection<String> cooperationIds) {
            return cooperationIds.stream().map(held::get).filter(Objects::nonNull).filter(Held::changed)
                    .map(h -> new Changed<>(h.state, List.copyOf(h.yielded))).toList();
        }

        @Override
        public void write(Collection<String> cooperationIds) {
            List<Changed<S, Y>> changed = changed(cooperationIds);
            if (!changed.isEmpty()) {
                saveChanged(changed);
            }
        }

        @Override
        public void committed(Collection<String> cooperationIds) {
            List<Changed<S, Y>> changed = changed(cooperationIds);
            if (!changed.isEmpty()) {
                BatchedProjection.this.committed(changed);
            }
        }
    }
}
