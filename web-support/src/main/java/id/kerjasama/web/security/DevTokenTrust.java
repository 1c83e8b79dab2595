package id.kerjasama.web.security;

import id.kerjasama.actor.DevTokenKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;

/**
 * Outside production, trusts the embedded default's demo tokens, which the command side issues with the key kept
 * in the shared data folder. In the {@code prod} profile this does not exist: only the configured issuer counts.
 */
@Configuration
@Profile("!prod")
@ConditionalOnProperty(name = "kerjasama.security.dev-tokens", havingValue = "true")
public class DevTokenTrust {

    /** Where the demo key is kept: by default in the data folder both sides share. */
    public static final String KEY_FILE = "${kerjasama.security.dev-token-key-file:${kerjasama.data-dir}/dev-token-key.pem}";

    /** Trusts the demo tokens only: issued by the command side, signed with the demo key, not expired. */
    @Bean
    JwtDecoder devTokenDecoder(@Value(KEY_FILE) String keyFile) {
        RSAPublicKey key = (RSAPublicKey) DevTokenKey.loadOrCreate(Path.of(keyFile)).getPublic();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(DevTokenKey.ISSUER));
        return decoder;
    }
}
