package id.kerjasama.query.security;

import id.kerjasama.query.cooperation.CooperationHistory;
import id.kerjasama.query.cooperation.CooperationNotFound;
import id.kerjasama.query.cooperation.CooperationStore;
import id.kerjasama.query.history.StoredEvents;
import id.kerjasama.region.RegionCode;
import id.kerjasama.web.security.NotPermitted;
import id.kerjasama.web.security.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Optional;

/**
 * Lets a read of one cooperation through only when the caller's scope covers one of its parties; otherwise it
 * answers exactly as for an unknown cooperation, so that existence does not leak, and logs the refusal.
 */
@Component
public class ReadGuard {

    private final CooperationStore store;
    private final StoredEvents storedEvents;
    private final CurrentCaller caller;
    private final SecurityLog securityLog;

    ReadGuard(CooperationStore store, StoredEvents storedEvents, CurrentCaller caller, SecurityLog securityLog) {
        this.store = store;
        this.storedEvents = storedEvents;
        this.caller = caller;
        this.securityLog = securityLog;
    }

    public void requireReadable(String cooperationId) {
        ReadScope scope = scope();
        Optional<CooperationStore.Parties> parties = partiesOf(cooperationId);
        if (parties.isEmpty()) {
            throw new CooperationNotFound("No cooperation " + cooperationId);
        }
        if (!scope.covers(parties.get().initiatingRegion(), parties.get().partnerRegion())) {
            securityLog.refused(request(), 404, "cooperation outside the caller's regions");
            throw new CooperationNotFound("No cooperation " + cooperationId);
        }
    }

    /** From the read model, or, for a cooperation it does not show yet, from its first stored event. */
    private Optional<CooperationStore.Parties> partiesOf(String cooperationId) {
        return store.partiesOf(cooperationId).or(() -> storedEvents.of(cooperationId).stream().limit(1)
                .map(first -> CooperationHistory.replay(List.of(first)))
                .map(d -> new CooperationStore.Parties(RegionCode.of(d.initiatingRegion.code()),
                        d.partnerRegion == null ? null : RegionCode.of(d.partnerRegion.code())))
                .findFirst());
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
