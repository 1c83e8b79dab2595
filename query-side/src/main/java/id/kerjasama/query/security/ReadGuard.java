package id.kerjasama.query.security;

import id.kerjasama.web.security.NotPermitted;
import id.kerjasama.web.security.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Lets a read of one cooperation through only when the caller's scope covers one of its parties; otherwise it
 * answers exactly as for an unknown cooperation, so that existence does not leak, and logs the refusal.
 */
@Component
public class ReadGuard {

    private final CooperationParties cooperations;
    private final CurrentCaller caller;
    private final SecurityLog securityLog;

    ReadGuard(CooperationParties cooperations, CurrentCaller caller, SecurityLog securityLog) {
        this.cooperations = cooperations;
        this.caller = caller;
        this.securityLog = securityLog;
    }

    public void requireReadable(String cooperationId) {
        ReadScope scope = scope();
        Optional<CooperationParties.Parties> parties = cooperations.of(cooperationId);
        if (parties.isEmpty()) {
            throw new CooperationNotFound("No cooperation " + cooperationId);
        }
        if (!scope.covers(parties.get().initiatingRegion(), parties.get().partnerRegion())) {
            securityLog.refused(request(), 404, "cooperation outside the caller's regions");
            throw new CooperationNotFound("No cooperation " + cooperationId);
        }
    }

    /** @throws NotPermitted for an operator: operators maintain the system, they do not read cooperations */
    public ReadScope scope() {
        ReadScope scope = caller.scope();
        if (!scope.readsCooperations()) {
            throw new NotPermitted("operators do not read cooperations");
        }
        return scope;
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
