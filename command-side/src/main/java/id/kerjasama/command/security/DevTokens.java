package id.kerjasama.command.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.DevTokenKey;
import id.kerjasama.web.security.DevTokenTrust;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * The embedded default's own token issuer, for a first run without an identity provider: demo tokens signed with
 * a key kept in the data folder, which both sides trust ({@link DevTokenTrust}). It does not exist in the
 * {@code prod} profile, whatever the properties say, so production only ever trusts the configured issuer.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "kerjasama.security.dev-tokens", havingValue = "true")
public class DevTokens {

    private static final Duration LIFETIME = Duration.ofHours(8);

    private final KeyPair keys;

    DevTokens(@Value(DevTokenTrust.KEY_FILE) String keyFile) {
        this.keys = DevTokenKey.loadOrCreate(Path.of(keyFile));
    }

    public String issue(String subject, String name, ActorRole role, String region) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).build();
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(DevTokenKey.ISSUER).subject(subject).issuedAt(now)
                .expiresAt(now.plus(LIFETIME)).claim("name", name).claim("kerjasama_role", role.name())
                .claim("kerjasama_region", region).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }
}
