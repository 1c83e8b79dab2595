package id.kerjasama.console.signin;

import id.kerjasama.console.api.BearerToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.Optional;

/**
 * The person signed in on this request, whichever way: a demo user (outside {@code prod}) or the OpenID Connect
 * provider's user (in {@code prod}, whose access token the console sends, refreshed by Spring's authorized client
 * manager when it expires).
 */
@Component
public class SignedIn implements BearerToken {

    private final ObjectProvider<OAuth2AuthorizedClientManager> clients;
    private final String roleClaim;
    private final String regionClaim;

    SignedIn(ObjectProvider<OAuth2AuthorizedClientManager> clients,
             @Value("${kerjasama.console.role-claim}") String roleClaim,
             @Value("${kerjasama.console.region-claim}") String regionClaim) {
        this.clients = clients;
        this.roleClaim = roleClaim;
        this.regionClaim = regionClaim;
    }

    /** The person signed in, if any. */
    public Optional<Person> person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Person person) {
            return Optional.of(person);
        }
        if (authentication instanceof OAuth2AuthenticationToken oidc && oidc.getPrincipal() instanceof OidcUser user) {
            return accessToken(oidc).map(token -> new Person(user.getSubject(),
                    Objects.requireNonNullElse(user.getFullName(), user.getSubject()),
                    user.getClaimAsString(roleClaim), user.getClaimAsString(regionClaim), token));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> current() {
        return person().map(Person::token);
    }

    private Optional<String> accessToken(OAuth2AuthenticationToken oidc) {
        OAuth2AuthorizedClientManager manager = clients.getIfAvailable();
        if (manager == null) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client = manager.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(oidc.getAuthorizedClientRegistrationId()).principal(oidc).build());
        return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
    }
}
