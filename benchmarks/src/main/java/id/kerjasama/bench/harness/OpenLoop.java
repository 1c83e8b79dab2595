package id.kerjasama.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Open-loop load: request i is due at start + i / rate; its latency runs from that time, not from sending.
 * At most {@link #MAX_IN_FLIGHT} requests are outstanding: a request due while that many wait is not sent, and
 * counts as an error with the client's timeout as its latency, so that an overloaded server cannot build a
 * backlog that outlives the phase.
 */
public final class OpenLoop {
    public static final int MAX_IN_FLIGHT = 1000;
    static final long TIMEOUT_NANOS = Duration.ofSeconds(30).toNanos();

    public record Result(Latencies latencies, int errors, int dropped, double achievedRate) {
    }

    /** Reads of the query side at {@code rate} per second. */
    public static Result run(Api api, List<Query> paths, int rate) throws Exception {
        return run(paths.stream().<Supplier<CompletableFuture<Integer>>>map(q -> () -> api.queryAsync(q.path(), q.reader()))
                .toList(), rate);
    }

    private static Result run(List<Supplier<CompletableFuture<Integer>>> requests, double rate) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        int dropped = 0;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        double interval = 1e9 / rate;
        long start = System.nanoTime() + 10_000_000L;
        for (int i = 0; i < requests.size(); i++) {
            long due = start + (long) (i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                dropped++;
                errors.incrementAndGet();
                latencies.add(TIMEOUT_NANOS);
                continue;
            }
            inFlight.incrementAndGet();
            pending.add(requests.get(i).get().handle((status, failure) -> {
                inFlight.decrementAndGet();
                latencies.add(System.nanoTime() - due);
                if (failure != null || status / 100 != 2) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // cannot happen past the client's own timeout; counted as errors if it does
            for (CompletableFuture<?> f : pending) {
                if (!f.isDone()) {
                    latencies.add(TIMEOUT_NANOS);
                    errors.incrementAndGet();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(latencies, errors.get(), dropped, (requests.size() - dropped) / seconds);
    }
}
