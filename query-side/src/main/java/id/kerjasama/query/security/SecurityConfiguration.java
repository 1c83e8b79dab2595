package id.kerjasama.query.security;

import id.kerjasama.query.web.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything needs a valid bearer token except the public register (UU 14/2008 art. 11), the audit checkpoints
 * and their public key, health and the API description. What a caller may read is their {@link ReadScope}, applied by the queries themselves.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, Callers callers, SecurityLog securityLog) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests
                        // the checkpoints and their public key are published, for anyone to hold the system to them
                        .requestMatchers(HttpMethod.GET, "/api/audit/public-key", "/api/audit/checkpoints",
                                "/api/audit/checkpoints/**").permitAll()
                        .requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
                        .authenticationEntryPoint((request, response, e) -> {
                            securityLog.refused(request, 401, e.getMessage());
                            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                    "A valid bearer token is required: " + e.getMessage());
                        }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> {
                    securityLog.refused(request, 403, e.getMessage());
                    ProblemWriter.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN", "Not allowed");
                }))
                .build();
    }
}
