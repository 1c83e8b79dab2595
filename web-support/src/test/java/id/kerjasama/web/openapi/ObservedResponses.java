package id.kerjasama.web.openapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every answer any application started in a module's tests gave, as (application, method, path, status), so that the
 * contract test, which runs last, can hold each operation's documented statuses to what the tests saw. A test-scope
 * auto-configuration: every context of the tests records, whether started by {@code @SpringBootTest} or by hand.
 * The filter comes first of all, so that it also sees the refusals of the security filters.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ObservedResponses {

    /** One answer: {@code path} is the matched pattern where Spring MVC chose a handler, else the request's path. */
    public record Observed(String application, String method, String path, boolean pattern, int status) {
    }

    private static final Set<Observed> OBSERVED = ConcurrentHashMap.newKeySet();

    /** What the tests of this JVM have seen so far. */
    public static Set<Observed> all() {
        return Set.copyOf(OBSERVED);
    }

    @Bean
    FilterRegistrationBean<Recorder> observedResponsesRecorder(Environment environment) {
        FilterRegistrationBean<Recorder> registration =
                new FilterRegistrationBean<>(new Recorder(environment.getProperty("spring.application.name", "")));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Also added by hand where a test builds its MockMvc without the context's filters. */
    public static final class Recorder extends OncePerRequestFilter {

        private final String application;

        Recorder(String application) {
            this.application = application;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                // the container answers an exception that escaped the application with a 500
                record(request, 500);
                throw e;
            }
            record(request, response.getStatus());
        }

        private void record(HttpServletRequest request, int status) {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String path = pattern != null ? pattern.toString()
                    : request.getRequestURI().substring(request.getContextPath().length());
            OBSERVED.add(new Observed(application, request.getMethod(), path, pattern != null, status));
        }
    }
}
