package id.kerjasama.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;

/**
 * A bearer token verified once is believed until it expires: a client sends the same token with every request, and
 * checking its signature and claims again each time was a measurable share of a command's CPU. The verifier (the
 * configured issuer's decoder, or the demo tokens') decides the first time; what it accepted is kept, bounded in
 * number, until the token's own expiry and never longer. What it refused is not kept, nor a token that never
 * expires: those are verified every time.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokens(JwtDecoder verifier, long maximumSize, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(new UntilExpiry(clock)).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** An entry lives until its token's expiry, whenever it was put or read. */
    private record UntilExpiry(Clock clock) implements Expiry<String, Jwt> {
        private static final Duration MAXIMUM = Duration.ofDays(365 * 100);

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
            // a token valid for centuries would overflow the nanoseconds
            return left.isNegative() ? 0 : left.compareTo(MAXIMUM) > 0 ? MAXIMUM.toNanos() : left.toNanos();
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
