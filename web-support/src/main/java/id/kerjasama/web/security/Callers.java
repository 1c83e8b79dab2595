package id.kerjasama.web.security;

import id.kerjasama.actor.Caller;
import id.kerjasama.validation.InvalidValueException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns a validated token into the {@link Caller} it names. A token whose role or region claim is missing or
 * unknown is refused at authentication (401): it cannot say who acts.
 */
@Component
public class Callers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Caller.ClaimNames claims;

    Callers(SecuritySettings settings) {
        this.claims = settings.claimNames();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            Caller caller = Caller.fromClaims(jwt.getSubject(), jwt.getClaims(), claims);
            return new JwtAuthenticationToken(jwt, List.of(), caller.id());
        } catch (InvalidValueException e) {
            throw new InvalidBearerTokenException(e.getMessage());
        }
    }

    /** The caller of an authenticated request. */
    public Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("The request was not authenticated with a bearer token");
        }
        return Caller.fromClaims(token.getToken().getSubject(), token.getToken().getClaims(), claims);
    }
}
