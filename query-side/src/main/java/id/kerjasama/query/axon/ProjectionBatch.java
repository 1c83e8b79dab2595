package id.kerjasama.query.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;

import java.sql.PreparedStatement;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every projection of the cooperation processor does with one unit of work, in one place (a projection states
 * only its store and its fold, as a {@link BatchedProjection}):
 * <ul>
 * <li>learn up front which cooperations a processor batch touches, load them with one statement per projection, and
 * write them all with a few JDBC batches at commit: one statement per cooperation and table made a rebuild pay a
 * round trip per row (benchmarks/RESULTS.md, figure 2);</li>
 * <li>park a cooperation rather than stop the processor: when a handler fails on one of its events, or the database
 * refuses what the projections hold of it (a NUL character, a text too long for its column), its events of this
 * batch go to the dead-letter queue, in order and in the same transaction, and no projection writes anything of
 * it; every other cooperation is written. Its later events join it in the queue ({@link ParkingDeadLetterQueue})
 * until an operator retries them;</li>
 * <li>fill gaps: an event that arrives while a projection holds an older version than the one before it follows
 * events the event stream never delivered (a transaction that committed after the processor gave up on its gap);
 * they are read from the event store and applied first.</li>
 * </ul>
 * A dead letter that an operator retries is handled in a unit of work of its own, not in a processor batch: there
 * every failure propagates, so that Axon re-queues the letter, and a success is written before Axon evicts it.
 */
public final class ProjectionBatch {

    private static final Logger log = LoggerFactory.getLogger(ProjectionBatch.class);

    /** The processing group of every projection fed by the cooperation processor: one dead letter parks a cooperation in all. */
    public static final String PROCESSING_GROUP = "cooperation-projection";

    /** One projection's share of a unit of work: what it holds of the cooperations, and how it writes them. */
    interface Part {

        /**
         * Writes what this part changed of these cooperations. It must leave what it holds as it was: a write that
         * fails is rolled back to a savepoint and tried again cooperation by cooperation.
         */
        void write(Collection<String> cooperationIds);

        /** Called after the commit with the cooperations that were written. */
        default void committed(Collection<String> cooperationIds) {
        }
    }

    private final ProjectionBatches context;
    private final boolean processorBatch;
    private final List<EventMessage<?>> messages;
    private final Set<String> cooperations;
    private final Map<Object, Part> parts = new LinkedHashMap<>();
    private final Map<String, List<DeadLetter<EventMessage<?>>>> parked = new LinkedHashMap<>();
    private final Map<String, List<DomainEventMessage<?>>> readFromStore = new HashMap<>();
    private Set<String> parkedBefore;

    ProjectionBatch(ProjectionBatches context, UnitOfWork<?> home) {
        this.context = context;
        this.processorBatch = home instanceof BatchingUnitOfWork<?>;
        this.messages = home instanceof BatchingUnitOfWork<?> batching ? batching.getMessages().stream()
                .filter(EventMessage.class::isInstance).<EventMessage<?>>map(EventMessage.class::cast).toList() : List.of();
        this.cooperations = cooperationsOf(messages);
        home.onPrepareCommit(u -> write());
        home.afterCommit(u -> {
            List<String> written = written();
            parts.values().forEach(part -> part.committed(written));
        });
    }

    /** The cooperations of a processor batch, to load up front (none outside a batch: they are looked up one by one). */
    Set<String> cooperations() {
        return Set.copyOf(cooperations);
    }

    /** This unit of work's part of the projection {@code owner}, made by {@code create} the first time it is asked for. */
    @SuppressWarnings("unchecked")
    <P extends Part> P part(Object owner, Function<ProjectionBatch, P> create) {
        return (P) parts.computeIfAbsent(owner, key -> create.apply(this));
    }

    /**
     * Applies {@code message} to what a projection holds at {@code heldVersion}, after the events between them that
     * the stream did not deliver, read from the event store (and logged: the stream skipped them).
     */
    void applyInOrder(DomainEventMessage<?> message, long heldVersion, Consumer<DomainEventMessage<?>> apply) {
        cooperations.add(message.getAggregateIdentifier());
        long sequence = message.getSequenceNumber();
        if (sequence > heldVersion + 1) {
            missing(message.getAggregateIdentifier(), heldVersion + 1, sequence).forEach(apply);
        }
        apply.accept(message);
    }

    private List<DomainEventMessage<?>> missing(String cooperationId, long from, long to) {
        return readFromStore.computeIfAbsent(cooperationId + "@" + from + ".." + to, key -> {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            context.eventStore().readEvents(cooperationId, from).asStream()
                    .takeWhile(event -> event.getSequenceNumber() < to).forEach(events::add);
            log.warn("Cooperation {}: event {} arrived while the read model held version {}; the {} events between "
                            + "were read from the event store and applied first (their transaction committed after "
                            + "the event stream had passed them)", cooperationId, to, from - 1, events.size());
            return events;
        });
    }

    /** Whether the dead-letter queue is to take this event because its cooperation is parked (in this batch or before). */
    boolean parksWithItsCooperation(String cooperationId, Supplier<? extends EventMessage<?>> message) {
        List<DeadLetter<EventMessage<?>>> letters = parked.get(cooperationId);
        if (letters != null) {
            letters.add(new GenericDeadLetter<>(cooperationId, message.get()));
            return true;
        }
        return false;
    }

    /** Whether the cooperation has letters in the queue from earlier batches: one query for the whole batch. */
    boolean parkedBefore(String cooperationId) {
        if (parkedBefore == null) {
            parkedBefore = context.parkedAmong(cooperations);
        }
        return parkedBefore.contains(cooperationId);
    }

    /**
     * Parks the cooperation of a letter that a handler failed on: its events of this batch up to that one are
     * parked with the letter, and none of its state is written, whichever projection failed.
     */
    void park(String cooperationId, DeadLetter<EventMessage<?>> failed) {
        List<DeadLetter<EventMessage<?>>> letters = parked.computeIfAbsent(cooperationId, id -> new ArrayList<>());
        Cause cause = failed.cause().orElse(null);
        for (EventMessage<?> message : messages) {
            if (message.getIdentifier().equals(failed.message().getIdentifier())) {
                break;
            }
            if (cooperationId.equals(cooperationOf(message))) {
                letters.add(letter(cooperationId, message, cause));
            }
        }
        letters.add(failed);
    }

    private void write() {
        if (!processorBatch) {
            parts.values().forEach(part -> part.write(written()));
            return;
        }
        if (parts.isEmpty() && parked.isEmpty()) {
            return;
        }
        List<String> ids = written();
        RuntimeException failure = context.underSavepoint(() -> parts.values().forEach(part -> part.write(ids)));
        if (failure != null) {
            throwIfTransient(failure);
            log.warn("Writing the read models of {} cooperations failed ({}); writing them one by one", ids.size(),
                    NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
            for (String id : ids) {
                RuntimeException refused = context.underSavepoint(() -> parts.values().forEach(part -> part.write(List.of(id))));
                if (refused != null) {
                    throwIfTransient(refused);
                    parkAll(id, refused);
                }
            }
        }
        parked.forEach((id, letters) -> letters.forEach(letter -> context.queue().enqueue(id, letter)));
    }

    /** Parks every event of this batch of a cooperation whose read model the database refused. */
    private void parkAll(String cooperationId, RuntimeException refused) {
        Cause cause = causeOf(refused);
        log.warn("Cooperation {} parked in the dead-letter queue: its read model cannot be stored ({})", cooperationId,
                cause.message());
        List<DeadLetter<EventMessage<?>>> letters = parked.computeIfAbsent(cooperationId, id -> new ArrayList<>());
        messages.stream().filter(message -> cooperationId.equals(cooperationOf(message)))
                .forEach(message -> letters.add(letter(cooperationId, message, cause)));
    }

    private static DeadLetter<EventMessage<?>> letter(String cooperationId, EventMessage<?> message, Cause cause) {
        Instant now = GenericDeadLetter.clock.instant();
        return new GenericDeadLetter<>(cooperationId, message, cause, now, now, MetaData.emptyInstance());
    }

    /** The cooperations whose state is written: those handled, less those parked. */
    private List<String> written() {
        Set<String> ids = new LinkedHashSet<>(cooperations);
        ids.removeAll(parked.keySet());
        return List.copyOf(ids);
    }

    /**
     * Whether a failure says nothing about the events: the database unreachable, a deadlock, a timeout. Such a
     * failure fails the batch, which the processor tries again, rather than parking cooperations that are fine.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof TransactionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    private static void throwIfTransient(RuntimeException failure) {
        if (isTransient(failure)) {
            throw failure;
        }
    }

    /**
     * What a dead letter keeps of a failure: the innermost cause (the database's own words rather than the statement
     * that carried them), without control characters (the queue's own column would refuse a NUL) and no longer
     * than its column.
     */
    public static ThrowableCause causeOf(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage() == null ? "" : cause.getMessage().replaceAll("\\p{Cntrl}", " ");
        return new ThrowableCause(cause.getClass().getName(),
                message.substring(0, Math.min(message.length(), ThrowableCause.TRUNCATED_MESSAGE_SIZE)));
    }

    private static String cooperationOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null;
    }

    private static Set<String> cooperationsOf(List<? extends EventMessage<?>> messages) {
        Set<String> ids = new LinkedHashSet<>();
        messages.forEach(message -> {
            String id = cooperationOf(message);
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** A statement whose one parameter is these ids as an SQL array, for {@code ... = ANY (?)}. */
    public static PreparedStatementCreator withIds(String sql, Collection<String> ids) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("VARCHAR", ids.toArray()));
            return statement;
        };
    }

    /** Runs {@code sql} for every row in JDBC batches; nothing at all for no rows. */
    public static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Deletes the rows of {@code table} whose {@code cooperation_id} is one of these, in one statement. */
    public static void deleteOfCooperations(JdbcTemplate jdbc, String table, Collection<String> ids) {
        if (!ids.isEmpty()) {
            jdbc.update(withIds("DELETE FROM " + table + " WHERE cooperation_id = ANY (?)", ids));
        }
    }
}
