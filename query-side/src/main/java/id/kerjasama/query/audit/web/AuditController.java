package id.kerjasama.query.audit.web;

import id.kerjasama.query.archive.FileRehash;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.actor.ActorRole;
import id.kerjasama.audit.Adoption;
import id.kerjasama.audit.Checkpoint;
import id.kerjasama.audit.SigningKeys;
import id.kerjasama.audit.Verification;
import id.kerjasama.query.audit.Adoptions;
import id.kerjasama.query.audit.AuditAccessLog;
import id.kerjasama.query.audit.AuditVerification;
import id.kerjasama.query.audit.ChainAdoption;
import id.kerjasama.query.audit.CheckpointNotFound;
import id.kerjasama.query.audit.Checkpointing;
import id.kerjasama.query.audit.Checkpoints;
import id.kerjasama.query.audit.SigningKey;
import id.kerjasama.query.security.CurrentCaller;
import id.kerjasama.query.security.ReadGuard;
import id.kerjasama.validation.Require;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;


/**
 * The audit chain for auditors (APIP, BPK) and inspectors: the public key and the signed checkpoints to publish,
 * checkpoints on demand, and verification of one cooperation or of the whole store. docs/AUDIT-CHAIN.md.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit chain")
public class AuditController {

    static final int CHECKPOINT_PAGE = 1000;
    static final int MAX_ADOPTED_COOPERATIONS = 1000;
    static final int ADOPTION_PAGE = 1000;
    static final String NDJSON = "application/x-ndjson";

    private final SigningKey key;
    private final Checkpoints checkpoints;
    private final Checkpointing checkpointing;
    private final AuditVerification verification;
    private final AuditAccessLog accessLog;
    private final ChainAdoption adoption;
    private final Adoptions adoptions;
    private final ObjectMapper json;
    private final CurrentCaller caller;
    private final ReadGuard guard;
    private final FileRehash rehash;

    AuditController(SigningKey key, Checkpoints checkpoints, Checkpointing checkpointing, AuditVerification verification,
                    AuditAccessLog accessLog, ChainAdoption adoption, Adoptions adoptions, ObjectMapper json,
                    CurrentCaller caller, ReadGuard guard, FileRehash rehash) {
        this.rehash = rehash;
        this.adoption = adoption;
        this.adoptions = adoptions;
        this.caller = caller;
        this.guard = guard;
        this.key = key;
        this.checkpoints = checkpoints;
        this.checkpointing = checkpointing;
        this.verification = verification;
        this.accessLog = accessLog;
        this.json = json;
    }

    @GetMapping(path = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The Ed25519 public key that checkpoints are signed with (X.509 PEM)")
    public String publicKey() {
        return SigningKeys.pem(key.publicKey());
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Signed checkpoints numbered above 'after', oldest first, up to 1000: page through to export them all")
    public List<Checkpoint> checkpoints(@RequestParam(defaultValue = "0") long after) {
        return checkpoints.after(after, CHECKPOINT_PAGE);
    }

    @GetMapping("/checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint")
    public Checkpoint latestCheckpoint() {
        return checkpoints.latest().orElseThrow(() -> new CheckpointNotFound("No checkpoint has been signed yet"));
    }

    @GetMapping("/checkpoints/{number}")
    @Operation(summary = "One signed checkpoint")
    public Checkpoint checkpoint(@PathVariable long number) {
        return checkpoints.number(number).orElseThrow(() -> new CheckpointNotFound("No checkpoint " + number));
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "Sign a checkpoint now over every chain's head; refused (409) if the history contradicts the last one")
    public ResponseEntity<Checkpoint> createCheckpoint() {
        caller.requireAnyOf(ActorRole.INSPECTOR, ActorRole.OPERATOR);
        accessLog.record(AuditAccessLog.Access.CREATE_CHECKPOINT, "store");
        Checkpoint checkpoint = checkpointing.create();
        return ResponseEntity.created(URI.create("/api/audit/checkpoints/" + checkpoint.number())).body(checkpoint);
    }

    /** @param cooperationIds whose unchained events to adopt; absent or empty for every cooperation that has any */
    public record AdoptionRequest(String reason, List<String> cooperationIds) {
    }

    @PostMapping("/adoptions")
    @Operation(summary = "Adopt events stored before the chain (an old store, a migration) into it, as a national operator, "
            + "saying why: a checkpoint is signed just before, each cooperation's adoption is signed and recorded, and "
            + "verification reports those events as adopted on this date by this operator, never as proven from their origin")
    public ResponseEntity<ChainAdoption.Result> adopt(@RequestBody AdoptionRequest request) {
        caller.requireNational(ActorRole.OPERATOR);
        String reason = Require.text(request.reason(), "reason");
        List<String> cooperationIds = Require.list(request.cooperationIds(), "cooperationIds");
        Require.that(cooperationIds.size() <= MAX_ADOPTED_COOPERATIONS, "cooperationIds", "AT_MOST_" + MAX_ADOPTED_COOPERATIONS,
                "cooperationIds names at most " + MAX_ADOPTED_COOPERATIONS + " cooperations; leave it empty to adopt all");
        cooperationIds.forEach(id -> Require.text(id, "cooperationIds"));
        accessLog.record(AuditAccessLog.Access.ADOPT_EVENTS, cooperationIds.isEmpty() ? "store" : String.join(",", cooperationIds));
        ChainAdoption.Result result = adoption.adopt(caller.scope().caller().id(), reason, cooperationIds);
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }

    @GetMapping("/adoptions")
    @Operation(summary = "The register of adoptions, as signed, of the first 1000 adopted cooperations whose id sorts "
            + "after 'after' (empty: from the first): page through to read them all")
    public List<Adoption> adoptions(@RequestParam(defaultValue = "") String after) {
        caller.requireNational(ActorRole.INSPECTOR, ActorRole.OPERATOR);
        accessLog.record(AuditAccessLog.Access.LIST_ADOPTIONS, "store");
        return adoptions.after(after, ADOPTION_PAGE);
    }

    @GetMapping("/cooperations/{id}/verification")
    @Operation(summary = "Verify one cooperation: its chain from the stored events, its head in the latest checkpoint, the signature")
    public Verification verifyCooperation(@PathVariable String id) {
        caller.requireAnyOf(ActorRole.INSPECTOR);
        guard.requireReadable(id);
        accessLog.record(AuditAccessLog.Access.VERIFY_COOPERATION, id);
        return verification.verify(id);
    }

    @GetMapping(path = "/verification", produces = NDJSON)
    @Operation(summary = "Verify the whole store, streamed as newline-delimited JSON: started, progress, each failure, finished")
    public ResponseEntity<StreamingResponseBody> verifyStore() {
        caller.requireNational(ActorRole.INSPECTOR, ActorRole.OPERATOR);
        accessLog.record(AuditAccessLog.Access.VERIFY_STORE, "store");
        return ndjson(out -> verification.verifyAll(line -> write(out, line)));
    }

    @GetMapping(path = "/files/verification", produces = NDJSON)
    @Operation(summary = "Re-hash every archived document file, streamed as newline-delimited JSON: started, progress, "
            + "each changed or missing file with the cooperations and documents that record it, finished")
    public ResponseEntity<StreamingResponseBody> rehashFiles() {
        caller.requireNational(ActorRole.INSPECTOR, ActorRole.OPERATOR);
        accessLog.record(AuditAccessLog.Access.REHASH_FILES, "archive");
        return ndjson(out -> rehash.rehashAll(line -> write(out, line)));
    }

    private static ResponseEntity<StreamingResponseBody> ndjson(StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }

    private void write(java.io.OutputStream out, Object line) {
        try {
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
            out.flush();
        } catch (IOException clientGone) {
            throw new UncheckedIOException(clientGone);
        }
    }
}
