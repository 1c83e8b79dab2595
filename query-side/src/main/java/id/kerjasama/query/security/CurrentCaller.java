package id.kerjasama.query.security;

import id.kerjasama.actor.ActorRole;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The read scope and role of the caller of the current request. */
@Component
public class CurrentCaller {

    private final Callers callers;

    CurrentCaller(Callers callers) {
        this.callers = callers;
    }

    public ReadScope scope() {
        return new ReadScope(callers.of(SecurityContextHolder.getContext().getAuthentication()));
    }

    /** @throws NotPermitted unless the caller has {@code role} */
    public void require(ActorRole role) {
        ActorRole actual = scope().caller().role();
        if (actual != role) {
            throw new NotPermitted("only " + role + " may do this, not " + actual);
        }
    }
}
