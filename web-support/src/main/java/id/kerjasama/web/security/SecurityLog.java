package id.kerjasama.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every refused request, with caller, route and reason, in the {@code kerjasama.security} log: never a token,
 * never a body, only the subject of an authenticated caller.
 */
@Component
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger("kerjasama.security");

    public void refused(HttpServletRequest request, int status, String reason) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String caller = authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
        log.warn("refused status={} caller={} route=\"{} {}\" reason=\"{}\"", status, caller, request.getMethod(),
                request.getRequestURI(), reason.replace('"', '\''));
    }
}
