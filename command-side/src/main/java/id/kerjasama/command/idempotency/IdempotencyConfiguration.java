package id.kerjasama.command.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The keys of safe retries are kept for a while, then purged (the filter that uses them is in {@code web}). */
@Configuration
class IdempotencyConfiguration {

    @Bean
    RecurringTask<Void> purgeExpiredIdempotencyKeys(IdempotentRequests requests, IdempotencySettings settings, Clock clock) {
        return Tasks.recurring("purge-expired-idempotency-keys", FixedDelay.of(settings.purgeInterval()))
                .execute((instance, context) -> requests.purgeExpired(clock.instant()));
    }
}
