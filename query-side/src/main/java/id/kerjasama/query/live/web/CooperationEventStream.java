package id.kerjasama.query.live.web;

import id.kerjasama.query.live.ProjectionUpdates;
import id.kerjasama.query.live.ReadModelVersions;
import id.kerjasama.query.security.CooperationNotFound;
import id.kerjasama.query.security.ReadGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Server-sent events: each change of a cooperation's read model is pushed as it is projected. */
@RestController
@Tag(name = "Cooperations")
public class CooperationEventStream {

    /** Streams end after this long; an EventSource reconnects by itself. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final ReadModelVersions versions;
    private final ProjectionUpdates updates;
    private final ReadGuard guard;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    CooperationEventStream(ReadModelVersions versions, ProjectionUpdates updates, ReadGuard guard) {
        this.versions = versions;
        this.updates = updates;
        this.guard = guard;
    }

    @GetMapping(path = "/api/cooperations/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "A stream of the cooperation's changes as they are projected (text/event-stream)")
    public SseEmitter events(@PathVariable String id) throws IOException {
        guard.requireReadable(id);
        long version = versions.versionOf(id).orElseThrow(() -> new CooperationNotFound("No cooperation " + id));
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Runnable unsubscribe = updates.subscribe(id, update -> {
            try {
                emitter.send(SseEmitter.event().name("projected").id(Long.toString(update.version())).data(update));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        });
        open.add(emitter);
        emitter.onCompletion(() -> {
            open.remove(emitter);
            unsubscribe.run();
        });
        emitter.onTimeout(unsubscribe);
        emitter.onError(error -> unsubscribe.run());
        emitter.send(SseEmitter.event().name("version").id(Long.toString(version))
                .data(Map.of("cooperationId", id, "version", version)));
        return emitter;
    }

    /**
     * Ends every open stream as the application stops (before the web server's graceful shutdown, which would wait
     * for them until its timeout): an EventSource reconnects by itself, to another instance meanwhile.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        open.forEach(SseEmitter::complete);
    }
}
