package id.kerjasama.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Takes the bearer token from the Authorization header only, by the rule of Spring Security's
 * {@link DefaultBearerTokenResolver} with its defaults (no token in the query or a form body): a header starting with
 * "bearer" in any case must be {@code Bearer <token68>} (RFC 6750), otherwise the request is refused as malformed. The
 * same rule as a loop, because matching Spring's expression against a token of a thousand characters cost about a
 * twentieth of a command's CPU.
 */
final class BearerHeader implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return null;
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !isToken68(authorization, SCHEME.length())) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(SCHEME.length());
    }

    /** As {@code [a-zA-Z0-9-._~+/]+=*} from {@code from} to the end. */
    static boolean isToken68(String text, int from) {
        int end = text.length();
        while (end > from && text.charAt(end - 1) == '=') {
            end--;
        }
        if (end == from) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
