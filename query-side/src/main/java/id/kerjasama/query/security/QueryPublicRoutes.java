package id.kerjasama.query.security;

import id.kerjasama.web.security.PublicRoutes;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Everything needs a valid bearer token except the public register (UU 14/2008 art. 11), the audit checkpoints
 * and their public key, health and the API description. What a caller may read is their {@link ReadScope}, applied
 * by the queries themselves.
 */
@Component
class QueryPublicRoutes implements PublicRoutes {

    @Override
    public void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // the checkpoints and their public key are published, for anyone to hold the system to them
        requests.requestMatchers(HttpMethod.GET, "/api/audit/public-key", "/api/audit/checkpoints",
                        "/api/audit/checkpoints/**").permitAll()
                .requestMatchers("/api/public/**").permitAll();
    }
}
