package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.Scripts;
import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.harness.Latencies;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.harness.Step;
import id.kerjasama.bench.report.Figure;
import id.kerjasama.bench.report.Target;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static id.kerjasama.bench.harness.Log.log;

/**
 * Figure 3. Cooperations with 10, 1,000 and 10,000 events (snapshots on, at the command side's threshold);
 * the first command on each loads the whole history (no snapshot yet; reported, not judged), then, once the
 * snapshot is stored, record-activity commands go round the cooperations of every length in a shuffled order.
 */
public final class AggregateLoad extends Phase {
    private static final int[] HISTORY_LENGTHS = {10, 1_000, 10_000};

    public AggregateLoad(Run run) {
        super(run);
    }

    public void measure() throws Exception {
        Map<Integer, List<Spec>> byLength = new LinkedHashMap<>();
        int index = 0;
        for (int length : HISTORY_LENGTHS) {
            List<Spec> specs = new ArrayList<>();
            for (int i = 0; i < mode.loadCooperationsPerClass(); i++) {
                specs.add(activeCooperation(index++, length));
            }
            byLength.put(length, specs);
        }
        awaitCaughtUp(Duration.ofSeconds(300));
        LocalDate today = LocalDate.now(JAKARTA);
        SplittableRandom random = new SplittableRandom(config.seed() ^ 0xA66);
        Map<Integer, Latencies> first = new LinkedHashMap<>();
        for (var entry : byLength.entrySet()) {
            Latencies latencies = new Latencies();
            for (Spec spec : entry.getValue()) {
                Step step = Scripts.activity(spec, today, random);
                long t0 = System.nanoTime();
                Reply reply = api.command(step.path(spec.id), step.actor(), step.body());
                latencies.add(System.nanoTime() - t0);
                if (!reply.ok()) {
                    throw new IllegalStateException("record-activity refused: " + reply.status() + " " + reply.body());
                }
            }
            first.put(entry.getKey(), latencies);
        }
        List<String> snapshotted = byLength.entrySet().stream().filter(e -> e.getKey() >= 100)
                .flatMap(e -> e.getValue().stream()).map(s -> s.id).toList();
        db.awaitSnapshots(snapshotted, Duration.ofSeconds(60));

        List<Spec> all = new ArrayList<>();
        Map<String, Integer> lengthOf = new HashMap<>();
        byLength.forEach((length, specs) -> specs.forEach(spec -> {
            all.add(spec);
            lengthOf.put(spec.id, length);
        }));
        Map<Integer, Latencies> measured = new LinkedHashMap<>();
        for (int length : HISTORY_LENGTHS) {
            measured.put(length, new Latencies());
        }
        int errors = 0;
        for (int round = 0; round < mode.loadCommandsPerCooperation(); round++) {
            List<Spec> order = new ArrayList<>(all);
            for (int i = order.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Spec swap = order.get(i);
                order.set(i, order.get(j));
                order.set(j, swap);
            }
            for (Spec spec : order) {
                Step step = Scripts.activity(spec, today, random);
                long t0 = System.nanoTime();
                Reply reply = api.command(step.path(spec.id), step.actor(), step.body());
                measured.get(lengthOf.get(spec.id)).add(System.nanoTime() - t0);
                if (!reply.ok()) {
                    errors++;
                }
            }
        }
        double base = measured.get(HISTORY_LENGTHS[0]).p(50);
        double base99 = measured.get(HISTORY_LENGTHS[0]).p(99);
        for (int length : HISTORY_LENGTHS) {
            Latencies l = measured.get(length);
            log("   history %,6d: first command %s; then %s", length, first.get(length).describe(), l.describe());
            String about = String.format("record-activity on %d cooperations of %,d events, %d commands each, "
                    + "sequential, snapshot threshold %s (%d refused in all)", mode.loadCooperationsPerClass(), length,
                    mode.loadCommandsPerCooperation(), snapshotThreshold(), errors);
            boolean isBase = length == HISTORY_LENGTHS[0];
            figure(new Figure("aggregateLoad." + length + ".p50", l.p(50), "ms", isBase ? null : base,
                    isBase ? null : l.p(50) / base, length == 10_000 ? 2.0 : null,
                    length == 10_000 ? Target.RATIO_AT_MOST : null, about));
            figure(new Figure("aggregateLoad." + length + ".p99", l.p(99), "ms", isBase ? null : base99,
                    isBase ? null : l.p(99) / base99, null, null, null));
            if (length > 10) {
                figure(Figure.info("aggregateLoad." + length + ".firstCommand", first.get(length).p(50), "ms",
                        "median first command on a history with no snapshot yet (not judged)"));
            }
        }
    }

    private String snapshotThreshold() {
        return System.getenv().getOrDefault("KERJASAMA_SNAPSHOT_THRESHOLD", "100 (default)");
    }
}
