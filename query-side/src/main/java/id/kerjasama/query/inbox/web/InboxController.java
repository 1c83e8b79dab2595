package id.kerjasama.query.inbox.web;

import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.inbox.InboxEntry;
import id.kerjasama.query.inbox.InboxQuery;
import id.kerjasama.query.inbox.InboxTable;
import id.kerjasama.query.security.ReadGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What the caller's region must answer: every step waiting and every open flag of the cooperations the caller reads
 * (staff: where their region is a party; inspectors: within their jurisdiction; operators read none).
 */
@RestController
@RequestMapping("/api/inbox")
@Tag(name = "Inbox")
public class InboxController {

    private final InboxTable inbox;
    private final ReadGuard guard;

    InboxController(InboxTable inbox, ReadGuard guard) {
        this.inbox = inbox;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "Every open flag and waiting step of the caller's cooperations: who must answer, with which command, by when")
    public Page<InboxEntry> inbox(
            @Parameter(description = "kinds of item, comma-separated: a waiting step (a work queue's name, such as "
                    + "DRAFT_AWAITING_APPROVAL) or a flag (such as DORMANT); an unknown kind is refused with the list")
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "roles, comma-separated (such as TKKSD_MEMBER): items one of them may answer; "
                    + "a role that answers nothing is refused with the list")
            @RequestParam(required = false) List<String> role,
            @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, 1 to 200") @RequestParam(defaultValue = "20") int size) {
        InboxQuery query = InboxQuery.of(kind, role, page, size);
        return inbox.search(query, guard.scope().condition());
    }
}
