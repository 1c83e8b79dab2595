package id.kerjasama.query.security;

import id.kerjasama.web.security.PublicRoutes;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Everything needs a valid bearer token except the public register (UU 14/2008 art. 11), the audit checkpoints
 * and their public key, health and the API description. What a caller may read is their {@link ReadScope}, applied
 * by the queries themselves.
 */
@Component
class QueryPublicRoutes implements PublicRoutes {

    @Override
    public List<Route> routes() {
        // the checkpoints and their public key are published, for anyone to hold the system to them
        return List.of(Route.get("/api/audit/public-key"), Route.get("/api/audit/checkpoints"),
                Route.get("/api/audit/checkpoints/**"), Route.any("/api/public/**"));
    }
}
