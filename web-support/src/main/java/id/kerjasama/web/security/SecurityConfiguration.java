package id.kerjasama.web.security;

import id.kerjasama.web.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.util.List;

/**
 * Every request needs a valid bearer token, naming its {@link Callers caller}, except health and the probes, the API
 * description, what a side opens with its {@link PublicRoutes} and the separate management port. Refusals are problems, logged in the {@link SecurityLog}.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /**
     * Whichever decoder verifies the bearer tokens (the configured issuer's, Spring Boot's, or the demo tokens'),
     * each token is verified once and then believed until it expires ({@link VerifiedTokens}), at most
     * {@code kerjasama.security.verified-token-cache-size} of them; 0 verifies every request anew.
     */
    @Bean
    static BeanPostProcessor verifiedTokenCache(Environment environment) {
        long size = environment.getProperty("kerjasama.security.verified-token-cache-size", Long.class, 10_000L);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return size > 0 && bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, size, Clock.systemUTC()) : bean;
            }
        };
    }

    /** Spring Security's strict firewall, its rule for header names and values kept but checked without a regex ({@link HeaderText}). */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderText::allowedName);
        firewall.setAllowedHeaderValues(HeaderText::allowedValue);
        return firewall;
    }

    /** The bearer token from the Authorization header, read without a regular expression ({@link BearerHeader}). */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        return new BearerHeader();
    }

    /**
     * Spring Security observes no request, authentication or authorization of its own: it wrapped every filter of the
     * chain in an observation, on every request, to time what the request's own observation (metrics, trace and log
     * correlation) already covers.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, Callers callers, SecurityLog securityLog, List<PublicRoutes> publicRoutes,
                            Environment environment) throws Exception {
        // The management port serves only the operators' endpoints and is never published (docs/OPERATIONS.md): a
        // Prometheus server scrapes it without a token. Where it is the API's port, only health is open.
        // (Where it is the API's, Spring Boot names the API's port as local.management.port too.)
        RequestMatcher managementPort = new ManagementPort(environment);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> {
                    publicRoutes.stream().flatMap(routes -> routes.routes().stream())
                            .forEach(route -> requests.requestMatchers(route.method(), route.pattern()).permitAll());
                    requests.requestMatchers(managementPort).permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/v3/api-docs/**",
                                    "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                            .anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
                        .authenticationEntryPoint((request, response, e) -> {
                            securityLog.refused(request, 401, e.getMessage());
                            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                    "A valid bearer token is required: " + e.getMessage());
                        }))
                .addFilterAfter(new CallerLogContext(), BearerTokenAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> {
                    securityLog.refused(request, 403, e.getMessage());
                    ProblemWriter.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN", "Not allowed");
                }))
                .build();
    }

    /**
     * A request to the management port where it is not the API's. Both ports are read from the environment until both
     * servers have started and then kept: the look-up ran through every property source on every request.
     */
    private static final class ManagementPort implements RequestMatcher {
        private final Environment environment;
        /** The management port, -1 where it is the API's; null until both servers have started. */
        private volatile Integer separate;

        ManagementPort(Environment environment) {
            this.environment = environment;
        }

        @Override
        public boolean matches(HttpServletRequest request) {
            Integer port = separate;
            if (port == null) {
                String management = environment.getProperty("local.management.port");
                String server = environment.getProperty("local.server.port");
                if (management == null || server == null) {
                    return management != null && management.equals(String.valueOf(request.getLocalPort()));
                }
                port = management.equals(server) ? -1 : Integer.parseInt(management);
                separate = port;
            }
            return port == request.getLocalPort();
        }
    }
}
