package id.kerjasama.query.deadletter;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * How many events the read models parked. Parked events leave the health UP, with the count as detail: the query
 * side still answers for every other cooperation (and for the parked ones as far as they got), so a load balancer
 * that took it out for them would turn one bad cooperation into an outage for all. Operators alert on the count.
 */
@Component("deadLettersHealthIndicator")
class DeadLetterHealth extends AbstractHealthIndicator {

    private final DeadLetters deadLetters;

    DeadLetterHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        DeadLetters.Count count = deadLetters.count();
        builder.up().withDetail("parkedEvents", count.events()).withDetail("parkedCooperations", count.cooperations());
    }
}
