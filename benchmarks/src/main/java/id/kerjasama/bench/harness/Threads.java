package id.kerjasama.bench.harness;

import java.util.concurrent.atomic.AtomicInteger;

/** Threads of the load generator: daemons, so that a hung phase cannot keep the benchmark alive. */
public final class Threads {

    private Threads() {
    }

    public static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
