package id.kerjasama.command.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the answer to a request with an {@code Idempotency-Key} is kept for its retries, and how often expired
 * ones are purged ({@code kerjasama.idempotency.*}).
 *
 * @param retention     how long a key answers its retries (default 24 hours)
 * @param purgeInterval how often expired keys are deleted (default every hour; a key is also replaced when reused
 *                      after it expired)
 */
@ConfigurationProperties("kerjasama.idempotency")
public record IdempotencySettings(@DefaultValue("24h") Duration retention, @DefaultValue("1h") Duration purgeInterval) {

    public IdempotencySettings {
        if (retention.isNegative() || retention.isZero() || purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("kerjasama.idempotency.retention and purge-interval must be positive");
        }
    }
}
