package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.Scripts;
import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.harness.Latencies;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.harness.Step;
import id.kerjasama.bench.report.Figure;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static id.kerjasama.bench.harness.Log.log;
import static id.kerjasama.bench.harness.Threads.daemon;

/**
 * Figure 6. Eight probers, each with its own active cooperation, send one command at a time (alternately a new
 * cooperation and an activity); as soon as the command side acknowledges version v, GET ?minVersion=v on the
 * query side, which answers once its read model holds v. Lag = that answer's arrival minus the
 * acknowledgement's. Before each sample a prober sleeps a random 0-1 s, so that samples fall at random points
 * of any polling cycle of the query side instead of locking onto it.
 */
public final class ProjectionLag extends Phase {

    public ProjectionLag(Run run) {
        super(run);
    }

    public void measure() throws Exception {
        int probers = 8;
        List<Spec> active = new ArrayList<>();
        for (int i = 0; i < probers; i++) {
            active.add(activeCooperation(20_000 + i, Scripts.IMPORTED_SYNERGY_EVENTS));
        }
        awaitCaughtUp(Duration.ofSeconds(60));
        LocalDate today = LocalDate.now(JAKARTA);
        Latencies lag = new Latencies();
        Latencies acknowledged = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(probers, daemon("prober"));
        List<Future<?>> futures = new ArrayList<>();
        int perProber = (mode.lagSamples() + probers - 1) / probers;
        for (int p = 0; p < probers; p++) {
            int prober = p;
            futures.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(config.seed() ^ (0x1A6 + prober));
                for (int i = 0; i < perProber; i++) {
                    Thread.sleep(random.nextInt(1000));
                    Spec spec;
                    Step step;
                    if (i % 2 == 0) {
                        spec = world.spec(config.seed() + 11, 800_000 + prober * 10_000 + i);
                        step = Scripts.lifecycle(spec, today, new SplittableRandom(spec.seed), 0).get(0);
                    } else {
                        spec = active.get(prober);
                        step = Scripts.activity(spec, today, random);
                    }
                    long t0 = System.nanoTime();
                    Reply reply = api.command(step.path(spec.id), step.actor(), step.body());
                    long ack = System.nanoTime();
                    acknowledged.add(ack - t0);
                    if (!reply.ok()) {
                        errors.incrementAndGet();
                        continue;
                    }
                    long version = reply.longField("version");
                    Reply visible = api.query("/api/cooperations/" + spec.id + "?minVersion=" + version, spec.secretariat());
                    long seen = System.nanoTime();
                    if (visible.status() != 200 || visible.longField("version") < version) {
                        errors.incrementAndGet();
                    }
                    lag.add(seen - ack);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        log("   projection lag: %s (commands %s), %d errors", lag.describe(), acknowledged.describe(), errors.get());
        String about = String.format("%d commands from %d probers, each after a random 0-1 s pause (new cooperations and "
                + "activities); from the command's acknowledgement to the answer of GET ?minVersion=<its version> "
                + "(%d errors)", lag.size(), probers, errors.get());
        figure(Figure.info("projectionLag.p50", lag.p(50), "ms", about));
        figure(Figure.limit("projectionLag.p99", lag.p(99), "ms", 100.0, about));
    }
}
