package id.kerjasama.query.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The processor's dead-letter queue as Axon's invoker sees it, in front of the JDBC queue:
 * <ul>
 * <li>Axon asks for every event whether its cooperation is parked ({@link #enqueueIfPresent}); without a cache that
 * is a query per event, too slow for a rebuild of millions, and Axon's own cache does not know of the cooperations
 * {@link ProjectionBatch} parks itself. Here the batch answers: parked in this batch, or among the batch's
 * cooperations that have letters (one query per batch); only those reach the JDBC queue.</li>
 * <li>A letter Axon enqueues for a failed handler in a processor batch goes to {@link ProjectionBatch#park}, which
 * parks the cooperation's earlier events of the batch before it and drops its state from every projection.</li>
 * </ul>
 * Everything else (retries, eviction, listing, clearing at a reset) is the JDBC queue's.
 */
final class ParkingDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final ProjectionBatches batches;

    ParkingDeadLetterQueue(SequencedDeadLetterQueue<EventMessage<?>> queue, ProjectionBatches batches) {
        this.queue = queue;
        this.batches = batches;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        ProjectionBatch batch = batches.currentProcessorBatch();
        if (batch == null) {
            queue.enqueue(sequenceIdentifier, letter);
            return;
        }
        // the letter's cause is already fit for the queue's columns (DeadLetterConfiguration's enqueue policy)
        @SuppressWarnings("unchecked")
        DeadLetter<EventMessage<?>> failed = (DeadLetter<EventMessage<?>>) letter;
        batch.park((String) sequenceIdentifier, failed);
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier,
                                    Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder)
            throws DeadLetterQueueOverflowException {
        ProjectionBatch batch = batches.currentProcessorBatch();
        if (batch == null) {
            return queue.enqueueIfPresent(sequenceIdentifier, letterBuilder);
        }
        String cooperationId = (String) sequenceIdentifier;
        if (batch.parksWithItsCooperation(cooperationId, () -> letterBuilder.get().message())) {
            return true;
        }
        if (!batch.parkedBefore(cooperationId)) {
            return false;
        }
        // parked when the batch began: an operator's retry may have emptied its sequence since, but this batch's
        // state of it was loaded before that retry wrote, so its events wait for the next retry
        if (!queue.enqueueIfPresent(sequenceIdentifier, letterBuilder)) {
            queue.enqueue(sequenceIdentifier, letterBuilder.get());
        }
        return true;
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        queue.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return queue.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return queue.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return queue.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return queue.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(sequenceFilter, processingTask);
    }

    @Override
    public boolean process(Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(processingTask);
    }

    @Override
    public void clear() {
        queue.clear();
    }
}
