package id.kerjasama.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** The routes of one side that need no token (beyond health and the API description, which are open on both). */
@FunctionalInterface
public interface PublicRoutes {

    void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
