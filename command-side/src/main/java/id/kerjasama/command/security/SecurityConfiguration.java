package id.kerjasama.command.security;

import id.kerjasama.command.web.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every command needs a valid bearer token; only health, the API description and (outside production) the demo
 * token endpoint are open. Which role may send which command is {@link CommandPermissions}; which cooperations a
 * caller may act on is checked by the cooperation itself.
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
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/dev/tokens/**", "/error").permitAll()
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
