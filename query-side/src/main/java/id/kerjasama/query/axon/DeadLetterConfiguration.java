package id.kerjasama.query.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The cooperation processor's sequenced dead-letter queue: Axon's JDBC queue in {@code query.dead_letter_entry}
 * (Flyway creates it), sequenced per cooperation (Axon's default policy), behind {@link ParkingDeadLetterQueue}.
 */
@Configuration
public class DeadLetterConfiguration {

    private static final String PROCESSING_GROUP = ProjectionBatch.PROCESSING_GROUP;
    public static final String TABLE = "query.dead_letter_entry";
    /** How many times an operator retried a letter in vain, kept in the letter's diagnostics. */
    private static final String RETRIES = "retries";

    @Bean
    JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(
            ConnectionProvider connectionProvider, TransactionManager transactionManager, Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Value("${kerjasama.dead-letters.max-cooperations:100000}") int maxCooperations,
            @Value("${kerjasama.dead-letters.max-events-per-cooperation:100000}") int maxEventsPerCooperation) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(PROCESSING_GROUP)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema())
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                // a full queue fails the batch, which stops the processor: the very thing the queue is for
                .maxSequences(maxCooperations)
                .maxSequenceSize(maxEventsPerCooperation)
                .build();
    }

    /**
     * Registers the queue, the enqueue policy and the invoker's settings for the processing group. A rebuild clears
     * the queue (allowReset): its letters are replayed anyway. A retried letter runs in a unit of work nested in
     * the retry's, and its transaction must be a savepoint: as a joined transaction, one failed letter would mark
     * the whole retry rollback-only, and Axon could neither re-queue it nor evict those that succeeded.
     */
    @Bean
    ConfigurerModule deadLetterQueueRegistration(ObjectProvider<JdbcSequencedDeadLetterQueue<EventMessage<?>>> queue,
                                                 ObjectProvider<ProjectionBatches> batches,
                                                 ObjectProvider<PlatformTransactionManager> transactions) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDeadLetterQueue(PROCESSING_GROUP,
                        c -> new ParkingDeadLetterQueue(queue.getObject(), batches.getObject()))
                .registerDeadLetterPolicy(PROCESSING_GROUP, c -> enqueuePolicy())
                .registerDeadLetteringEventHandlerInvokerConfiguration(PROCESSING_GROUP, (c, builder) -> builder
                        .allowReset(true)
                        .transactionManager(savepoints(transactions.getObject()))));
    }

    /**
     * Every failure is parked, with a cause fit for the queue's columns and the count of vain retries; except, in a
     * processor's batch, a failure of the database itself (unreachable, a deadlock, a timeout), which says nothing
     * about the event: it fails the batch, and the processor tries it again.
     */
    static EnqueuePolicy<EventMessage<?>> enqueuePolicy() {
        return (letter, cause) -> {
            if (ProjectionBatch.isTransient(cause) && CurrentUnitOfWork.isStarted()
                    && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>) {
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
            return Decisions.enqueue(ProjectionBatch.causeOf(cause), DeadLetterConfiguration::counted);
        };
    }

    private static MetaData counted(DeadLetter<?> letter) {
        // a letter read back from the queue is being retried; any other is parked for the first time
        long retries = letter instanceof JdbcDeadLetter<?> ? retriesOf(letter.diagnostics()) + 1 : 0;
        return letter.diagnostics().and(RETRIES, retries);
    }

    public static long retriesOf(MetaData diagnostics) {
        return diagnostics.get(RETRIES) instanceof Number number ? number.longValue() : 0;
    }

    /**
     * A transaction of its own where none runs, a savepoint where one does. Not Axon's SpringTransactionManager with
     * this propagation: it commits and rolls back only new transactions, never a savepoint.
     */
    private static TransactionManager savepoints(PlatformTransactionManager transactions) {
        DefaultTransactionDefinition nested = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
        return () -> {
            TransactionStatus status = transactions.getTransaction(nested);
            return new Transaction() {
                @Override
                public void commit() {
                    if (!status.isCompleted()) {
                        transactions.commit(status);
                    }
                }

                @Override
                public void rollback() {
                    if (!status.isCompleted()) {
                        transactions.rollback(status);
                    }
                }
            };
        };
    }

    static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(TABLE)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
