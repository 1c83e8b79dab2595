package id.kerjasama.query.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Finds (or starts) the {@link ProjectionBatch} of the unit of work at hand, and gives it what it needs. */
@Component
public class ProjectionBatches {

    private static final String RESOURCE = ProjectionBatch.class.getName();

    private final ObjectProvider<EventStore> eventStore;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;

    ProjectionBatches(ObjectProvider<EventStore> eventStore, SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue,
                      JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.eventStore = eventStore;
        this.queue = deadLetterQueue;
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * The batch of the unit of work being handled: a processor's batch is shared by every event of it, and a dead
     * letter being retried has one of its own (its unit of work is nested in the retry's, which is no batch).
     */
    ProjectionBatch current() {
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        UnitOfWork<?> home = current.root() instanceof BatchingUnitOfWork<?> ? current.root() : current;
        return home.getOrComputeResource(RESOURCE, key -> new ProjectionBatch(this, home));
    }

    /** The batch of the processor batch being handled, if one is. */
    ProjectionBatch currentProcessorBatch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)) {
            return null;
        }
        return current();
    }

    EventStore eventStore() {
        return eventStore.getObject();
    }

    SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return queue;
    }

    /** Runs {@code work} under a savepoint of the current transaction: on failure, undone and returned. */
    RuntimeException underSavepoint(Runnable work) {
        try {
            savepoint.executeWithoutResult(status -> work.run());
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Which of these cooperations have letters in the queue. */
    Set<String> parkedAmong(Collection<String> cooperationIds) {
        Set<String> parked = new HashSet<>();
        if (!cooperationIds.isEmpty()) {
            jdbc.query(ProjectionBatch.withIds("SELECT DISTINCT sequence_identifier FROM " + DeadLetterConfiguration.TABLE
                            + " WHERE processing_group = '" + ProjectionBatch.PROCESSING_GROUP
                            + "' AND sequence_identifier = ANY (?)", cooperationIds),
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> parked.add(rs.getString(1)));
        }
        return parked;
    }
}
