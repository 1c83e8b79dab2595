package id.kerjasama.query.workqueue;

import java.time.Instant;

/** An open work item as a work queue lists it; {@code documentId} is null when it concerns the whole cooperation. */
public record QueuedItem(String cooperationId, String documentId, String title, Instant since) {
}
