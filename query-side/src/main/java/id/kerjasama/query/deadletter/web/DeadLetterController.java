package id.kerjasama.query.deadletter.web;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.deadletter.DeadLetters;
import id.kerjasama.query.security.CurrentCaller;
import id.kerjasama.validation.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Operators see, retry and evict the events the read models could not take (each parks its cooperation, while
 * every other cooperation goes on).
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Operations")
public class DeadLetterController {

    private final DeadLetters deadLetters;
    private final CurrentCaller caller;

    DeadLetterController(DeadLetters deadLetters, CurrentCaller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "The parked events, per cooperation in retry order, with their cause and retries")
    public Page<DeadLetters.Letter> list(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        caller.requireAnyOf(ActorRole.OPERATOR);
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidValueException(page < 0 ? "page" : "size", "RANGE", "page counts from 0 and size is from 1 to 200");
        }
        return deadLetters.page(page, size);
    }

    @PostMapping("/{cooperationId}/retry")
    @Operation(summary = "Retry the parked events of one cooperation, in order; what fails again stays parked")
    public DeadLetters.Retried retry(@PathVariable String cooperationId) {
        caller.requireAnyOf(ActorRole.OPERATOR);
        return deadLetters.retry(cooperationId);
    }

    @PostMapping("/retry")
    @Operation(summary = "Retry the parked events of every cooperation")
    public List<DeadLetters.Retried> retryAll() {
        caller.requireAnyOf(ActorRole.OPERATOR);
        return deadLetters.retryAll();
    }

    @DeleteMapping("/{cooperationId}")
    @Operation(summary = "Drop the parked events of one cooperation; its next event reads what its read model lacks")
    public Map<String, Long> evict(@PathVariable String cooperationId) {
        caller.requireAnyOf(ActorRole.OPERATOR);
        return Map.of("evicted", deadLetters.evict(cooperationId));
    }
}
