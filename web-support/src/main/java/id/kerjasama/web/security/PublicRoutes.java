package id.kerjasama.web.security;

import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

import java.util.List;

/**
 * The routes of one side that need no token (beyond health and the API description, which are open on both): the
 * security filter chain opens them, and the API description says they need no bearer token.
 */
@FunctionalInterface
public interface PublicRoutes {

    List<Route> routes();

    /** A path pattern ({@code /api/public/**}), for one method or, where {@code method} is null, for all. */
    record Route(HttpMethod method, String pattern) {

        private static final AntPathMatcher PATHS = new AntPathMatcher();

        public static Route any(String pattern) {
            return new Route(null, pattern);
        }

        public static Route get(String pattern) {
            return new Route(HttpMethod.GET, pattern);
        }

        /** Whether a request, or an operation of the API description ({@code /api/public/cooperations/{id}}), is here. */
        public boolean matches(String requestMethod, String path) {
            return (method == null || method.name().equalsIgnoreCase(requestMethod)) && PATHS.match(pattern, path);
        }
    }
}
