package id.kerjasama.query.monitoring;

import id.kerjasama.query.rebuild.ReadModelRebuild;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far each event processor is behind the event store, whichever instance holds its segments: in events (the head
 * of the store minus the lowest position of its segments' tokens) and in seconds (the age of the oldest event not
 * yet projected). Both are gauges; the readiness probe is down while the lag is above
 * {@code kerjasama.readiness.max-projection-lag}, so that a load balancer sends no reads to an instance whose read
 * models are far behind (a database it cannot keep up with, say). A rebuild, which all instances see, leaves it up:
 * taking every instance out during a rebuild would turn a rebuild into an outage, and its progress has its own
 * endpoint.
 */
@Component("projectionLagHealthIndicator")
class ProjectionLag extends AbstractHealthIndicator {

    /** One processor's lag; {@code seconds} is 0 when it has projected every event. */
    record Lag(String processor, long events, double seconds, boolean rebuilding) {
    }

    private final ReadModelRebuild rebuild;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxLag;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry meters;

    ProjectionLag(ReadModelRebuild rebuild, JdbcTemplate jdbc, Clock clock, EventProcessingConfiguration processing,
                  MeterRegistry meters, @Value("${kerjasama.readiness.max-projection-lag:30s}") Duration maxLag) {
        super("Cannot tell the projection lag");
        this.rebuild = rebuild;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxLag = maxLag;
        this.processing = processing;
        this.meters = meters;
    }

    /** Once the processors exist: a gauge pair for each streaming one. */
    @EventListener(ApplicationStartedEvent.class)
    void registerGauges() {
        processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance).map(EventProcessor::getName).forEach(processor -> {
            Gauge.builder("kerjasama.projection.lag.events", this, lag -> lag.of(processor).events())
                    .description("Events in the store that the processor has not projected yet")
                    .tag("processor", processor).baseUnit("events").register(meters);
            Gauge.builder("kerjasama.projection.lag.seconds", this, lag -> lag.of(processor).seconds())
                    .description("Age of the oldest event the processor has not projected yet")
                    .tag("processor", processor).baseUnit("seconds").register(meters);
        });
    }

    List<Lag> lags() {
        ReadModelRebuild.Progress progress = rebuild.progress();
        return progress.processors().stream().map(p -> new Lag(p.processor(), Math.max(0, p.head() - p.position()),
                secondsBehind(p.position(), p.head()), p.replaying())).toList();
    }

    private Lag of(String processor) {
        return lags().stream().filter(lag -> lag.processor().equals(processor)).findFirst()
                .orElse(new Lag(processor, 0, 0, false));
    }

    private double secondsBehind(long position, long head) {
        if (position >= head) {
            return 0;
        }
        // Axon stores the time as ISO-8601 text; the index on global_index finds the first unprojected event
        List<String> oldest = jdbc.queryForList("SELECT time_stamp FROM domain_event_entry WHERE global_index > ? "
                + "ORDER BY global_index FETCH FIRST 1 ROWS ONLY", String.class, position);
        return oldest.isEmpty() ? 0
                : Math.max(0, Duration.between(Instant.parse(oldest.get(0)), clock.instant()).toMillis() / 1000.0);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean ready = true;
        for (Lag lag : lags()) {
            builder.withDetail(lag.processor(), lag);
            ready &= lag.rebuilding() || lag.seconds() <= maxLag.toMillis() / 1000.0;
        }
        builder.withDetail("maxLagSeconds", maxLag.toSeconds());
        if (ready) {
            builder.up();
        } else {
            builder.outOfService();
        }
    }
}
