package id.kerjasama.query.audit.web;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.audit.AuditBundle;
import id.kerjasama.query.audit.AuditAccessLog;
import id.kerjasama.query.audit.AuditVerification;
import id.kerjasama.query.security.CurrentCaller;
import id.kerjasama.query.security.ReadGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;


/** One cooperation's audit bundle, to verify offline with audit-verifier and the public key. */
@RestController
@Tag(name = "Audit chain")
public class AuditBundleController {

    private final AuditVerification verification;
    private final AuditAccessLog accessLog;
    private final CurrentCaller caller;
    private final ReadGuard guard;

    AuditBundleController(AuditVerification verification, AuditAccessLog accessLog, CurrentCaller caller, ReadGuard guard) {
        this.caller = caller;
        this.guard = guard;
        this.verification = verification;
        this.accessLog = accessLog;
    }

    @GetMapping("/api/cooperations/{id}/audit-bundle")
    @Operation(summary = "The stored events, their chain links, the latest signed checkpoint and the inclusion proof, as one JSON file")
    public ResponseEntity<AuditBundle> bundle(@PathVariable String id) {
        caller.requireAnyOf(ActorRole.INSPECTOR);
        guard.requireReadable(id);
        accessLog.record(AuditAccessLog.Access.AUDIT_BUNDLE, id);
        AuditBundle bundle = verification.bundle(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cooperation-" + bundle.cooperationId() + "-audit-bundle.json\"")
                .body(bundle);
    }
}
