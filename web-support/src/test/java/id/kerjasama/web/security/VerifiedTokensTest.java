package id.kerjasama.web.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final KeyPair issuerKey = rsa();
    private final NimbusJwtDecoder issuer = NimbusJwtDecoder.withPublicKey((RSAPublicKey) issuerKey.getPublic()).build();
    private final AtomicInteger verifications = new AtomicInteger();
    /** The issuer's real decoder, counting how often it is asked. */
    private final JwtDecoder counted = token -> {
        verifications.incrementAndGet();
        return issuer.decode(token);
    };
    private final MovableClock clock = new MovableClock();
    private final VerifiedTokens tokens = new VerifiedTokens(counted, 100, clock);

    @Test
    void a_token_is_verified_once_and_believed_until_it_expires_and_no_longer() {
        String token = sign(issuerKey, Instant.now().plus(Duration.ofHours(1)));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("staff-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("staff-1");
        assertThat(verifications).hasValue(1);

        clock.move(Duration.ofHours(2));
        tokens.decode(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_refused_token_is_refused_every_time_rather_than_remembered() {
        String forged = sign(rsa(), Instant.now().plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_token_that_never_expires_is_verified_every_time() {
        String token = sign(issuerKey, null);

        tokens.decode(token);
        tokens.decode(token);
        assertThat(verifications).hasValue(2);
    }

    private static String sign(KeyPair key, Instant expiresAt) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) key.getPublic()).privateKey((RSAPrivateKey) key.getPrivate()).build();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer("test").subject("staff-1").issuedAt(Instant.now());
        if (expiresAt != null) {
            claims.expiresAt(expiresAt);
        }
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Duration offset = Duration.ZERO;

        void move(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
