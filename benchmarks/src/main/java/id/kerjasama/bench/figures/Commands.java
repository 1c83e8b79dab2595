package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.Scripts;
import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.harness.Side;
import id.kerjasama.bench.harness.Step;
import id.kerjasama.bench.harness.Wrk;
import id.kerjasama.bench.report.Figure;
import id.kerjasama.bench.report.Target;
import id.kerjasama.bench.store.RawCommits;
import id.kerjasama.bench.store.Template;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.kerjasama.bench.harness.Log.log;

/**
 * Figure 1 and the growth figure. Baselines first, in the same minutes: the raw commit rate (pgbench, 32
 * connections inserting and committing one CooperationInitiated-sized row each) and a minimal Axon application on
 * Axon's JDBC engine (benchmarks/axon-baseline) taking one-event commands from wrk. Then the command side's warm-up,
 * and wrk's 32 connections
 * (a) initiate cooperations, (b) drive existing cooperations through their lifecycle and monitoring, and (c) the
 * benchmark initiates at half the rate of (a), open loop, for the latencies with queueing counted.
 * <p>
 * Like the Axon application, which has no read model, the command side is measured alone: the query side is stopped
 * from the warm-up to the end of (c) (in a deployment it has its own machine or container). Then it is started again,
 * catches up, and (d) initiations are measured with it projecting on the same cores, for the growth figure and to
 * show what sharing the cores costs. Every application is warmed up until its throughput is steady: a JIT compiler
 * still busy with a Spring application's code after a minute of load halves the rate of both.
 */
public final class Commands extends Phase {
    private static final int CLIENTS = 32;
    /** Distinct initiation bodies per wrk thread; wrk sends them round and round, each with a fresh id. */
    private static final int BODIES_PER_THREAD = 1_000;
    /** The warm-up's windows, and how close two windows' rates must be for the throughput to count as steady. */
    private static final int WINDOW_SECONDS = 10;
    private static final double STEADY = 0.05;
    private static final String ID = "@@ID@@";
    private static final Pattern COOPERATION = Pattern.compile("^/api/cooperations/([^/]+)/");

    private final Wrk wrk;
    /** Synthetic cooperations whose history stops before their template's end, in a seeded order. */
    private List<Integer> continuable;
    private int nextContinuable;
    /** The initiation rate with the store nearly empty, for the growth figure; null before {@link #early()}. */
    private Wrk.Result early;
    private long earlyEvents;
    /** How long the command side was warmed up before its figures. */
    private long warmedSeconds;
    /** The baselines of the command figures, measured before the command side's warm-up. */
    private RawCommits.Result raw;
    private Wrk.Result axon;

    public Commands(Run run) throws Exception {
        super(run);
        this.wrk = new Wrk(config.work());
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
            Collections.shuffle(continuable, new Random(config.seed() ^ 0xC0));
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

    /**
     * Initiations for each wrk thread, their cooperation's id replaced by the marker wrk fills with a fresh UUID;
     * {@code axon}: the same bodies for the minimal Axon application.
     */
    private List<List<Wrk.Request>> initiations(long seed, boolean axon) {
        LocalDate today = LocalDate.now(JAKARTA);
        List<List<Wrk.Request>> perThread = new ArrayList<>();
        for (int t = 0; t < Wrk.THREADS; t++) {
            List<Wrk.Request> requests = new ArrayList<>();
            for (int n = 0; n < BODIES_PER_THREAD; n++) {
                Spec spec = world.spec(seed, t * BODIES_PER_THREAD + n);
                Step initiate = Scripts.lifecycle(spec, today, new SplittableRandom(spec.seed), 0).get(0);
                String body = initiate.body().replace(spec.id, ID);
                requests.add(axon ? new Wrk.Request("POST", "/things/" + ID, null, null, body)
                        : api.wrkCommand(initiate.path(spec.id).replace(spec.id, ID), initiate.actor(), null, body));
            }
            perThread.add(requests);
        }
        return perThread;
    }

    /**
     * The mix for each wrk thread: its clients' cooperations, in order, each cooperation's commands in order; wrk
     * sends a cooperation's next command once its previous one is answered, dozens of cooperations at a time, and
     * drops a cooperation whose command was refused (wrk/requests.lua).
     */
    private List<List<Wrk.Request>> mix(Map<Integer, List<List<Step>>> scripts, Map<String, Integer> kinds) {
        List<List<Wrk.Request>> perThread = new ArrayList<>();
        for (int t = 0; t < Wrk.THREADS; t++) {
            List<Wrk.Request> requests = new ArrayList<>();
            for (int client = t; client < CLIENTS; client += Wrk.THREADS) {
                for (List<Step> cooperation : scripts.get(client)) {
                    for (Step step : cooperation) {
                        String path = step.path(null);
                        Matcher id = COOPERATION.matcher(path);
                        if (!id.find()) {
                            throw new IllegalStateException("no cooperation in " + path);
                        }
                        requests.add(api.wrkCommand(path, step.actor(), id.group(1), step.body()));
                        kinds.merge(step.name(), 1, Integer::sum);
                    }
                }
            }
            perThread.add(requests);
        }
        return perThread;
    }

    private Wrk.Result initiate(String name, long seed, int seconds) throws Exception {
        return wrk.run(name, api.commandBase(), initiations(seed, false), Wrk.Order.CYCLE, CLIENTS, Duration.ofSeconds(seconds));
    }

    /**
     * Sends {@code requests} (cycled) in windows of {@value #WINDOW_SECONDS} s for at least half of
     * {@code mode.warmupSeconds()}, then until the rate has stayed within {@value #STEADY} of the window before for two
     * windows in a row, or all of it has passed. The minimum is the same for every application: the JIT compiles in
     * steps, and a plateau of a few windows is not yet the steady rate (the Axon application once looked steady after
     * 40 s and was a third faster a minute later).
     *
     * @return how long it took, for the figures' descriptions
     */
    private long warmUntilSteady(String name, String baseUrl, List<List<Wrk.Request>> requests) throws Exception {
        long start = System.nanoTime();
        List<String> rates = new ArrayList<>();
        double previous = 0;
        int steadyWindows = 0;
        long minimum = mode.warmupSeconds() * 500_000_000L;
        while ((steadyWindows < 2 || System.nanoTime() - start < minimum)
                && System.nanoTime() - start < mode.warmupSeconds() * 1_000_000_000L) {
            double rate = wrk.run(name, baseUrl, requests, Wrk.Order.CYCLE, CLIENTS, Duration.ofSeconds(WINDOW_SECONDS)).rate();
            steadyWindows = previous > 0 && Math.abs(rate - previous) <= STEADY * previous ? steadyWindows + 1 : 0;
            previous = rate;
            rates.add(String.format("%.0f", rate));
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        log("   %s: %d s, %s/s per %d s window%s", name, seconds, String.join(", ", rates), WINDOW_SECONDS,
                steadyWindows < 2 ? " (NOT steady at the limit)" : "");
        if (steadyWindows < 2) {
            note(name + ": the throughput was not steady after " + seconds + " s of warm-up");
        }
        return seconds;
    }

    private static void logErrors(Wrk.Result result) {
        result.firstErrors().forEach(e -> log("   refused: %s", e));
    }

    /**
     * The growth figure's baseline: initiations while the store holds the templates alone (a few hundred events), both
     * sides running, after a warm-up until steady: a baseline measured half-compiled would flatter the growth figure.
     */
    public void early() throws Exception {
        log("   %s", Wrk.version());
        warmUntilSteady("early-warmup", api.commandBase(), initiations(config.seed() + 21, false));
        awaitCaughtUp(Duration.ofSeconds(60));
        earlyEvents = db.count("SELECT COUNT(*) FROM domain_event_entry");
        early = initiate("early", config.seed() + 22, mode.initiateSeconds());
        log("   initiate with %,d events stored: %s", earlyEvents, early.describe());
        logErrors(early);
        awaitCaughtUp(Duration.ofSeconds(60));
    }

    /**
     * Stops the query side (see above) once it has caught up and measures the baselines; then, not measured, the
     * command side's JIT meets every command, initiations until steady, right before its figures, so that no other
     * application's load comes between its warm-up and its measurement.
     */
    public void warmup() throws Exception {
        awaitCaughtUp(Duration.ofSeconds(60));
        run.queryPeakRssKiB = Math.max(run.queryPeakRssKiB, run.query().peakRssKiB());
        run.query().stop();
        baselines();
        warmedSeconds = warmUntilSteady("warmup-initiate", api.commandBase(), initiations(config.seed() + 7, false));
        // a tenth of the continuable cooperations warm up; the measured mix takes others
        Map<Integer, List<List<Step>>> scripts = continuations(CLIENTS, Math.min(60, Math.max(1, run.synthetic.cooperations / 10 / CLIENTS)));
        Wrk.Result mix = wrk.run("warmup-mix", api.commandBase(), mix(scripts, new TreeMap<>()), Wrk.Order.LANES,
                CLIENTS, Duration.ofSeconds(Math.min(mode.warmupSeconds(), 2 * WINDOW_SECONDS)));
        log("   warm-up of the lifecycle: %s", mix.describe());
        logErrors(mix);
    }

    /** The raw commit rate and the minimal Axon application's, the command figures' baselines. */
    private void baselines() throws Exception {
        log("   %s; %s", Wrk.version(), RawCommits.version());
        raw = RawCommits.measure(config, db, config.work(), CLIENTS, Duration.ofSeconds(mode.rawCommitSeconds()));
        log("   raw insert-and-commit (pgbench), %d connections: %,.0f rows/s (latency average %.2f ms)", CLIENTS,
                raw.rate(), raw.latencyAverage());
        figure(Figure.info("baseline.rawCommit", raw.rate(), "rows/s", "pgbench: single-row INSERT + COMMIT of a "
                + "CooperationInitiated-sized row into a copy of domain_event_entry, " + CLIENTS + " connections, "
                + mode.rawCommitSeconds() + " s"));

        Measured baseline = axonBaseline();
        axon = baseline.result();
        log("   minimal Axon application (JDBC engine), one-event commands: %s", axon.describe());
        logErrors(axon);
        figure(Figure.ratio("baseline.axonJdbc", axon.rate(), "commands/s", raw.rate(), null, null,
                "benchmarks/axon-baseline: Axon 4 + Spring Boot on Axon's JDBC engine (bytea), one aggregate, one event "
                        + "per command carrying the initiation's JSON; wrk, " + CLIENTS + " connections, "
                        + mode.initiateSeconds() + " s after " + baseline.warmedSeconds() + " s of warm-up (until steady)"));
    }

    public void measure() throws Exception {
        Wrk.Result initiated = initiate("initiate", config.seed(), mode.initiateSeconds());
        log("   initiate: %s", initiated.describe());
        logErrors(initiated);
        String aboutA = String.format("POST /api/cooperations from wrk, %d connections, %d s after %d s of warm-up (until "
                + "steady), the query side stopped as the Axon application has no read model; %,d answered, %d refused, "
                + "%d failed", CLIENTS, mode.initiateSeconds(), warmedSeconds, initiated.requests(), initiated.refused(),
                initiated.failed());
        figure(Figure.ratio("command.initiate.throughput", initiated.rate(), "commands/s", raw.rate(), 0.20,
                Target.RATIO_AT_LEAST, aboutA));
        figure(Figure.ratio("command.initiate.vsAxon", initiated.rate(), "commands/s", axon.rate(), 1.0,
                Target.RATIO_AT_LEAST, "the initiation throughput over the minimal Axon application's"));
        figure(Figure.info("command.initiate.p50", initiated.p50(), "ms", "closed loop at the maximum rate"));
        figure(Figure.info("command.initiate.p99", initiated.p99(), "ms", null));

        Map<String, Integer> kinds = new TreeMap<>();
        List<List<Wrk.Request>> requests = mix(continuations(CLIENTS, 250), kinds);
        Wrk.Result mix = wrk.run("mix", api.commandBase(), requests, Wrk.Order.LANES, CLIENTS,
                Duration.ofSeconds(mode.mixSeconds()));
        log("   lifecycle mix: %s", mix.describe());
        log("   mix, the commands prepared: %s", kinds);
        logErrors(mix);
        String aboutB = String.format("wrk, %d connections, 96 existing cooperations at a time (from the store of "
                + "figure 2, at every stage), each taken further through its lifecycle and monitoring, its next command "
                + "once the previous one is answered: %d kinds of command, %d s, %,d answered, %d refused, %d failed%s",
                CLIENTS, kinds.size(),
                mode.mixSeconds(), mix.requests(), mix.refused(), mix.failed(),
                mix.exhausted() ? "; RAN OUT of prepared commands before the end" : "");
        figure(Figure.ratio("command.mix.throughput", mix.rate(), "commands/s", raw.rate(), 0.20, Target.RATIO_AT_LEAST, aboutB));
        figure(Figure.ratio("command.mix.vsAxon", mix.rate(), "commands/s", axon.rate(), 1.0, Target.RATIO_AT_LEAST,
                "the lifecycle mix's throughput over the minimal Axon application's (one-event creations)"));
        figure(Figure.info("command.mix.p50", mix.p50(), "ms", "closed loop at the maximum rate"));
        figure(Figure.info("command.mix.p99", mix.p99(), "ms", null));

        halfRate(initiated.rate() / 2);
        withReadSide();
    }

    /** (d): the query side again, caught up, then initiations with it projecting; the growth figure. */
    private void withReadSide() throws Exception {
        startNewQuerySide();
        awaitCaughtUp(Duration.ofMinutes(5));
        initiate("withReadSide-warmup", config.seed() + 51, WINDOW_SECONDS);
        awaitCaughtUp(Duration.ofSeconds(120));
        Wrk.Result shared = initiate("withReadSide", config.seed() + 52, mode.initiateSeconds());
        log("   initiate with the query side projecting: %s", shared.describe());
        logErrors(shared);
        figure(Figure.info("command.initiate.withReadSide", shared.rate(), "commands/s", String.format("POST "
                + "/api/cooperations as figure 1a, with the query side running and projecting every event on the same "
                + "cores; %,d answered, %d refused, %d failed", shared.requests(), shared.refused(), shared.failed())));
        if (early != null) {
            figure(Figure.ratio("growth.initiate", shared.rate(), "commands/s", early.rate(), 0.9, Target.RATIO_AT_LEAST,
                    String.format("initiations with %,d events stored over those with %,d (measured after the "
                            + "templates), both with the query side running", db.count("SELECT COUNT(*) FROM domain_event_entry"),
                            earlyEvents)));
        }
        awaitCaughtUp(Duration.ofSeconds(120));
    }

    /** A measurement and how long its application was warmed up before it. */
    private record Measured(Wrk.Result result, long warmedSeconds) {
    }

    /** The minimal Axon application on the same database, warmed up until steady, then measured, then stopped. */
    private Measured axonBaseline() throws Exception {
        Side axon = config.axonBaseline();
        axon.start();
        try {
            axon.awaitHealthy(api);
            String base = "http://127.0.0.1:" + axon.port;
            long warmed = warmUntilSteady("axon-warmup", base, initiations(config.seed() + 31, true));
            return new Measured(wrk.run("axon", base, initiations(config.seed() + 32, true), Wrk.Order.CYCLE, CLIENTS,
                    Duration.ofSeconds(mode.initiateSeconds())), warmed);
        } finally {
            axon.stop();
        }
    }

    /**
     * Initiations at half the measured maximum, open loop from wrk (wrk/paced.lua): each request due at its time
     * whatever the answers to the earlier ones, its latency counted from then, so queueing counts; twice the closed
     * loop's connections, so that a free one is there when a request is due.
     */
    private void halfRate(double rate) throws Exception {
        Wrk.Paced result = wrk.paced("half-rate", api.commandBase(), initiations(config.seed() + 41, false), 2 * CLIENTS,
                Duration.ofSeconds(mode.halfRateSeconds()), rate);
        log("   initiate at %.0f/s, open loop: %s", rate, result.describe());
        result.firstErrors().forEach(e -> log("   refused: %s", e));
        String about = String.format("POST /api/cooperations at half the maximum (%.0f/s) for %d s, open loop from wrk "
                + "(%d connections): latency from each request's due time, queueing counted; %d refused, %d failed, %d "
                + "still waiting at the end (counted with their wait)", rate, mode.halfRateSeconds(), 2 * CLIENTS,
                result.refused(), result.failed(), result.waiting());
        figure(Figure.info("command.halfRate.rate", result.rate(), "commands/s", about));
        figure(Figure.limit("command.halfRate.p50", result.p50(), "ms", 10.0, about));
        figure(Figure.limit("command.halfRate.p99", result.p99(), "ms", 50.0, about));
    }
}
