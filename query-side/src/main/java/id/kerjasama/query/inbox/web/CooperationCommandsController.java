package id.kerjasama.query.inbox.web;

import id.kerjasama.query.cooperation.CurrentStage;
import id.kerjasama.query.inbox.InboxEntry;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.security.ReadGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The commands the caller's role may send on a cooperation in the stage it is in now, with where to send them, so
 * that a frontend offers those and holds no table of its own: the roles are the kernel's {@code CommandPermissions},
 * the stages its {@code CommandStages}, the very tables the command side decides by.
 */
@RestController
@Tag(name = "Inbox")
public class CooperationCommandsController {

    private final ReadGuard guard;
    private final CurrentStage currentStage;

    CooperationCommandsController(ReadGuard guard, CurrentStage currentStage) {
        this.guard = guard;
        this.currentStage = currentStage;
    }

    @GetMapping("/api/cooperations/{id}/commands")
    @Operation(summary = "The commands the caller's role may send on the cooperation in its current stage, with their method and path on the command side")
    public List<InboxEntry.Command> commands(@PathVariable String id) {
        guard.requireReadable(id);
        return InboxEntry.Command.sendableBy(guard.scope().caller().role(),
                currentStage.of(id).orElseThrow(() -> new CooperationNotFound("No cooperation " + id)), id);
    }
}
