package id.kerjasama.query.deadletter;

import id.kerjasama.query.axon.DeadLetterConfiguration;
import id.kerjasama.query.axon.ProjectionBatch;
import id.kerjasama.query.cooperation.Page;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events the cooperation processor parked (Axon's dead-letter queue, one sequence per cooperation), for
 * operators: listed from the queue's table, retried and evicted through Axon's own queue and processor, so that a
 * retry handles them exactly as the processor would and removes only what it wrote.
 */
@Service
public class DeadLetters {

    private static final String PROCESSING_GROUP = ProjectionBatch.PROCESSING_GROUP;

    /** One parked event, with why it was parked and how often a retry failed on it. */
    public record Letter(String id, String cooperationId, long index, String eventType, Long sequenceNumber,
                         Instant enqueuedAt, Instant lastTouched, String causeType, String causeMessage, long retries) {
    }

    /** What a retry of one cooperation did: its letters before and after, and whether it is back in the read model. */
    public record Retried(String cooperationId, long parkedBefore, long parkedAfter, boolean projected) {
    }

    /** How much is parked. */
    public record Count(long events, long cooperations) {
    }

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Serializer serializer;

    DeadLetters(JdbcTemplate jdbc, EventProcessingConfiguration processing, Serializer serializer) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.serializer = serializer;
    }

    public Count count() {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(DISTINCT sequence_identifier) FROM " + DeadLetterConfiguration.TABLE
                + " WHERE processing_group = ?", (rs, n) -> new Count(rs.getLong(1), rs.getLong(2)), PROCESSING_GROUP);
    }

    /** The parked events, cooperation by cooperation in the order they will be retried. */
    public Page<Letter> page(int page, int size) {
        List<Letter> letters = jdbc.query("SELECT dead_letter_id, sequence_identifier, sequence_index, payload_type, "
                + "sequence_number, enqueued_at, last_touched, cause_type, cause_message, diagnostics "
                + "FROM " + DeadLetterConfiguration.TABLE + " WHERE processing_group = ? "
                + "ORDER BY sequence_identifier, sequence_index LIMIT ? OFFSET ?", (rs, n) -> new Letter(
                rs.getString(1), rs.getString(2), rs.getLong(3), simpleName(rs.getString(4)),
                rs.getObject(5) == null ? null : rs.getLong(5), instant(rs.getString(6)), instant(rs.getString(7)),
                rs.getString(8), rs.getString(9), retries(rs.getBytes(10))), PROCESSING_GROUP, size, (long) page * size);
        return Page.of(letters, page, size, count().events());
    }

    /**
     * Retries the letters of one cooperation, in order, each in a transaction of its own: those handled are written
     * and evicted, the first that fails again stays parked (with its new cause) with those behind it.
     */
    public Retried retry(String cooperationId) {
        long before = queue().sequenceSize(cooperationId);
        if (before > 0) {
            processor().process(letter -> cooperationId.equals(cooperationOf(letter)));
        }
        long after = queue().sequenceSize(cooperationId);
        return new Retried(cooperationId, before, after, after == 0);
    }

    /** Retries every parked cooperation once. */
    public List<Retried> retryAll() {
        List<Retried> results = new ArrayList<>();
        for (String id : jdbc.queryForList("SELECT DISTINCT sequence_identifier FROM " + DeadLetterConfiguration.TABLE
                + " WHERE processing_group = ? ORDER BY sequence_identifier", String.class, PROCESSING_GROUP)) {
            results.add(retry(id));
        }
        return results;
    }

    /**
     * Drops the parked events of one cooperation for good. Its read model stays as it was; its next event finds the
     * read model behind and reads what it lacks from the event store (so a cause that is gone heals by itself).
     */
    public long evict(String cooperationId) {
        long evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue().deadLetterSequence(cooperationId)) {
            queue().evict(letter);
            evicted++;
        }
        return evicted;
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor() {
        return processing.sequencedDeadLetterProcessor(PROCESSING_GROUP)
                .orElseThrow(() -> new IllegalStateException("No dead-letter processor for " + PROCESSING_GROUP));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return processing.deadLetterQueue(PROCESSING_GROUP)
                .orElseThrow(() -> new IllegalStateException("No dead-letter queue for " + PROCESSING_GROUP));
    }

    private static String cooperationOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null;
    }

    private long retries(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        return DeadLetterConfiguration.retriesOf(serializer.deserialize(
                new SimpleSerializedObject<>(diagnostics, byte[].class, MetaData.class.getName(), null)));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
