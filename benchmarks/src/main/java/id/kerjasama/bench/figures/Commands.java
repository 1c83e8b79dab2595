package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.Scripts;
import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.harness.Load;
import id.kerjasama.bench.harness.Step;
import id.kerjasama.bench.report.Figure;
import id.kerjasama.bench.report.Target;
import id.kerjasama.bench.store.Db;
import id.kerjasama.bench.store.Synthetic;
import id.kerjasama.bench.store.Template;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static id.kerjasama.bench.harness.Log.log;

/**
 * Figure 1. Baseline first: 32 connections each inserting and committing one row the size of a
 * CooperationInitiated event into a table shaped like domain_event_entry, for a fixed time. Then 32 HTTP
 * clients (a) initiate cooperations, (b) drive those cooperations through their lifecycle and monitoring.
 */
public final class Commands extends Phase {
    private static final int CLIENTS = 32;

    /** Synthetic cooperations whose history stops before their template's end, in a seeded order. */
    private List<Integer> continuable;
    private int nextContinuable;

    public Commands(Run run) {
        super(run);
    }

    /**
     * The rest of the histories of the next {@code perClient} continuable synthetic cooperations, for each client:
     * the same commands that wrote the template's later events, with this cooperation's values.
     */
    private Map<Integer, List<List<Step>>> continuations(int clients, int perClient) {
        if (continuable == null) {
            continuable = new ArrayList<>();
            for (int i = 0; i < run.synthetic.cooperations; i++) {
                Template t = run.synthetic.templates.get(run.synthetic.templateOf[i]);
                if (!t.steps().isEmpty() && run.synthetic.length[i] < t.steps().size()) {
                    continuable.add(i);
                }
            }
            java.util.Collections.shuffle(continuable, new java.util.Random(config.seed() ^ 0xC0));
        }
        Map<Integer, List<List<Step>>> result = new HashMap<>();
        perClient = Math.max(1, Math.min(perClient, (continuable.size() - nextContinuable) / clients));
        for (int client = 0; client < clients; client++) {
            List<List<Step>> scripts = new ArrayList<>();
            for (int n = 0; n < perClient && nextContinuable < continuable.size(); n++) {
                int i = continuable.get(nextContinuable++);
                Template t = run.synthetic.templates.get(run.synthetic.templateOf[i]);
                String[] values = run.synthetic.valuesFor(i);
                List<Step> rest = new ArrayList<>();
                for (int k = run.synthetic.length[i]; k < t.steps().size(); k++) {
                    rest.add(t.step(k, values));
                }
                scripts.add(rest);
            }
            result.put(client, scripts);
        }
        return result;
    }

    /** Not measured: the JIT of both sides meets every command before the measured phases. */
    public void warmup() throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        Load.Result initiated = Load.run(CLIENTS, Duration.ofSeconds(Math.max(1, mode.warmupSeconds() / 3)), (client, counter) -> {
            Spec spec = world.spec(config.seed() + 7, 900_000 + client * 10_000 + counter);
            Step step = Scripts.lifecycle(spec, today, new SplittableRandom(spec.seed), 0).get(0);
            return List.of(() -> api.command(step.path(spec.id), step.actor(), step.body()));
        });
        // a tenth of the continuable cooperations warm up; the measured mix takes others
        Map<Integer, List<List<Step>>> scripts = continuations(CLIENTS, Math.max(1, run.synthetic.cooperations / 10 / CLIENTS));
        Load.Result mix = Load.runMix(CLIENTS, Duration.ofSeconds(mode.warmupSeconds()), 3, scripts::get,
                step -> api.command(step.path(null), step.actor(), step.body()));
        log("   warm-up: %,d initiations and %,d lifecycle commands, %d refused", initiated.count(), mix.count(),
                initiated.errors() + mix.errors());
        for (String error : initiated.firstErrors()) {
            log("   refused: %s", error);
        }
        for (String error : mix.firstErrors()) {
            log("   refused: %s", error);
        }
        awaitCaughtUp(Duration.ofSeconds(60));
    }

    public void measure() throws Exception {
        Db.InsertResult raw = db.rawCommits(CLIENTS, Duration.ofSeconds(mode.rawCommitSeconds()));
        double rawRate = raw.rows() / raw.seconds();
        log("   raw insert-and-commit, %d connections: %,.0f rows/s (p50 %.2f ms, p99 %.2f ms)", CLIENTS, rawRate,
                raw.latencies().p(50), raw.latencies().p(99));
        figure(Figure.info("baseline.rawCommit", rawRate, "rows/s",
                "single-row INSERT + COMMIT of a CooperationInitiated-sized row, 32 JDBC connections, "
                        + mode.rawCommitSeconds() + " s"));

        LocalDate today = LocalDate.now(JAKARTA);
        Load.Result initiated = Load.run(CLIENTS, Duration.ofSeconds(mode.initiateSeconds()), (client, counter) -> {
            Spec spec = world.spec(config.seed(), client * 1_000_000 + counter);
            Step initiate = Scripts.lifecycle(spec, today, new SplittableRandom(spec.seed), 0).get(0);
            return List.of(() -> api.command(initiate.path(spec.id), initiate.actor(), initiate.body()));
        });
        log("   initiate: %,d in %.1f s = %,.1f/s, %s, %d refused", initiated.count(), initiated.seconds(),
                initiated.rate(), initiated.latencies().describe(), initiated.errors());
        for (String error : initiated.firstErrors()) {
            log("   refused: %s", error);
        }
        String aboutA = String.format("POST /api/cooperations, %d clients, %d s, %,d accepted, %d refused", CLIENTS,
                mode.initiateSeconds(), initiated.count() - initiated.errors(), initiated.errors());
        figure(Figure.ratio("command.initiate.throughput", initiated.rate(), "commands/s", rawRate, 0.20,
                Target.RATIO_AT_LEAST, aboutA));
        figure(Figure.info("command.initiate.p50", initiated.latencies().p(50), "ms", null));
        figure(Figure.info("command.initiate.p99", initiated.latencies().p(99), "ms", null));

        Map<String, AtomicInteger> kinds = new ConcurrentHashMap<>();
        Map<Integer, List<List<Step>>> scripts = continuations(CLIENTS, 60);
        Load.Result mix = Load.runMix(CLIENTS, Duration.ofSeconds(mode.mixSeconds()), 3, scripts::get, step -> {
            kinds.computeIfAbsent(step.name(), k -> new AtomicInteger()).incrementAndGet();
            return api.command(step.path(null), step.actor(), step.body());
        });
        log("   lifecycle mix: %,d in %.1f s = %,.1f/s, %s, %d refused", mix.count(), mix.seconds(), mix.rate(),
                mix.latencies().describe(), mix.errors());
        log("   mix: %s", new TreeMap<>(kinds));
        for (String error : mix.firstErrors()) {
            log("   refused: %s", error);
        }
        String aboutB = String.format("%d clients, each taking 3 existing cooperations at a time (from the store of "
                + "figure 2, at every stage) further through their lifecycle and monitoring: %d kinds of command, %d s, "
                + "%,d accepted, %d refused", CLIENTS, kinds.size(),
                mode.mixSeconds(), mix.count() - mix.errors(), mix.errors());
        figure(Figure.ratio("command.mix.throughput", mix.rate(), "commands/s", rawRate, 0.20, Target.RATIO_AT_LEAST, aboutB));
        figure(Figure.info("command.mix.p50", mix.latencies().p(50), "ms", null));
        figure(Figure.info("command.mix.p99", mix.latencies().p(99), "ms", null));
        awaitCaughtUp(Duration.ofSeconds(120));
    }
}
