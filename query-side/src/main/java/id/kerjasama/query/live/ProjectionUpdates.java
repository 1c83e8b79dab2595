package id.kerjasama.query.live;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells, inside this instance, that the read model of a cooperation reached a version: wakes reads that wait
 * for their own write (read-your-writes) and feeds the server-sent event streams.
 */
@Component
public class ProjectionUpdates {

    /** A cooperation's read model now reflects every event up to {@code version}. */
    public record Update(String cooperationId, long version, List<ProjectedEvent> events) {
    }

    /** One event as it was projected: enough for a client to decide whether to reload. */
    public record ProjectedEvent(long sequenceNumber, String type, String summaryId, String summaryEn) {
    }

    private final Object monitor = new Object();
    private final Map<String, List<Consumer<Update>>> listeners = new ConcurrentHashMap<>();

    public void published(Update update) {
        synchronized (monitor) {
            monitor.notifyAll();
        }
        listeners.getOrDefault(update.cooperationId(), List.of()).forEach(listener -> listener.accept(update));
    }

    /**
     * Waits until {@code currentVersion} reports at least {@code minVersion}, or {@code maxWait} passed.
     *
     * @return whether the version was reached
     */
    public boolean awaitVersion(LongSupplier currentVersion, long minVersion, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        synchronized (monitor) {
            while (currentVersion.getAsLong() < minVersion) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // a bounded wait: updates projected by another instance of the query side send no notification here
                monitor.wait(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 100)));
            }
            return true;
        }
    }

    public Runnable subscribe(String cooperationId, Consumer<Update> listener) {
        listeners.computeIfAbsent(cooperationId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(cooperationId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }
}
