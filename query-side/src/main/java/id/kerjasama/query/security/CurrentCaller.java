package id.kerjasama.query.security;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.web.security.Callers;
import id.kerjasama.web.security.NotPermitted;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;

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

    /** @throws NotPermitted unless the caller has one of {@code roles} */
    public void requireAnyOf(ActorRole... roles) {
        ActorRole actual = scope().caller().role();
        if (!List.of(roles).contains(actual)) {
            throw new NotPermitted("only " + List.of(roles) + " may do this, not " + actual);
        }
    }

    /** @throws NotPermitted unless the caller has one of {@code roles} with the whole country as jurisdiction */
    public void requireNational(ActorRole... roles) {
        requireAnyOf(roles);
        if (!scope().caller().jurisdiction().national()) {
            throw new NotPermitted("only a national jurisdiction may do this for the whole store");
        }
    }
}
