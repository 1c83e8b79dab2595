package id.kerjasama.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static id.kerjasama.bench.harness.Threads.daemon;

/** Closed-loop load: a fixed number of clients, each sending its next command as soon as the last one answered. */
public final class Load {
    /** Waits until every worker is ready; a worker that failed while getting ready fails the phase. */
    public static void awaitReady(CountDownLatch ready, List<Future<?>> futures, CountDownLatch go, long[] window) throws Exception {
        try {
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("workers not ready within 120 s");
            }
            for (Future<?> f : futures) {
                if (f.isDone()) {
                    f.get();
                }
            }
        } catch (Exception e) {
            window[1] = 0; // the others stop at once
            go.countDown();
            throw e;
        }
    }

    public record Result(long count, long errors, double seconds, Latencies latencies, List<String> firstErrors) {
        public double rate() {
            return count / seconds;
        }
    }

    public interface Generator {
        /** The requests of one unit of work of {@code client} (its {@code counter}-th). */
        List<Supplier<Reply>> next(int client, int counter);
    }

    public static Result run(int clients, Duration duration, Generator generator) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("client"));
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        Latencies all = new Latencies();
        long[] window = new long[2];
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Latencies own = new Latencies();
                ready.countDown();
                go.await();
                long deadline = window[1];
                int counter = 0;
                outer:
                while (System.nanoTime() < deadline) {
                    for (Supplier<Reply> request : generator.next(client, counter++)) {
                        if (System.nanoTime() >= deadline) {
                            break outer;
                        }
                        long t0 = System.nanoTime();
                        Reply reply = request.get();
                        own.add(System.nanoTime() - t0);
                        count.incrementAndGet();
                        if (!reply.ok()) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(reply.status() + " " + reply.body());
                            }
                            break;
                        }
                    }
                }
                all.addAll(own);
                return null;
            }));
        }
        return run(ready, futures, go, window, duration, pool,
                () -> new Result(count.get(), errors.get(), (System.nanoTime() - window[0]) / 1e9, all, firstErrors));
    }

    /** Opens the measuring window once every client is ready, waits for all of them, and sums up. */
    private static Result run(CountDownLatch ready, List<Future<?>> futures, CountDownLatch go, long[] window,
                              Duration duration, ExecutorService pool, java.util.function.Supplier<Result> result)
            throws Exception {
        awaitReady(ready, futures, go, window);
        window[0] = System.nanoTime();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return result.get();
    }

    public interface Scripts {
        List<List<Step>> of(int client);
    }

    public interface Sender {
        Reply send(Step step);
    }

    /**
     * Each client keeps {@code parallel} of its cooperations in progress, sends the next step of a randomly
     * chosen one, and replaces a finished (or refused) one by its next cooperation.
     */
    public static Result runMix(int clients, Duration duration, int parallel, Scripts scripts, Sender sender) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("client"));
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        Latencies all = new Latencies();
        long[] window = new long[2];
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<List<Step>> own;
                try {
                    own = scripts.of(client);
                } catch (RuntimeException e) {
                    ready.countDown();
                    throw e;
                }
                SplittableRandom random = new SplittableRandom(client * 31L + 7);
                Latencies mine = new Latencies();
                int nextCooperation = 0;
                List<int[]> inProgress = new ArrayList<>(); // {cooperation index, next step}
                ready.countDown();
                go.await();
                long deadline = window[1];
                while (System.nanoTime() < deadline) {
                    while (inProgress.size() < parallel && nextCooperation < own.size()) {
                        inProgress.add(new int[]{nextCooperation++, 0});
                    }
                    if (inProgress.isEmpty()) {
                        break;
                    }
                    int pick = random.nextInt(inProgress.size());
                    int[] state = inProgress.get(pick);
                    Step step = own.get(state[0]).get(state[1]);
                    long t0 = System.nanoTime();
                    Reply reply = sender.send(step);
                    mine.add(System.nanoTime() - t0);
                    count.incrementAndGet();
                    state[1]++;
                    if (!reply.ok()) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(step.name() + ": " + reply.status() + " " + reply.body());
                        }
                        inProgress.remove(pick);
                    } else if (state[1] >= own.get(state[0]).size()) {
                        inProgress.remove(pick);
                    }
                }
                all.addAll(mine);
                return null;
            }));
        }
        return run(ready, futures, go, window, duration, pool,
                () -> new Result(count.get(), errors.get(), (System.nanoTime() - window[0]) / 1e9, all, firstErrors));
    }
}
