package id.kerjasama.command.eventstore;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import id.kerjasama.command.audit.ChainingEventStorageEngine;
import id.kerjasama.eventstore.EventStoreTables;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import id.kerjasama.cooperation.event.LiaisonOfficerAppointedUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.util.concurrent.Executors;

import static id.kerjasama.actor.AuditMetadata.*;

/**
 * The event store as Flyway creates it (snake_case, bytea payloads, an identity global index), each appended event
 * chained for the audit, snapshots taken off the command thread, and the audit metadata every event inherits
 * from its command.
 */
@Configuration
class AxonConfiguration {

    /** Axon's default: events read per statement when an aggregate is loaded. */
    private static final int AGGREGATE_BATCH_SIZE = 100;

    /** Axon's connections, whose statements end with their transaction's timeout (TimedConnectionProvider). */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return TimedConnectionProvider.of(dataSource);
    }

    /** The kernel's upcasters; Axon's auto-configuration adds every such bean to the chain the store reads through. */
    @Bean
    LiaisonOfficerAppointedUpcaster liaisonOfficerAppointedUpcaster() {
        return new LiaisonOfficerAppointedUpcaster();
    }

    @Bean
    EventSchema eventSchema() {
        return EventStoreTables.schema();
    }

    /**
     * Axon's JDBC engine, built exactly as its JDBC auto-configuration builds it (which stands back once this bean
     * exists: without the upcaster chain, upcasters would be skipped silently), that also chains every appended
     * event for the audit (docs/AUDIT-CHAIN.md).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return new ChainingEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                // Axon's JDBC engine reads an aggregate until a batch comes back empty, to step over gaps in its
                // sequence numbers; ours has none (the unique key and Axon's numbering, and the audit chain refuses
                // gaps), so a short batch is the last one: one SELECT fewer for every command on a cooperation
                .finalAggregateBatchPredicate(batch -> batch.size() < AGGREGATE_BATCH_SIZE)
                .batchSize(AGGREGATE_BATCH_SIZE), transactionManager, eventSchema);
    }

    /**
     * Recognises a duplicate (aggregate, sequence) by its SQL state, unique_violation (23505) on PostgreSQL and H2
     * alike. Axon's JDBC default looks for SQLIntegrityConstraintViolationException, which the PostgreSQL driver
     * never throws, so a concurrent append or a reused id would end in a 500 instead of a 409. (The class sits in
     * Axon's jpa package but only reads the SQLException.)
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** Snapshots are derived data: a single background thread builds them so commands never wait for one. */
    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean factory = new SpringAggregateSnapshotterFactoryBean();
        factory.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "snapshotter");
            thread.setDaemon(true);
            return thread;
        }));
        return factory;
    }

    /** Cooperations kept in memory between commands ({@link AggregateCache}); a size of 0 keeps none. */
    @Bean
    Cache cooperationCache(@Value("${kerjasama.aggregate-cache-size}") long size) {
        return size > 0 ? new AggregateCache(size) : NoCache.INSTANCE;
    }

    @Bean
    SnapshotTriggerDefinition cooperationSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${kerjasama.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Declaring any provider replaces Axon's default, so the origin provider (correlation and trace ids) is declared too. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(ACTOR_ID, ACTOR_NAME, ACTOR_ROLE, ACTOR_REGION, REASON);
    }
}
