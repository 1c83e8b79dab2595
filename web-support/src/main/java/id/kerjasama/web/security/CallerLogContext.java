package id.kerjasama.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Names the authenticated caller in the log context ({@code userId}) for the rest of the request, so that every line
 * logged for it, plain or structured, says who acted; the trace id is there already (Micrometer tracing).
 */
final class CallerLogContext extends OncePerRequestFilter {

    static final String USER_ID = "userId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken)) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(USER_ID, authentication.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER_ID);
        }
    }
}
