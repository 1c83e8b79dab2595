package id.kerjasama.console.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.annotation.PropertySource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who must sign in: everyone but the public register and the assets. In {@code prod} people sign in at the region's
 * OpenID Connect provider (authorization code flow); elsewhere a page lists the demo users of the command side's
 * embedded issuer. The console holds no permission of its own: the APIs decide what the person may read and send.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {"/public", "/public/**", "/webjars/**", "/console.css", "/favicon.ico", "/error",
            "/actuator/health", "/actuator/health/**", "/livez", "/readyz"};

    /** The prod profile's defaults of the OpenID Connect client, below whatever the environment sets. */
    @Configuration(proxyBeanMethods = false)
    @Profile("prod")
    @PropertySource("classpath:web-console-prod.properties")
    static class OpenIdConnectDefaults {
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Profile("prod")
    SecurityFilterChain openIdConnect(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(SecurityConfiguration::routes)
                .oauth2Login(Customizer.withDefaults())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/public"))
                .build();
    }

    @Bean
    @Profile("!prod")
    SecurityFilterChain demoUsers(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        return http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/signin").permitAll();
                    routes(requests);
                })
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/signin")))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin"))
                .build();
    }

    private static void routes(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated();
    }
}
