package id.kerjasama.query.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The parked events and cooperations as gauges, read from the queue at each scrape, whichever instance parked them. */
@Component
class DeadLetterMetrics implements MeterBinder {

    private final DeadLetters deadLetters;

    DeadLetterMetrics(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kerjasama.dead.letters.events", deadLetters, letters -> letters.count().events())
                .description("Events the read models could not take, parked in the dead-letter queue").register(registry);
        Gauge.builder("kerjasama.dead.letters.cooperations", deadLetters, letters -> letters.count().cooperations())
                .description("Cooperations with parked events").register(registry);
    }
}
