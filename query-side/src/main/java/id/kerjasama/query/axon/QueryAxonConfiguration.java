package id.kerjasama.query.axon;

import id.kerjasama.eventstore.EventStoreTables;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import id.kerjasama.cooperation.event.LiaisonOfficerAppointedUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The query side reads the command side's event tables through Axon's JDBC engine (it never appends) and keeps
 * its tracking tokens in its own schema, in the same transaction as the read models they guard.
 */
@Configuration
class QueryAxonConfiguration {

    /** Events read per statement, for one cooperation's history and for the event stream. */
    private static final int BATCH_SIZE = 1000;

    @Bean
    EventSchema eventSchema() {
        return EventStoreTables.schema();
    }

    /**
     * Declared here only because {@link #eventStore} replaces Axon's store, which switches off the auto-configured
     * engine: built exactly as Axon's JDBC auto-configuration builds it (upcasters, snapshot filter, serializers).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          @Value("${kerjasama.event-store.gap-timeout:60s}") Duration gapTimeout,
                                          @Value("${kerjasama.event-store.max-gap-offset:10000}") int maxGapOffset) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                // this side never appends; the resolver only matters for the engine's completeness
                .persistenceExceptionResolver(new SQLStateResolver("23505"))
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                // a 1,000-event history (asOf, history, audit) in one SELECT instead of eleven, and the stream of a
                // rebuild in larger steps; an aggregate's sequence has no gaps, so a short batch is its last
                .batchSize(BATCH_SIZE)
                .finalAggregateBatchPredicate(batch -> batch.size() < BATCH_SIZE)
                // how long, and how far behind, the event stream waits for a gap in the global index (a transaction
                // not yet committed) before it passes it for good; a command transaction times out well before
                // (spring.transaction.default-timeout on the command side), and an event passed all the same is read
                // from the store when its cooperation's next event arrives (ProjectionBatch)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(maxGapOffset)
                .build();
    }

    /**
     * The command side appends in another process, so this store learns of new events only by polling; Axon's
     * default of one second would be the projection lag. Polling an index every {@code fetch-delay} is cheap.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${kerjasama.event-store.fetch-delay:25ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(fetchDelay.toMillis())
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .build();
    }

    /**
     * This instance's name in the token claims ({@code owner}) and among the instances that share the segments
     * ({@link SegmentBalancer}): Axon's default, the JVM's {@code pid@host}, is not unique across containers (each one's
     * application may be pid 1) nor between the applications of one JVM.
     */
    @Bean
    ProcessingNode processingNode(@Value("${kerjasama.processing.node-id:}") String configured) {
        return new ProcessingNode(configured.isBlank() ? ProcessingNode.generated() : configured);
    }

    /**
     * Axon's JDBC token store as its auto-configuration builds it, owned by this instance's node id. A claim not
     * extended for {@code claim-timeout} (an instance that died or froze) is taken over by another instance.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          ProcessingNode node,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.id())
                .build();
    }

    /** The kernel's upcasters; Axon's auto-configuration adds every such bean to the chain the store reads through. */
    @Bean
    LiaisonOfficerAppointedUpcaster liaisonOfficerAppointedUpcaster() {
        return new LiaisonOfficerAppointedUpcaster();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("query.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }
}
