package id.kerjasama.command.cooperation;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The resources the aggregate's handlers receive besides their command. */
@Configuration
class CooperationConfiguration {

    /**
     * The one clock the rules read "today" from. Dates in the regulation are local dates; the default zone is
     * WIB (Asia/Jakarta), set {@code kerjasama.time-zone} for WITA or WIT regions.
     */
    @Bean
    Clock clock(@Value("${kerjasama.time-zone:Asia/Jakarta}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    Deadlines deadlines(DeadlineManager deadlineManager, Clock clock, CooperationRules rules) {
        return new Deadlines(deadlineManager, clock, rules);
    }

    @Bean
    CooperationIds cooperationIds(EventStore events) {
        return id -> events.lastSequenceNumberFor(id.value()).isPresent();
    }

    @Bean
    RegionBorders regionBorders(CooperationRules rules) {
        return RegionBorders.shippedPlus(rules.additionalBorders());
    }
}
