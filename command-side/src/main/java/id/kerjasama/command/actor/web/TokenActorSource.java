package id.kerjasama.command.actor.web;

import id.kerjasama.command.actor.Actor;
import id.kerjasama.command.actor.ActorSource;
import id.kerjasama.web.security.Callers;
import id.kerjasama.validation.InvalidValueException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The actor of the current request: the authenticated caller, plus the reason the client gives. */
@Component
public class TokenActorSource implements ActorSource {

    /** The header a client says why it acts in; the API's description names it on every command. */
    public static final String REASON = "X-Reason";
    public static final int MAX_REASON = 1000;

    private final Callers callers;

    TokenActorSource(Callers callers) {
        this.callers = callers;
    }

    @Override
    public Actor current() {
        String reason = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest().getHeader(REASON);
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidValueException(REASON, "TOO_LONG", REASON + " must be at most " + MAX_REASON + " characters");
        }
        return new Actor(callers.of(SecurityContextHolder.getContext().getAuthentication()),
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}
