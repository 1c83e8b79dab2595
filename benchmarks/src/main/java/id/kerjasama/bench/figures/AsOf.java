package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.harness.Latencies;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.report.Figure;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import static id.kerjasama.bench.harness.Log.log;

/** Figure 4. GET /api/cooperations/{id}?asOf= at instants spread over a 1,000-event history, one at a time. */
public final class AsOf extends Phase {
    private static final int AS_OF_HISTORY = 1_000;

    public AsOf(Run run) {
        super(run);
    }

    public void measure() throws Exception {
        Spec spec = activeCooperation(10_000, AS_OF_HISTORY);
        List<String> instants = db.timestampsOf(spec.id);
        awaitCaughtUp(Duration.ofSeconds(60));
        SplittableRandom random = new SplittableRandom(config.seed() ^ 0xA50F);
        Latencies warm = new Latencies();
        Latencies latencies = new Latencies();
        int errors = 0;
        for (int i = 0; i < mode.asOfWarmup() + mode.asOfSamples(); i++) {
            String instant = instants.get(random.nextInt(instants.size()));
            long t0 = System.nanoTime();
            Reply reply = api.query("/api/cooperations/" + spec.id + "?asOf=" + instant, spec.secretariat());
            long nanos = System.nanoTime() - t0;
            if (i < mode.asOfWarmup()) {
                warm.add(nanos);
                continue;
            }
            latencies.add(nanos);
            if (reply.status() != 200) {
                errors++;
            }
        }
        log("   asOf on %,d events: %s (warm-up %s), %d errors", instants.size(), latencies.describe(), warm.describe(), errors);
        String about = String.format("GET /api/cooperations/{id}?asOf=<instant within the history> on a %,d-event "
                + "history, %d sequential requests after %d unmeasured (%d errors)", instants.size(), mode.asOfSamples(),
                mode.asOfWarmup(), errors);
        figure(Figure.info("asOf.p50", latencies.p(50), "ms", about));
        figure(Figure.limit("asOf.p99", latencies.p(99), "ms", 50.0, about));
    }
}
