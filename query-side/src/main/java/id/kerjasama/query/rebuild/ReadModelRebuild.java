package id.kerjasama.query.rebuild;

import id.kerjasama.query.deadletter.DeadLetters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Rebuilds every read model from the event store while the service keeps running: each streaming processor is
 * stopped, its tokens are reset (its reset handlers empty its tables, and the dead-letter queue is cleared), and it
 * is started again to replay from the first event. Reads meanwhile show the read models as far as they are rebuilt.
 * <p>
 * Progress is read from the stored tokens, whichever instance claimed the segments. A rebuild runs from the
 * request until every segment has reached the head of the store as it was when the rebuild was requested (and, as
 * any instance can tell from the tokens, the position it had at the reset). That is not Axon's replay flag: Axon
 * ends a replay only at the first event strictly after the position at the reset, which on a quiet store comes
 * whenever the next command does (minutes or hours), and it reports no status at all for segments no thread has
 * claimed yet, just after the reset.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    /** The notifier's processing group (package notification), which depends on this package, not the reverse. */
    private static final String NOTIFIER = "notifier";

    /**
     * How far one processor is: the lowest position of its segments, the position the rebuild must reach (the
     * head when it started; null when none runs) and the newest event.
     */
    public record ProcessorProgress(String processor, boolean replaying, long position, Long target, long head,
                                    double percent) {
    }

    /** {@code replaying}: a rebuild was asked for and has not reached its target; parked: events it could not take. */
    public record Progress(Instant startedAt, boolean replaying, List<ProcessorProgress> processors, long parkedEvents,
                           long parkedCooperations) {
    }

    private record SegmentPosition(long position, Long target) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final DeadLetters deadLetters;
    private volatile Instant startedAt;
    /** The head of the store when this instance was asked to rebuild: the rebuild runs until every segment is there. */
    private volatile Long headAtStart;
    /** Between the request and the reset of the tokens, when the stored tokens still tell of the old read models. */
    private volatile boolean resetting;

    ReadModelRebuild(EventProcessingConfiguration processing, JdbcTemplate jdbc, Serializer serializer,
                     DeadLetters deadLetters) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.deadLetters = deadLetters;
    }

    public synchronized Progress start() {
        resetting = true;
        try {
            startedAt = Instant.now();
            headAtStart = head();
            for (StreamingEventProcessor processor : processors()) {
                processor.shutDown();
                processor.resetTokens();
                processor.start();
                log.info("Rebuilding read models of {} from the first event", processor.getName());
            }
        } finally {
            resetting = false;
        }
        return progress();
    }

    private long head() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry", Long.class);
    }

    public Progress progress() {
        long head = head();
        List<ProcessorProgress> processors = processors().stream()
                .map(processor -> progressOf(processor.getName(), head)).toList();
        DeadLetters.Count parked = deadLetters.count();
        return new Progress(startedAt, resetting || processors.stream().anyMatch(ProcessorProgress::replaying),
                processors, parked.events(), parked.cooperations());
    }

    /** Logs the percentage while a rebuild runs, for operators who watch the logs rather than the endpoint. */
    @Scheduled(fixedDelay = 5000)
    void logWhileReplaying() {
        if (startedAt == null) {
            return;
        }
        Progress progress = progress();
        progress.processors().stream().filter(ProcessorProgress::replaying).forEach(p ->
                log.info("Rebuild of {}: {}% ({} of {} events, {} parked)", p.processor(),
                        String.format("%.1f", p.percent()), p.position(), p.target(), progress.parkedEvents()));
    }

    /** The read models' processors; not the notifier's, whose token says what was sent and must never go back. */
    private Collection<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(processor -> !NOTIFIER.equals(processor.getName())).toList();
    }

    private ProcessorProgress progressOf(String processor, long head) {
        List<SegmentPosition> segments = jdbc.query("SELECT token, token_type FROM query.token_entry "
                + "WHERE processor_name = ?", (rs, n) -> positionOf(rs.getBytes(1), rs.getString(2)), processor);
        long position = segments.stream().mapToLong(SegmentPosition::position).min().orElse(0L);
        long atReset = segments.stream().filter(s -> s.target() != null).mapToLong(SegmentPosition::target).max().orElse(0L);
        long goal = Math.max(atReset, headAtStart == null ? 0L : headAtStart);
        boolean replaying = position < goal;
        Long target = replaying ? goal : null;
        long of = replaying ? goal : head;
        double percent = of == 0 ? 100.0 : Math.min(100.0, 100.0 * position / of);
        return new ProcessorProgress(processor, replaying, position, target, head, percent);
    }

    private SegmentPosition positionOf(byte[] stored, String type) {
        if (stored == null) {
            return new SegmentPosition(0, null);
        }
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class, type, null));
        if (token == null) {
            return new SegmentPosition(0, null);
        }
        long position = token.position().orElse(0L);
        OptionalLong atReset = ReplayToken.getTokenAtReset(token);
        return new SegmentPosition(position, atReset.isPresent() ? atReset.getAsLong() : null);
    }
}
