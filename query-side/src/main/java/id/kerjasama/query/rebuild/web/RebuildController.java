package id.kerjasama.query.rebuild.web;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.query.rebuild.ReadModelRebuild;
import id.kerjasama.query.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild the read models from the event store, and watch the progress. */
@RestController
@RequestMapping("/api/admin/rebuild")
@Tag(name = "Operations")
public class RebuildController {

    private final ReadModelRebuild rebuild;
    private final CurrentCaller caller;

    RebuildController(ReadModelRebuild rebuild, CurrentCaller caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @PostMapping
    @Operation(summary = "Start rebuilding every read model from the event store")
    public ResponseEntity<ReadModelRebuild.Progress> start() {
        caller.requireAnyOf(ActorRole.OPERATOR);
        return ResponseEntity.accepted().body(rebuild.start());
    }

    @GetMapping
    @Operation(summary = "How far the read models are, per event processor")
    public ReadModelRebuild.Progress progress() {
        caller.requireAnyOf(ActorRole.OPERATOR);
        return rebuild.progress();
    }
}
