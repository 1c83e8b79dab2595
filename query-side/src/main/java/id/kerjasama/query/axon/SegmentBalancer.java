package id.kerjasama.query.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Shares each processor's segments among the query-side instances on one database. Each instance runs as many
 * threads as there are segments, so that one alone, or the last survivor, handles them all; Axon lets the first to
 * start claim every segment, though, and a later one would idle. So each instance says it is alive
 * ({@code query.processing_node}), and one that holds more than its share (the segments divided among the live
 * instances, rounded up) releases one segment at a time with Axon's {@code releaseSegment}, not to claim it again
 * for a while, so that an idle instance claims it. A dead or frozen instance stops saying it is alive and its claims
 * expire ({@code axon.eventhandling.tokenstore.claim-timeout}); the others then take its segments back.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProcessingNode node;
    private final Clock clock;
    private final Duration interval;
    private final Duration nodeTimeout;

    SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, ProcessingNode node, Clock clock,
                    @Value("${kerjasama.processing.balance-interval:2s}") Duration interval,
                    @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
        this.interval = interval;
        // an instance is alive while it said so within a claim timeout, and at least two of its own rounds
        this.nodeTimeout = claimTimeout.compareTo(interval.multipliedBy(2)) > 0 ? claimTimeout : interval.multipliedBy(2);
    }

    @Scheduled(fixedDelayString = "${kerjasama.processing.balance-interval:2s}",
            initialDelayString = "${kerjasama.processing.balance-interval:2s}")
    void balance() {
        try {
            long live = heartbeat();
            processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .filter(StreamingEventProcessor::isRunning)
                    .forEach(processor -> releaseBeyondShare(processor, live));
        } catch (DataAccessException e) {
            // the database is out of reach: the processors wait for it as well, and the next round tries again
            log.debug("Cannot balance segments just now: {}", e.toString());
        }
    }

    /** Says this instance is alive and forgets those silent for long; @return how many instances are alive */
    private long heartbeat() {
        long now = clock.millis();
        if (jdbc.update("UPDATE query.processing_node SET last_seen = ? WHERE node_id = ?", now, node.id()) == 0) {
            jdbc.update("INSERT INTO query.processing_node (node_id, last_seen) VALUES (?, ?)", node.id(), now);
        }
        jdbc.update("DELETE FROM query.processing_node WHERE last_seen < ?", now - nodeTimeout.toMillis() * 10);
        return jdbc.queryForObject("SELECT COUNT(*) FROM query.processing_node WHERE last_seen >= ?", Long.class,
                now - nodeTimeout.toMillis());
    }

    private void releaseBeyondShare(StreamingEventProcessor processor, long live) {
        Integer segments = jdbc.queryForObject("SELECT COUNT(*) FROM query.token_entry WHERE processor_name = ?",
                Integer.class, processor.getName());
        long share = (segments + Math.max(1, live) - 1) / Math.max(1, live);
        Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
        if (claimed.size() > share) {
            int segment = claimed.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            log.info("{} holds {} of {} segments of {} with {} instances alive: releasing segment {}", node.id(),
                    claimed.size(), segments, processor.getName(), live, segment);
            // long enough for the other instances' threads to claim it (they look every token claim interval)
            processor.releaseSegment(segment, interval.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
