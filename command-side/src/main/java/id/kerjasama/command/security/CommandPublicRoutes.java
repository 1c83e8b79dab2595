package id.kerjasama.command.security;

import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.web.security.PublicRoutes;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every command needs a valid bearer token; besides health and the API description only the demo token endpoint
 * (outside production) is open. Which role may send which command is {@link CommandPermissions}; which
 * cooperations a caller may act on is checked by the cooperation itself.
 */
@Component
class CommandPublicRoutes implements PublicRoutes {

    @Override
    public void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/dev/tokens/**").permitAll();
    }
}
