package id.kerjasama.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Rebuilds every read model from the event store while the service keeps running: each streaming processor is
 * stopped, its tokens are reset (its reset handlers empty its tables), and it is started again to replay from
 * the first event. Reads meanwhile show the read models as far as they are rebuilt.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    /** How far one processor is: the lowest position of its segments against the newest event. */
    public record ProcessorProgress(String processor, boolean replaying, long position, long head, double percent) {
    }

    public record Progress(Instant startedAt, boolean replaying, List<ProcessorProgress> processors) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private volatile Instant startedAt;

    ReadModelRebuild(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public synchronized Progress start() {
        Collection<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        for (StreamingEventProcessor processor : processors) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            log.info("Rebuilding read models of {} from the first event", processor.getName());
        }
        startedAt = Instant.now();
        return progress();
    }

    public Progress progress() {
        long head = jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry", Long.class);
        List<ProcessorProgress> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .map(processor -> progressOf(processor, head)).toList();
        return new Progress(startedAt, processors.stream().anyMatch(ProcessorProgress::replaying), processors);
    }

    /** Logs the percentage while a rebuild runs, for operators who watch the logs rather than the endpoint. */
    @Scheduled(fixedDelay = 5000)
    void logWhileReplaying() {
        if (startedAt == null) {
            return;
        }
        Progress progress = progress();
        progress.processors().stream().filter(ProcessorProgress::replaying).forEach(p ->
                log.info("Rebuild of {}: {}% ({} of {} events)", p.processor(), String.format("%.1f", p.percent()),
                        p.position(), p.head()));
    }

    private static ProcessorProgress progressOf(StreamingEventProcessor processor, long head) {
        var statuses = processor.processingStatus().values();
        boolean replaying = statuses.stream().anyMatch(EventTrackerStatus::isReplaying);
        long position = statuses.isEmpty() ? 0 : statuses.stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0L)).min().orElse(0L);
        double percent = head == 0 ? 100.0 : Math.min(100.0, 100.0 * position / head);
        return new ProcessorProgress(processor.getName(), replaying, position, head, percent);
    }
}
