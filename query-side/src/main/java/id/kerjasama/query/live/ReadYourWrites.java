package id.kerjasama.query.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Lets a read wait, for a bounded time, until the read model reflects a version the client just wrote (the
 * command side answered it), so a frontend never shows a page older than its own change.
 */
@Component
public class ReadYourWrites {

    private final ReadModelVersions versions;
    private final ProjectionUpdates updates;
    private final Duration maxWait;

    ReadYourWrites(ReadModelVersions versions, ProjectionUpdates updates,
                   @Value("${kerjasama.read-your-writes.max-wait:5s}") Duration maxWait) {
        this.versions = versions;
        this.updates = updates;
        this.maxWait = maxWait;
    }

    /** Returns once the cooperation's read model is at {@code minVersion} or later; null asks for no wait. */
    public void await(String cooperationId, Long minVersion) {
        if (minVersion == null) {
            return;
        }
        try {
            if (!updates.awaitVersion(() -> versions.versionOf(cooperationId).orElse(-1L), minVersion, maxWait)) {
                throw new ReadModelBehind(versions.versionOf(cooperationId).orElse(-1L), minVersion);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadModelBehind(versions.versionOf(cooperationId).orElse(-1L), minVersion);
        }
    }
}
