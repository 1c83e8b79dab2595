package id.kerjasama.query.inbox.web;

import id.kerjasama.query.inbox.InboxEntry;
import id.kerjasama.query.security.ReadGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The commands the caller's role may send on a cooperation, with where to send them, so that a frontend offers those
 * and holds no table of its own. The stage's rules stay the command side's: it refuses a command out of turn.
 */
@RestController
@Tag(name = "Inbox")
public class CooperationCommandsController {

    private final ReadGuard guard;

    CooperationCommandsController(ReadGuard guard) {
        this.guard = guard;
    }

    @GetMapping("/api/cooperations/{id}/commands")
    @Operation(summary = "The commands the caller's role may send on the cooperation, with their method and path on the command side")
    public List<InboxEntry.Command> commands(@PathVariable String id) {
        guard.requireReadable(id);
        return InboxEntry.Command.sendableBy(guard.scope().caller().role(), id);
    }
}
