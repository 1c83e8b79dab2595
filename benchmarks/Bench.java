import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kerjasama benchmark: starts both sides on a fresh PostgreSQL database, drives them over HTTP from this
 * process, measures PostgreSQL's own limits in the same run, and prints and writes the figures of issue 7.
 * <p>
 * Run through {@code benchmarks/run short|full} (which builds the jars, finds the PostgreSQL driver and puts it on
 * the class path); see {@code benchmarks/README.md}. JDK 17 only: platform-thread executors, java.net.http, JDBC.
 * Every request goes to 127.0.0.1; every loop is bounded by a count or a deadline.
 */
public class Bench {

    // ------------------------------------------------------------------------------------------------ settings

    /** The size of each phase; short stays under five minutes on two cores, full follows the issue. */
    record Mode(String name, int warmupSeconds, int rawCommitSeconds, int initiateSeconds, int mixSeconds,
                int rebuildEvents, int cooperationsPerTenEvents, int registryWarmupSeconds, int registrySeconds,
                int registryRate, int loadCooperationsPerClass, int loadCommandsPerCooperation, int asOfWarmup,
                int asOfSamples, int lagSamples) {

        static Mode of(String name) {
            return switch (name) {
                case "short" -> new Mode("short", 4, 5, 8, 10, 30_000, 10, 3, 15, 200, 3, 20, 20, 150, 150);
                case "full" -> new Mode("full", 8, 15, 30, 45, 1_000_000, 10, 5, 60, 200, 5, 40, 50, 500, 500);
                default -> throw new IllegalArgumentException("mode is short or full, not " + name);
            };
        }
    }

    static final int CLIENTS = 32;
    static final int[] HISTORY_LENGTHS = {10, 1_000, 10_000};
    static final int AS_OF_HISTORY = 1_000;
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    record Config(Mode mode, long seed, Path repo, Path commandJar, Path queryJar, Path work, Path results,
                  boolean keep, boolean profile, int commandPort, int queryPort, String pgHost, int pgPort,
                  String pgUser, String pgPassword, String database, List<String> sideJvmOptions) {

        static Config parse(String[] args) {
            Map<String, String> options = new HashMap<>();
            List<String> flags = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--") && i + 1 < args.length && !args[i + 1].startsWith("--")
                        && !List.of("--keep", "--profile").contains(args[i])) {
                    options.put(args[i].substring(2), args[++i]);
                } else {
                    flags.add(args[i]);
                }
            }
            Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
            String env = System.getenv().getOrDefault("BENCH_SIDE_JAVA_OPTS", "").strip();
            Mode mode = Mode.of(options.getOrDefault("mode", "short"));
            if (options.containsKey("events")) { // a smaller data set, for trying the benchmark itself out
                int events = Integer.parseInt(options.get("events"));
                mode = new Mode(mode.name() + "-" + events + "-events", mode.warmupSeconds(), mode.rawCommitSeconds(),
                        mode.initiateSeconds(), mode.mixSeconds(), events, mode.cooperationsPerTenEvents(),
                        mode.registryWarmupSeconds(), mode.registrySeconds(), mode.registryRate(),
                        mode.loadCooperationsPerClass(), mode.loadCommandsPerCooperation(), mode.asOfWarmup(),
                        mode.asOfSamples(), mode.lagSamples());
            }
            return new Config(mode,
                    Long.parseLong(options.getOrDefault("seed", "20250425")), repo,
                    Path.of(options.getOrDefault("command-jar", repo + "/command-side/target/command-side-0.1.0-SNAPSHOT-exec.jar")),
                    Path.of(options.getOrDefault("query-jar", repo + "/query-side/target/query-side-0.1.0-SNAPSHOT-exec.jar")),
                    Path.of(options.getOrDefault("work", "/tmp/kerjasama-bench-" + stamp)),
                    Path.of(options.getOrDefault("results", repo + "/benchmarks/results")),
                    flags.contains("--keep"), flags.contains("--profile"),
                    Integer.parseInt(options.getOrDefault("command-port", "18181")),
                    Integer.parseInt(options.getOrDefault("query-port", "18182")),
                    System.getenv().getOrDefault("BENCH_PG_HOST", "127.0.0.1"),
                    Integer.parseInt(System.getenv().getOrDefault("BENCH_PG_PORT", "5432")),
                    System.getenv().getOrDefault("BENCH_PG_USER", "postgres"),
                    System.getenv().getOrDefault("BENCH_PG_PASSWORD", ""),
                    options.getOrDefault("database", "kerjasama_bench_" + stamp),
                    env.isEmpty() ? List.of() : List.of(env.split("\\s+")));
        }

        String jdbcUrl(String db) {
            return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db;
        }
    }

    // ------------------------------------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        Config config = Config.parse(args);
        Bench bench = new Bench(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bench.stopSides();
            bench.dropDatabase();
        }, "stop-sides"));
        int exit;
        try {
            exit = bench.run();
        } finally {
            bench.stopSides();
            bench.dropDatabase();
        }
        System.exit(exit);
    }

    private final Config config;
    private final Mode mode;
    private final World world;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Side command;
    private Side query;
    private long queryPeakRssKiB;
    private Api api;
    private Db db;
    private Profiler profiler;
    private volatile boolean databaseCreated;

    Bench(Config config) throws IOException {
        this.config = config;
        this.mode = config.mode();
        this.world = new World(config.repo().resolve("shared-kernel/src/main/resources/idn-area/regencies.csv"));
        this.command = new Side("command-side", config.commandJar(), config.commandPort(), config);
        this.query = new Side("query-side", config.queryJar(), config.queryPort(), config);
    }

    int run() throws Exception {
        Files.createDirectories(config.work());
        Files.createDirectories(config.results());
        Instant started = Instant.now();
        double loadAtStart = loadAverage();
        log("Kerjasama benchmark, mode %s, seed %d, work folder %s", mode.name(), config.seed(), config.work());
        for (int port : new int[]{config.commandPort(), config.queryPort()}) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is taken: pass --command-port/--query-port");
            }
        }
        createDatabase();
        db = new Db(config.jdbcUrl(config.database()), config.pgUser(), config.pgPassword());
        Tokens tokens = Tokens.createKeyFile(config.work().resolve("dev-token-key.pem"));
        api = new Api("http://127.0.0.1:" + config.commandPort(), "http://127.0.0.1:" + config.queryPort(), tokens);
        profiler = config.profile() ? new Profiler(config.work().resolve("profile")) : null;

        phase("start", () -> {
            command.start();
            command.awaitHealthy(api);
            query.start();
            query.awaitHealthy(api);
        });
        if (profiler != null) {
            profiler.watch(command, query);
        }
        List<Template> templates = new ArrayList<>();
        phase("templates", () -> templates.addAll(buildTemplates()));
        synthetic = new Synthetic(templates, world, mode.rebuildEvents(),
                mode.rebuildEvents() / mode.cooperationsPerTenEvents(), config.seed());
        syntheticRows = synthetic.rows();
        survive("verification", this::verification);
        phase("rebuild", this::rebuild);
        // from here on a failing phase is reported and the others still run
        survive("registry", this::registry);
        survive("warmup", this::warmup);
        survive("commands", this::commands);
        survive("aggregate-load", this::aggregateLoad);
        survive("as-of", this::asOf);
        survive("projection-lag", this::projectionLag);
        survive("memory", this::memory);

        double loadAtEnd = loadAverage();
        printTable();
        writeJson(started, loadAtStart, loadAtEnd);
        if (profiler != null) {
            profiler.stop();
            profiler.summarise();
        }
        return failures == 0 ? 0 : 1;
    }

    interface Work {
        void run() throws Exception;
    }

    private void survive(String name, Work work) {
        try {
            phase(name, work);
        } catch (Exception e) {
            log("   phase %s FAILED: %s", name, e);
            e.printStackTrace(System.out);
            notes.add("phase " + name + " failed: " + e);
            failures++;
        }
    }

    private int failures;

    private void phase(String name, Work work) throws Exception {
        log("== %s", name);
        if (profiler != null) {
            profiler.phase(name);
        }
        long start = System.nanoTime();
        Cpu.Sample before = Cpu.sample(ourPids());
        try {
            work.run();
        } finally {
            double seconds = (System.nanoTime() - start) / 1e9;
            Cpu.Usage usage = Cpu.sample(ourPids()).since(before);
            phaseSeconds.put(name, Math.round(seconds * 10) / 10.0);
            phaseCpu.put(name, usage.asMap());
            log("   %s took %.1f s; CPU in cores: benchmark and both sides %.2f, PostgreSQL %.2f, everything else %.2f",
                    name, seconds, usage.ours(), usage.postgres(), usage.other());
        }
    }

    private final Map<String, Object> phaseCpu = new LinkedHashMap<>();

    private List<Long> ourPids() {
        List<Long> pids = new ArrayList<>(List.of(ProcessHandle.current().pid()));
        for (Side side : new Side[]{command, query}) {
            if (side != null && side.pid() > 0) {
                pids.add(side.pid());
            }
        }
        return pids;
    }

    // ------------------------------------------------------------------------------------------------ database

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl("postgres"), config.pgUser(), config.pgPassword());
    }

    private void createDatabase() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + config.database());
            databaseCreated = true;
        }
        log("created database %s", config.database());
    }

    private synchronized void dropDatabase() {
        if (!databaseCreated) {
            return;
        }
        databaseCreated = false;
        if (db != null) {
            db.close();
        }
        if (config.keep()) {
            log("kept database %s (--keep); drop it with: psql -h %s -U %s -c 'DROP DATABASE %s'", config.database(),
                    config.pgHost(), config.pgUser(), config.database());
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + config.database() + " WITH (FORCE)");
            log("dropped database %s", config.database());
        } catch (SQLException e) {
            log("could not drop database %s: %s", config.database(), e.getMessage());
        }
    }

    private synchronized void stopSides() {
        if (profiler != null) {
            profiler.stop();
        }
        if (query != null) {
            query.stop();
        }
        command.stop();
    }

    // ------------------------------------------------------------------------------------------------ templates

    /**
     * Drives a few cooperations of each shape through the API and keeps their stored rows as templates: the
     * exact bytes the command side wrote, with markers (title, partner, unit, names, regions, ids) that the
     * generator of figure 2 replaces for every synthetic cooperation. Also the JIT's first warm-up.
     */
    private List<Template> buildTemplates() throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        List<Template> templates = new ArrayList<>();
        String[][] shapes = {
                // name, type, partner kind, variant, monitoring steps, weight (per cent)
                {"ksdpk-business", "KSDPK", "BUSINESS", "NORMAL", "8", "25"},
                {"ksdpk-university", "KSDPK", "PRIVATE_UNIVERSITY", "NORMAL", "5", "10"},
                {"synergy-vertical", "SYNERGY", "VERTICAL_AGENCY", "NORMAL", "5", "20"},
                {"ksdd-dprd", "KSDD_VOLUNTARY", "REGION", "DPRD", "8", "25"},
                {"ksdpk-withdrawn", "KSDPK", "FOUNDATION", "WITHDRAW", "0", "10"},
                {"ksdd-rejected", "KSDD_VOLUNTARY", "REGION", "REJECT", "0", "10"},
        };
        for (String[] shape : shapes) {
            Spec spec = Spec.template(shape[0], CooperationType.valueOf(shape[1]), shape[2], Variant.valueOf(shape[3]));
            List<Step> steps = Scripts.lifecycle(spec, today, new SplittableRandom(config.seed()), Integer.parseInt(shape[4]));
            for (Step step : steps) {
                Reply reply = api.command(step.path(spec.id), step.actor(), step.body());
                if (!reply.ok()) {
                    throw new IllegalStateException("template " + spec.shape + ": " + step.name() + " refused: "
                            + reply.status() + " " + reply.body());
                }
            }
            List<StoredRow> rows = db.rowsOf(spec.id);
            Template template = Template.of(spec.shape, spec.id, rows, steps, Integer.parseInt(shape[5]));
            templates.add(template);
            log("   template %-18s %2d events (%s, %s)%s", spec.shape, rows.size(), spec.type, spec.variant,
                    template.steps().isEmpty() ? ": not one event per command, so its copies are not continued" : "");
        }
        return templates;
    }

    // ------------------------------------------------------------------------------------------------ figure 2

    /**
     * Figure 2. The query side is stopped; N synthetic events (from the templates, interleaved across
     * cooperations as in a real store) are inserted straight into domain_event_entry by one connection in batches
     * of 1,000 (the baseline: the raw batched insert rate of these rows), then linked in event_chain, untimed (the
     * command side refuses to append after an unchained event, and later phases continue these cooperations); a
     * new query side starts, and
     * POST /api/admin/rebuild replays the whole store; the rate is events over the time until the read model
     * holds every event.
     */
    private void rebuild() throws Exception {
        queryPeakRssKiB = Math.max(queryPeakRssKiB, query.peakRssKiB());
        query.stop();
        log("   inserting %,d events of %,d synthetic cooperations into domain_event_entry (%,d more were inserted "
                + "for the verification)", synthetic.events - verificationRows, synthetic.cooperations, verificationRows);
        Db.InsertResult insert = db.insertBatched(syntheticRows);
        double insertRate = insert.rows() / insert.seconds();
        log("   raw batched insert: %,d rows in %.1f s = %,.0f rows/s", insert.rows(), insert.seconds(), insertRate);
        log("   linked %,d synthetic events in event_chain (untimed)", db.chainUnchained());

        query = new Side("query-side", config.queryJar(), config.queryPort(), config);
        query.start();
        query.awaitHealthy(api);
        if (profiler != null) {
            profiler.watch(command, query);
        }
        long storedEvents = db.count("SELECT COUNT(*) FROM domain_event_entry");
        long cooperations = db.count("SELECT COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry");
        long[] statsBefore = db.queryTableStats();
        long start = System.nanoTime();
        Reply started = api.queryPost("/api/admin/rebuild", Actor.OPERATOR);
        if (started.status() / 100 != 2) {
            throw new IllegalStateException("POST /api/admin/rebuild: " + started.status() + " " + started.body());
        }
        double seconds = awaitProjected(storedEvents, cooperations, start, Duration.ofMinutes(mode.name().equals("full") ? 30 : 8));
        double rate = storedEvents / seconds;
        log("   rebuild: %,d events (%,d cooperations) in %.1f s = %,.0f events/s", storedEvents, cooperations, seconds, rate);
        Thread.sleep(1500); // PostgreSQL publishes table statistics at most every second
        long[] statsAfter = db.queryTableStats();
        String work = String.format(Locale.ROOT, "rebuild work per event in schema query: %.2f statements-worth of row "
                        + "reads (index scans), %.2f rows inserted, %.2f updated, %.2f deleted; %.3f transactions",
                (statsAfter[0] - statsBefore[0]) / (double) storedEvents, (statsAfter[1] - statsBefore[1]) / (double) storedEvents,
                (statsAfter[2] - statsBefore[2]) / (double) storedEvents, (statsAfter[3] - statsBefore[3]) / (double) storedEvents,
                (statsAfter[4] - statsBefore[4]) / (double) storedEvents);
        log("   %s", work);
        notes.add(work);
        figures.add(Figure.ratio("rebuild.rate", rate, "events/s", insertRate, 0.15, Target.RATIO_AT_LEAST,
                "replay of " + String.format("%,d", storedEvents) + " stored events (" + String.format("%,d", cooperations)
                        + " cooperations) through POST /api/admin/rebuild; baseline: one connection inserting the same rows "
                        + "in batches of 1,000"));
        figures.add(Figure.info("rebuild.seconds", seconds, "s", null));
    }

    /**
     * Issue 8's figure: verification of the whole store through {@code GET /api/audit/verification} (streamed NDJSON,
     * as a national inspector) when it holds 100,000 chained events (short mode: 3,000, the same share of the data
     * set). They are the first rows of figure 2's synthetic store, inserted here with their chain links, which the
     * benchmark computes itself from docs/AUDIT-CHAIN.md, so a clean result also cross-checks that document; the
     * rest of the synthetic store follows in the rebuild phase, linked after its timed insert. Baseline: one JDBC connection
     * reading the same rows (every column of domain_event_entry and event_chain, in chain order), rows/s.
     */
    private void verification() throws Exception {
        long events = mode.rebuildEvents() / 10;
        verificationRows = db.insertChained(syntheticRows, events);
        log("   inserted %,d synthetic events with their chain links; waiting for the projection", verificationRows);
        awaitCaughtUp(Duration.ofSeconds(mode.name().equals("full") ? 300 : 60));
        awaitQuiet(Duration.ofSeconds(60));
        double rawRate = db.rawReadRate();
        long stored = db.count("SELECT COUNT(*) FROM domain_event_entry");
        log("   raw read of %,d events and their links: %,.0f events/s", stored, rawRate);
        long start = System.nanoTime();
        String finished = null;
        int failedLines = 0;
        for (String line : api.queryLines("/api/audit/verification", Actor.NATIONAL_INSPECTOR, Duration.ofMinutes(10))) {
            if (line.contains("\"type\":\"finished\"")) {
                finished = line;
            } else if (line.contains("\"type\":\"failed\"")) {
                failedLines++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (finished == null) {
            throw new IllegalStateException("GET /api/audit/verification did not finish");
        }
        Reply totals = new Reply(200, finished);
        long verified = totals.longField("events");
        long failed = totals.longField("failed");
        double rate = verified / seconds;
        log("   verification: %,d events (%,d cooperations) in %.1f s = %,.0f events/s; %d failed (%d failure lines)",
                verified, totals.longField("cooperations"), seconds, rate, failed, failedLines);
        if (failed != 0) {
            notes.add("verification: " + failed + " cooperations failed to verify: " + finished);
        }
        String about = String.format("GET /api/audit/verification (whole store, NDJSON, national inspector) over %,d "
                + "chained events of %,d cooperations, %d failed; baseline: one JDBC connection reading the same events and "
                + "chain links", verified, totals.longField("cooperations"), failed);
        figures.add(Figure.ratio("verification.rate", rate, "events/s", rawRate, null, null, about));
        figures.add(Figure.info("verification.seconds", seconds, "s", null));
    }

    /**
     * Waits until the read model holds every stored event: the rebuild endpoint reports no replay and its
     * position at the head, and query.cooperation has one row per cooperation whose versions add up to the events.
     */
    private double awaitProjected(long events, long cooperations, long startNanos, Duration limit) throws Exception {
        long deadline = startNanos + limit.toNanos();
        long lastLog = System.nanoTime();
        long firstDone = 0;
        long[] lastState = null;
        while (System.nanoTime() < deadline) {
            Reply progress = api.query("/api/admin/rebuild", Actor.OPERATOR);
            boolean replaying = progress.body().contains("\"replaying\":true");
            long position = progress.longField("position");
            long head = progress.longField("head");
            long done = System.nanoTime();
            if (!replaying && position >= head && head > 0) {
                long[] state = db.readModelState();
                if (state[0] >= cooperations && state[1] >= events) {
                    return (done - startNanos) / 1e9;
                }
                // the processor says done but the versions do not add up: accept once they stop changing
                firstDone = firstDone == 0 ? done : firstDone;
                if (Arrays.equals(state, lastState) && done - firstDone > 5_000_000_000L) {
                    notes.add(String.format("rebuild: the read model reflects %,d cooperations and %,d events of %,d and %,d "
                            + "stored; timed to the processor's own end", state[0], state[1], cooperations, events));
                    return (firstDone - startNanos) / 1e9;
                }
                lastState = state;
            } else {
                firstDone = 0;
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                log("   ... position %,d of %,d", position, head);
                lastLog = System.nanoTime();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the read model did not catch up within " + limit);
    }

    /**
     * Waits (bounded) until PostgreSQL runs nothing for this database but the query side's polling: the end of any
     * backlog a phase left behind (a server still answering requests its clients gave up on).
     */
    private void awaitQuiet(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int quiet = 0;
        while (System.nanoTime() < deadline && quiet < 3) {
            quiet = db.activeStatements() <= 1 ? quiet + 1 : 0;
            Thread.sleep(500);
        }
        if (quiet < 3) {
            notes.add("PostgreSQL was still busy with this database " + limit.toSeconds() + " s after a phase");
        }
    }

    /** Waits (bounded) until the live projection has caught up with the event store. */
    private void awaitCaughtUp(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long head = db.count("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry");
        while (System.nanoTime() < deadline) {
            Reply progress = api.query("/api/admin/rebuild", Actor.OPERATOR);
            if (progress.longField("position") >= head) {
                return;
            }
            Thread.sleep(100);
        }
        notes.add("the projection had not caught up within " + limit.toSeconds() + " s before a phase");
        log("   the projection had not caught up within %d s", limit.toSeconds());
    }

    // ------------------------------------------------------------------------------------------------ figure 5

    /**
     * Figure 5. Filtered registry queries (region, type, stage and a word of the title, each taken from a
     * cooperation of the read model, so that none is empty by construction) at a fixed rate, open loop: every
     * request has a scheduled time and its latency runs from that time, so a slow answer cannot hide the ones
     * queued behind it.
     */
    private void registry() throws Exception {
        db.execute("VACUUM ANALYZE query.cooperation");
        db.execute("VACUUM ANALYZE query.cooperation_affair");
        List<String[]> rows = db.registrySample();
        long total = db.count("SELECT COUNT(*) FROM query.cooperation");
        SplittableRandom random = new SplittableRandom(config.seed() ^ 0x5EED);
        int needed = mode.registryRate() * (mode.registryWarmupSeconds() + mode.registrySeconds()) + 1;
        List<Query> queries = new ArrayList<>(needed);
        for (int i = 0; i < needed; i++) {
            String[] row = rows.get(random.nextInt(rows.size()));
            String[] words = Arrays.stream(row[3].split("[^\\p{L}]+")).filter(w -> w.length() >= 5).toArray(String[]::new);
            String word = words.length == 0 ? row[3].substring(0, Math.min(4, row[3].length()))
                    : words[random.nextInt(words.length)].toLowerCase(Locale.ROOT);
            // asked by the secretariat of the region, as a region's staff would: their read scope is that region
            queries.add(new Query("/api/cooperations?region=" + row[0] + "&type=" + row[1] + "&stage=" + row[2] + "&q=" + word,
                    new Actor("r" + row[0].replace(".", "") + "-bagian-kerja-sama", "SECRETARIAT", row[0])));
        }
        OpenLoop.Result warm = OpenLoop.run(api, queries.subList(0, mode.registryRate() * mode.registryWarmupSeconds()),
                mode.registryRate());
        awaitQuiet(Duration.ofMinutes(3));
        // the service time without queueing: one request at a time
        Latencies serial = new Latencies();
        for (Query query : queries.subList(0, 200)) {
            long t0 = System.nanoTime();
            api.query(query.path(), query.reader());
            serial.add(System.nanoTime() - t0);
        }
        log("   registry one at a time: %s", serial.describe());
        figures.add(Figure.info("registry.oneAtATime.p50", serial.p(50), "ms",
                "the same queries one at a time (no queueing): the service time"));
        OpenLoop.Result result = OpenLoop.run(api, queries.subList(mode.registryRate() * mode.registryWarmupSeconds(),
                queries.size()), mode.registryRate());
        log("   registry on %,d cooperations at %d req/s: %s (warm-up %s), %d errors of which %d not sent (%d in flight)",
                total, mode.registryRate(), result.latencies().describe(), warm.latencies().describe(), result.errors(),
                result.dropped(), OpenLoop.MAX_IN_FLIGHT);
        awaitQuiet(Duration.ofMinutes(3));
        String about = String.format("GET /api/cooperations?region&type&stage&q on %,d cooperations, open loop at %d req/s "
                + "for %d s (%d errors, of which %d not sent because %d were in flight; those count at the 30 s timeout)",
                total, mode.registryRate(), mode.registrySeconds(), result.errors(), result.dropped(), OpenLoop.MAX_IN_FLIGHT);
        figures.add(Figure.info("registry.p50", result.latencies().p(50), "ms", about));
        figures.add(Figure.limit("registry.p99", result.latencies().p(99), "ms", 20.0, about));
        figures.add(Figure.info("registry.achievedRate", result.achievedRate(), "req/s", null));
    }

    // ------------------------------------------------------------------------------------------------ figure 1

    private Synthetic synthetic;
    /** The synthetic rows not stored yet: the verification phase stores the first ones, the rebuild the rest. */
    private Iterator<Synthetic.Row> syntheticRows;
    private long verificationRows;
    /** Synthetic cooperations whose history stops before their template's end, in a seeded order. */
    private List<Integer> continuable;
    private int nextContinuable;

    /**
     * The rest of the histories of the next {@code perClient} continuable synthetic cooperations, for each client:
     * the same commands that wrote the template's later events, with this cooperation's values.
     */
    private Map<Integer, List<List<Step>>> continuations(int clients, int perClient) {
        if (continuable == null) {
            continuable = new ArrayList<>();
            for (int i = 0; i < synthetic.cooperations; i++) {
                Template t = synthetic.templates.get(synthetic.templateOf[i]);
                if (!t.steps().isEmpty() && synthetic.length[i] < t.steps().size()) {
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
                Template t = synthetic.templates.get(synthetic.templateOf[i]);
                String[] values = synthetic.valuesFor(i);
                List<Step> rest = new ArrayList<>();
                for (int k = synthetic.length[i]; k < t.steps().size(); k++) {
                    rest.add(t.step(k, values));
                }
                scripts.add(rest);
            }
            result.put(client, scripts);
        }
        return result;
    }

    /** Not measured: the JIT of both sides meets every command before the measured phases. */
    private void warmup() throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        Load.Result initiated = Load.run(CLIENTS, Duration.ofSeconds(Math.max(1, mode.warmupSeconds() / 3)), (client, counter) -> {
            Spec spec = world.spec(config.seed() + 7, 900_000 + client * 10_000 + counter);
            Step step = Scripts.lifecycle(spec, today, new SplittableRandom(spec.seed), 0).get(0);
            return List.of(() -> api.command(step.path(spec.id), step.actor(), step.body()));
        });
        // a tenth of the continuable cooperations warm up; the measured mix takes others
        Map<Integer, List<List<Step>>> scripts = continuations(CLIENTS, Math.max(1, synthetic.cooperations / 10 / CLIENTS));
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

    /**
     * Figure 1. Baseline first: 32 connections each inserting and committing one row the size of a
     * CooperationInitiated event into a table shaped like domain_event_entry, for a fixed time. Then 32 HTTP
     * clients (a) initiate cooperations, (b) drive those cooperations through their lifecycle and monitoring.
     */
    private void commands() throws Exception {
        Db.InsertResult raw = db.rawCommits(CLIENTS, Duration.ofSeconds(mode.rawCommitSeconds()));
        double rawRate = raw.rows() / raw.seconds();
        log("   raw insert-and-commit, %d connections: %,.0f rows/s (p50 %.2f ms, p99 %.2f ms)", CLIENTS, rawRate,
                raw.latencies().p(50), raw.latencies().p(99));
        figures.add(Figure.info("baseline.rawCommit", rawRate, "rows/s",
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
        figures.add(Figure.ratio("command.initiate.throughput", initiated.rate(), "commands/s", rawRate, 0.20,
                Target.RATIO_AT_LEAST, aboutA));
        figures.add(Figure.info("command.initiate.p50", initiated.latencies().p(50), "ms", null));
        figures.add(Figure.info("command.initiate.p99", initiated.latencies().p(99), "ms", null));

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
        figures.add(Figure.ratio("command.mix.throughput", mix.rate(), "commands/s", rawRate, 0.20, Target.RATIO_AT_LEAST, aboutB));
        figures.add(Figure.info("command.mix.p50", mix.latencies().p(50), "ms", null));
        figures.add(Figure.info("command.mix.p99", mix.latencies().p(99), "ms", null));
        awaitCaughtUp(Duration.ofSeconds(120));
    }

    // ------------------------------------------------------------------------------------------------ figures 3, 4

    /**
     * An active synergy with exactly {@code length} events: imported NK, Rencana Kerja drafted, approved and
     * signed, implementation started and one activity, all through the API (6 events); then copies of that
     * ActivityRecorded row inserted up to the length, each with its own id, sequence and time.
     */
    private Spec activeCooperation(int index, int length) throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        Spec spec = world.spec(config.seed() + 3, 700_000 + index).asImportedSynergy();
        for (Step step : Scripts.importedSynergy(spec, today)) {
            Reply reply = api.command(step.path(spec.id), step.actor(), step.body());
            if (!reply.ok()) {
                throw new IllegalStateException(step.name() + " refused: " + reply.status() + " " + reply.body());
            }
        }
        if (length > Scripts.IMPORTED_SYNERGY_EVENTS) {
            db.extendWithCopiesOfLast(spec.id, length);
        }
        return spec;
    }

    /**
     * Figure 3. Cooperations with 10, 1,000 and 10,000 events (snapshots on, at the command side's threshold);
     * the first command on each loads the whole history (no snapshot yet; reported, not judged), then, once the
     * snapshot is stored, record-activity commands go round the cooperations of every length in a shuffled order.
     */
    private void aggregateLoad() throws Exception {
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
            figures.add(new Figure("aggregateLoad." + length + ".p50", l.p(50), "ms", isBase ? null : base,
                    isBase ? null : l.p(50) / base, length == 10_000 ? 2.0 : null,
                    length == 10_000 ? Target.RATIO_AT_MOST : null, about));
            figures.add(new Figure("aggregateLoad." + length + ".p99", l.p(99), "ms", isBase ? null : base99,
                    isBase ? null : l.p(99) / base99, null, null, null));
            if (length > 10) {
                figures.add(Figure.info("aggregateLoad." + length + ".firstCommand", first.get(length).p(50), "ms",
                        "median first command on a history with no snapshot yet (not judged)"));
            }
        }
    }

    private String snapshotThreshold() {
        return System.getenv().getOrDefault("KERJASAMA_SNAPSHOT_THRESHOLD", "100 (default)");
    }

    /** Figure 4. GET /api/cooperations/{id}?asOf= at instants spread over a 1,000-event history, one at a time. */
    private void asOf() throws Exception {
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
        figures.add(Figure.info("asOf.p50", latencies.p(50), "ms", about));
        figures.add(Figure.limit("asOf.p99", latencies.p(99), "ms", 50.0, about));
    }

    // ------------------------------------------------------------------------------------------------ figure 6

    /**
     * Figure 6. Eight probers, each with its own active cooperation, send one command at a time (alternately a new
     * cooperation and an activity); as soon as the command side acknowledges version v, GET ?minVersion=v on the
     * query side, which answers once its read model holds v. Lag = that answer's arrival minus the
     * acknowledgement's. Before each sample a prober sleeps a random 0-1 s, so that samples fall at random points
     * of any polling cycle of the query side instead of locking onto it.
     */
    private void projectionLag() throws Exception {
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
        figures.add(Figure.info("projectionLag.p50", lag.p(50), "ms", about));
        figures.add(Figure.limit("projectionLag.p99", lag.p(99), "ms", 100.0, about));
    }

    // ------------------------------------------------------------------------------------------------ figure 7

    private void memory() {
        long commandKiB = command.peakRssKiB();
        queryPeakRssKiB = Math.max(queryPeakRssKiB, query.peakRssKiB());
        String jvm = config.sideJvmOptions().isEmpty() ? "default JVM options" : String.join(" ", config.sideJvmOptions());
        figures.add(Figure.info("memory.commandSide.peakRss", commandKiB / 1024.0, "MiB",
                "VmHWM of the command side's JVM at the end of the run (" + jvm + ")"));
        figures.add(Figure.info("memory.querySide.peakRss", queryPeakRssKiB / 1024.0, "MiB",
                "highest VmHWM of the query side's JVMs (one before, one from the rebuild on) (" + jvm + ")"));
    }

    // ------------------------------------------------------------------------------------------------ output

    enum Target {
        RATIO_AT_LEAST(">=", true), RATIO_AT_MOST("<=", true), VALUE_AT_MOST("<=", false);

        final String sign;
        final boolean onRatio;

        Target(String sign, boolean onRatio) {
            this.sign = sign;
            this.onRatio = onRatio;
        }
    }

    record Figure(String name, double value, String unit, Double baseline, Double ratio, Double target, Target kind,
                  String about) {
        /** A figure with no target. */
        static Figure info(String name, double value, String unit, String about) {
            return new Figure(name, value, unit, null, null, null, null, about);
        }

        /** A figure judged on its value. */
        static Figure limit(String name, double value, String unit, double target, String about) {
            return new Figure(name, value, unit, null, null, target, Target.VALUE_AT_MOST, about);
        }

        /** A figure judged as a ratio to its baseline. */
        static Figure ratio(String name, double value, String unit, double baseline, Double target, Target kind, String about) {
            return new Figure(name, value, unit, baseline, baseline == 0 ? null : value / baseline, target, kind, about);
        }

        Boolean met() {
            if (target == null) {
                return null;
            }
            double measured = kind.onRatio ? (ratio == null ? Double.NaN : ratio) : value;
            return kind == Target.RATIO_AT_LEAST ? measured >= target : measured <= target;
        }

        String targetText() {
            if (target == null) {
                return "";
            }
            return (kind.onRatio ? "ratio " : "") + kind.sign + " " + trim(target);
        }
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 1000) {
            return String.format("%,.0f", v);
        }
        if (Math.abs(v) >= 100) {
            return String.format("%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format("%.1f", v);
        }
        return String.format("%.2f", v);
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.format("%.0f", v) : String.valueOf(v);
    }

    /** The figures in the issue's order (1 commands, 2 rebuild, 3 aggregate load, 4 asOf, 5 registry, 6 lag, then verification (issue 8), 7 memory). */
    private List<Figure> ordered() {
        List<String> order = List.of("baseline", "command", "rebuild", "aggregateLoad", "asOf", "registry", "projectionLag", "verification", "memory");
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(java.util.Comparator.comparingInt(f -> {
            int i = order.indexOf(f.name().split("\\.")[0]);
            return i < 0 ? order.size() : i;
        }));
        return sorted;
    }

    private void printTable() {
        String format = "%-36s %12s %-10s %12s %8s %-12s %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(format, "figure", "value", "unit", "baseline", "ratio", "target", "met?"));
        out.append("-".repeat(100)).append('\n');
        for (Figure f : ordered()) {
            Boolean met = f.met();
            out.append(String.format(format, f.name(), number(f.value()), f.unit(), number(f.baseline()),
                    number(f.ratio()), f.targetText(), met == null ? "" : met ? "yes" : "NO"));
        }
        System.out.println();
        System.out.println("Kerjasama benchmark, " + mode.name() + " mode" + (mode.name().equals("short")
                ? " (targets are for the full mode; shown for orientation)" : ""));
        System.out.print(out);
        for (String note : notes) {
            System.out.println("note: " + note);
        }
    }

    private void writeJson(Instant started, double loadAtStart, double loadAtEnd) throws Exception {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Math.round(memTotalKiB() / 1024.0 / 1024.0 * 10) / 10.0);
        machine.put("postgresVersion", db.serverVersion());
        machine.put("java", System.getProperty("java.version"));
        machine.put("loadAverage1mAtStart", loadAtStart);
        machine.put("loadAverage1mAtEnd", loadAtEnd);
        machine.put("sharedWithOtherWork", "other processes on this machine (other engineers' builds and tests) may "
                + "have shared the cores during the run; see the load averages");
        List<Object> list = new ArrayList<>();
        for (Figure f : ordered()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", f.name());
            o.put("value", round(f.value()));
            o.put("unit", f.unit());
            o.put("baseline", f.baseline() == null ? null : round(f.baseline()));
            o.put("ratio", f.ratio() == null ? null : round(f.ratio()));
            o.put("target", f.target());
            o.put("targetApplies", f.kind() == null ? null : f.kind().onRatio ? "ratio " + f.kind().sign : "value " + f.kind().sign);
            o.put("met", f.met());
            if (f.about() != null) {
                o.put("about", f.about());
            }
            list.add(o);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mode", mode.name());
        root.put("date", started.toString());
        root.put("seed", config.seed());
        root.put("machine", machine);
        root.put("build", build());
        root.put("figures", list);
        root.put("phaseSeconds", phaseSeconds);
        root.put("phaseCpuCores", phaseCpu);
        root.put("notes", notes);
        // a run on a smaller data set (--events) or with extra JVM options is an experiment: it stays in the work folder
        boolean experiment = mode.name().contains("events") || !config.sideJvmOptions().isEmpty();
        Path file = (experiment ? config.work() : config.results()).resolve(mode.name() + ".json");
        Files.writeString(file, Json.pretty(root) + "\n");
        log("wrote %s", file);
    }

    /** Which code was measured: the commit, whether the work tree had changes, when each jar was built. */
    private Map<String, Object> build() {
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("commit", git("rev-parse", "--short", "HEAD"));
        String status = git("status", "--porcelain", "--", ".", ":!benchmarks");
        build.put("uncommittedChanges", status == null ? null : !status.isBlank());
        build.put("commandJarBuilt", jarTime(config.commandJar()));
        build.put("queryJarBuilt", jarTime(config.queryJar()));
        build.put("sideJvmOptions", String.join(" ", config.sideJvmOptions()));
        return build;
    }

    private String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", config.repo().toString()));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private static String jarTime(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toInstant().toString();
        } catch (IOException e) {
            return null;
        }
    }

    static Object round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return Math.abs(v) >= 100 ? Math.round(v * 10) / 10.0 : Math.round(v * 1000) / 1000.0;
    }

    static long memTotalKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    static void log(String format, Object... args) {
        System.out.printf("%s %s%n", DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(Instant.now()),
                String.format(format, args));
        System.out.flush();
    }

    // ================================================================================================ HTTP

    /** Who sends a request: a person with a role, acting for a region ("ID" for a national inspector or operator). */
    record Actor(String id, String role, String region) {
        static final Actor OPERATOR = new Actor("bench-operator", "OPERATOR", "ID");
        static final Actor NATIONAL_INSPECTOR = new Actor("bench-inspector", "INSPECTOR", "ID");
    }

    /** A read of the query side and who reads. */
    record Query(String path, Actor reader) {
    }

    /** An answer; {@link #longField} reads one top-level number such as version. */
    record Reply(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }

        long longField(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?\\d+)").matcher(body);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }
    }

    /**
     * The whole HTTP layer of the load generator: every request of every phase goes through here, so a change
     * of the API's conventions (authentication, a path prefix) is made in this class alone.
     */
    static final class Api {
        private final HttpClient http;
        private final String commandBase;
        private final String queryBase;
        private final Tokens tokens;

        Api(String commandBase, String queryBase, Tokens tokens) {
            this.commandBase = commandBase;
            this.queryBase = queryBase;
            this.tokens = tokens;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(4, daemon("http")))
                    .build();
        }

        /** Authenticates the request as {@code actor}: a bearer token naming their role and region. */
        private HttpRequest.Builder as(HttpRequest.Builder request, Actor actor) {
            return request.header("Authorization", "Bearer " + tokens.of(actor));
        }

        /** POSTs a command to the command side; {@code path} starts with /api/. */
        Reply command(String path, Actor actor, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commandBase + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            return send(as(request, actor).build());
        }

        Reply query(String pathAndQuery, Actor reader) {
            return send(as(HttpRequest.newBuilder(URI.create(queryBase + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET(), reader).build());
        }

        CompletableFuture<Integer> queryAsync(String pathAndQuery, Actor reader) {
            HttpRequest request = as(HttpRequest.newBuilder(URI.create(queryBase + pathAndQuery))
                    .timeout(Duration.ofSeconds(30)).GET(), reader).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
        }

        /** A streamed answer of the query side, line by line, read to its end (or an exception on an error status). */
        List<String> queryLines(String pathAndQuery, Actor reader, Duration timeout) throws Exception {
            HttpResponse<java.util.stream.Stream<String>> response = http.send(as(HttpRequest.newBuilder(
                    URI.create(queryBase + pathAndQuery)).timeout(timeout).GET(), reader).build(),
                    HttpResponse.BodyHandlers.ofLines());
            try (java.util.stream.Stream<String> lines = response.body()) {
                List<String> all = lines.toList();
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("GET " + pathAndQuery + ": " + response.statusCode() + " " + all);
                }
                return all;
            }
        }

        Reply queryPost(String path, Actor actor) {
            return send(as(HttpRequest.newBuilder(URI.create(queryBase + path)).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.noBody()), actor).build());
        }

        boolean healthy(int port) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private Reply send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Reply(response.statusCode(), response.body());
            } catch (IOException e) {
                return new Reply(599, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Reply(599, "interrupted");
            }
        }
    }

    /**
     * The demo tokens both sides trust outside production (kerjasama.security.dev-tokens): RS256 JWTs from the
     * issuer "kerjasama-dev" with claims sub, name, kerjasama_role and kerjasama_region, signed with the key in
     * the file both sides are given (kerjasama.security.dev-token-key-file). The benchmark makes that key before
     * it starts them, in the format the sides read (a PKCS#8 and an X.509 PEM section), and mints one token per
     * actor, valid 8 hours.
     */
    static final class Tokens {
        private final java.security.PrivateKey key;
        private final Map<Actor, String> minted = new ConcurrentHashMap<>();

        private Tokens(java.security.PrivateKey key) {
            this.key = key;
        }

        static Tokens createKeyFile(Path file) throws Exception {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            java.security.KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
            return new Tokens(pair.getPrivate());
        }

        private static String pem(String type, byte[] der) {
            return "-----BEGIN " + type + "-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(der) + "\n-----END " + type + "-----\n";
        }

        String of(Actor actor) {
            return minted.computeIfAbsent(actor, this::mint);
        }

        private String mint(Actor actor) {
            long now = Instant.now().getEpochSecond();
            String header = Json.write(Json.obj("alg", "RS256", "typ", "JWT"));
            String claims = Json.write(Json.obj("iss", "kerjasama-dev", "sub", actor.id(), "iat", now, "exp", now + 8 * 3600,
                    "name", actor.id(), "kerjasama_role", actor.role(), "kerjasama_region", actor.region()));
            java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
            String signed = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            try {
                java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
                rsa.initSign(key);
                rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
                return signed + "." + base64.encodeToString(rsa.sign());
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    // ================================================================================================ load

    /** Latencies in nanoseconds; percentiles in milliseconds (nearest rank). */
    static final class Latencies {
        private long[] values = new long[1024];
        private int size;
        private boolean sorted;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
            sorted = false;
        }

        synchronized void addAll(Latencies other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        synchronized int size() {
            return size;
        }

        synchronized double p(double percentile) {
            if (size == 0) {
                return Double.NaN;
            }
            if (!sorted) {
                Arrays.sort(values, 0, size);
                sorted = true;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * size);
            return values[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
        }

        String describe() {
            return size() == 0 ? "no samples" : String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", p(50), p(99), p(100), size());
        }
    }

    /** Waits until every worker is ready; a worker that failed while getting ready fails the phase. */
    static void awaitReady(CountDownLatch ready, List<Future<?>> futures, CountDownLatch go, long[] window) throws Exception {
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

    /** Closed-loop load: a fixed number of clients, each sending its next command as soon as the last one answered. */
    static final class Load {
        record Result(long count, long errors, double seconds, Latencies latencies, List<String> firstErrors) {
            double rate() {
                return count / seconds;
            }
        }

        interface Generator {
            /** The requests of one unit of work of {@code client} (its {@code counter}-th). */
            List<Supplier<Reply>> next(int client, int counter);
        }

        static Result run(int clients, Duration duration, Generator generator) throws Exception {
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

        interface Scripts {
            List<List<Step>> of(int client);
        }

        interface Sender {
            Reply send(Step step);
        }

        /**
         * Each client keeps {@code parallel} of its cooperations in progress, sends the next step of a randomly
         * chosen one, and replaces a finished (or refused) one by its next cooperation.
         */
        static Result runMix(int clients, Duration duration, int parallel, Scripts scripts, Sender sender) throws Exception {
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

    /**
     * Open-loop load: request i is due at start + i / rate; its latency runs from that time, not from sending.
     * At most {@link #MAX_IN_FLIGHT} requests are outstanding: a request due while that many wait is not sent, and
     * counts as an error with the client's timeout as its latency, so that an overloaded server cannot build a
     * backlog that outlives the phase.
     */
    static final class OpenLoop {
        static final int MAX_IN_FLIGHT = 1000;
        static final long TIMEOUT_NANOS = Duration.ofSeconds(30).toNanos();

        record Result(Latencies latencies, int errors, int dropped, double achievedRate) {
        }

        static Result run(Api api, List<Query> paths, int rate) throws Exception {
            Latencies latencies = new Latencies();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger inFlight = new AtomicInteger();
            int dropped = 0;
            List<CompletableFuture<?>> pending = new ArrayList<>();
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime() + 10_000_000L;
            for (int i = 0; i < paths.size(); i++) {
                long due = start + i * interval;
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
                pending.add(api.queryAsync(paths.get(i).path(), paths.get(i).reader()).handle((status, failure) -> {
                    inFlight.decrementAndGet();
                    latencies.add(System.nanoTime() - due);
                    if (failure != null || status != 200) {
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
            return new Result(latencies, errors.get(), dropped, (paths.size() - dropped) / seconds);
        }
    }

    // ================================================================================================ processes

    /** One side of the system as a child process on the benchmark's database. */
    static final class Side {
        final String name;
        final Path jar;
        final int port;
        final Config config;
        private Process process;
        private Path logFile;
        private static final AtomicInteger STARTS = new AtomicInteger();
        static final String COMMAND_SIDE_HEAP = "512m";
        static final String QUERY_SIDE_HEAP = "1g";

        Side(String name, Path jar, int port, Config config) {
            this.name = name;
            this.jar = jar;
            this.port = port;
            this.config = config;
        }

        void start() throws IOException {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>();
            command.add(javaBin);
            // an explicit heap, as a deployment would set: without it the JVM may take a quarter of the machine's
            // memory (6 GiB here) and the peak RSS measures the collector's appetite, not the side's need
            // (BENCH_SIDE_JAVA_OPTS comes after, and the JVM takes the last -Xmx)
            command.add(name.startsWith("query") ? "-Xmx" + QUERY_SIDE_HEAP : "-Xmx" + COMMAND_SIDE_HEAP);
            command.addAll(config.sideJvmOptions());
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> env = builder.environment();
            env.put("SPRING_DATASOURCE_URL", config.jdbcUrl(config.database()));
            env.put("SPRING_DATASOURCE_USERNAME", config.pgUser());
            env.put("SPRING_DATASOURCE_PASSWORD", config.pgPassword());
            env.put("KERJASAMA_DATA_DIR", config.work().resolve("data").toString());
            env.put("KERJASAMA_SECURITY_DEV_TOKEN_KEY_FILE", config.work().resolve("dev-token-key.pem").toString());
            logFile = config.work().resolve(name + "-" + STARTS.incrementAndGet() + ".log");
            builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
            process = builder.start();
            Files.writeString(config.work().resolve(name + ".pid"), Long.toString(process.pid()));
            log("   started %s (pid %d, port %d, log %s)", name, process.pid(), port, logFile);
        }

        void awaitHealthy(Api api) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped during start-up; see " + logFile);
                }
                if (api.healthy(port)) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(name + " not healthy within 180 s; see " + logFile);
        }

        long pid() {
            return process == null ? -1 : process.pid();
        }

        Path logFile() {
            return logFile;
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        /** Peak resident set size so far (VmHWM of /proc/pid/status), in KiB. */
        long peakRssKiB() {
            if (!alive()) {
                return -1;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                // gone
            }
            return -1;
        }

        synchronized void stop() {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            log("   stopped %s (pid %d)", name, process.pid());
        }
    }

    /**
     * With --profile: a thread dump of each side twice a second, by SIGQUIT (the JVM writes it to its own log
     * without an attach, so sampling costs the machine next to nothing; jcmd Thread.print gives the same dump),
     * and, per phase and side, the hottest frames of the runnable threads in profile/summary.txt.
     */
    static final class Profiler {
        record Range(String phase, String side, Path log, long from, long to) {
        }

        private final Path folder;
        private volatile Side[] sides = new Side[0];
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Range> ranges = new ArrayList<>();
        private String phase = "start";
        private final Map<String, Long> openedAt = new HashMap<>();

        Profiler(Path folder) throws IOException {
            this.folder = folder;
            Files.createDirectories(folder);
            Thread thread = new Thread(this::loop, "profiler");
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void watch(Side... sides) {
            close();
            this.sides = sides;
            open();
        }

        synchronized void phase(String name) {
            close();
            phase = name;
            open();
        }

        synchronized void stop() {
            if (running.getAndSet(false)) {
                close();
            }
        }

        private void open() {
            for (Side side : sides) {
                openedAt.put(side.logFile().toString(), size(side.logFile()));
            }
        }

        private void close() {
            for (Side side : sides) {
                Long from = openedAt.remove(side.logFile().toString());
                if (from != null) {
                    ranges.add(new Range(phase, side.name, side.logFile(), from, size(side.logFile())));
                }
            }
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }

        private void loop() {
            while (running.get()) {
                for (Side side : sides) {
                    if (side.alive()) {
                        try {
                            new ProcessBuilder("kill", "-QUIT", Long.toString(side.pid())).start().waitFor(5, TimeUnit.SECONDS);
                        } catch (IOException | InterruptedException e) {
                            return;
                        }
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Counts, per phase and side, the top frame and the first project frame of every runnable thread. */
        void summarise() throws IOException {
            StringBuilder out = new StringBuilder("Thread dumps of both sides, twice a second. Per phase and side: each "
                    + "busy thread's top frame  <=  its innermost frame of the product, Axon, Hikari or Jackson, by how "
                    + "often seen. Top frames Net.poll, SocketDispatcher.read0 and FileDispatcherImpl.write0 under JDBC are "
                    + "round trips to PostgreSQL; StackTraceElement/fillInStackTrace under AxonTimeLimitedTask is Axon's "
                    + "handler timeout capturing a stack trace per handler call; Thread.yield under com.zaxxer is a thread "
                    + "waiting for a pooled connection.\n\n");
            // one section per phase and side, even where the query side was replaced within a phase
            Map<String, List<Range>> sections = new LinkedHashMap<>();
            for (Range range : ranges) {
                if (range.to() > range.from()) {
                    sections.computeIfAbsent(range.phase() + " / " + range.side(), k -> new ArrayList<>()).add(range);
                }
            }
            for (var section : sections.entrySet()) {
                Map<String, Integer> counts = new HashMap<>();
                int runnable = 0;
                int dumpCount = 0;
                for (Range range : section.getValue()) {
                    byte[] bytes;
                    try (var file = java.nio.channels.FileChannel.open(range.log())) {
                        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, range.to() - range.from()));
                        file.read(buffer, range.from());
                        bytes = buffer.array();
                    }
                    String[] dumps = new String(bytes, StandardCharsets.UTF_8).split("Full thread dump");
                    dumpCount += dumps.length - 1;
                    for (int d = 1; d < dumps.length; d++) {
                        String dump = dumps[d];
                        int end = dump.indexOf("JNI global refs");
                        for (String block : (end > 0 ? dump.substring(0, end) : dump).split("\n\n")) {
                            if (!block.contains("java.lang.Thread.State: RUNNABLE")) {
                                continue;
                            }
                            List<String> frames = block.lines().map(String::strip).filter(l -> l.startsWith("at ")).toList();
                            if (frames.isEmpty() || idle(frames.get(0))) {
                                continue;
                            }
                            runnable++;
                            String inner = frames.stream().filter(f -> f.startsWith("at id.kerjasama") || f.startsWith("at org.axonframework")
                                    || f.startsWith("at com.zaxxer") || f.startsWith("at com.fasterxml")).findFirst().orElse("-");
                            String entry = name(frames.get(0)) + "  <=  " + name(inner);
                            counts.merge(entry, 1, Integer::sum);
                        }
                    }
                }
                out.append(String.format("== %s: %d dumps, %d busy-thread samples%n", section.getKey(), dumpCount, runnable));
                int total = Math.max(1, runnable);
                counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                        .forEach(e -> out.append(String.format("%5d %4.0f%%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey())));
                out.append('\n');
            }
            Files.writeString(folder.resolve("summary.txt"), out);
            log("profile summary: %s", folder.resolve("summary.txt"));
        }

        private static String name(String frame) {
            return frame.replaceFirst("^at ", "").replaceAll("\\(.*", "");
        }

        /** Threads that are RUNNABLE only in name: selectors, acceptors, the reference handler. */
        private static boolean idle(String frame) {
            return frame.contains("EPoll.wait") || frame.contains("epollWait") || frame.contains("accept")
                    || frame.contains("waitForReferencePendingList");
        }
    }

    /**
     * Who used the CPU during a phase, from /proc: this benchmark and both sides, every PostgreSQL process (of any
     * database), and everything else on the machine (other engineers' builds and tests), in cores (CPU-seconds per
     * second). Approximate: processes that start and end inside a phase count as "everything else".
     */
    static final class Cpu {
        record Sample(long nanos, long busy, Map<Long, Long> ours, Map<Long, Long> postgres) {
            Usage since(Sample before) {
                double seconds = (nanos - before.nanos) / 1e9;
                double tick = 100.0; // USER_HZ
                double busyCores = (busy - before.busy) / tick / seconds;
                double ourCores = delta(ours, before.ours) / tick / seconds;
                double pgCores = delta(postgres, before.postgres) / tick / seconds;
                return new Usage(round2(ourCores), round2(pgCores), round2(Math.max(0, busyCores - ourCores - pgCores)),
                        round2(busyCores));
            }

            private static long delta(Map<Long, Long> now, Map<Long, Long> then) {
                long sum = 0;
                for (var e : now.entrySet()) {
                    sum += e.getValue() - then.getOrDefault(e.getKey(), 0L);
                }
                return sum;
            }
        }

        record Usage(double ours, double postgres, double other, double total) {
            Map<String, Object> asMap() {
                return Json.obj("benchmarkAndSides", ours, "postgres", postgres, "everythingElse", other, "total", total);
            }
        }

        static double round2(double v) {
            return Math.round(v * 100) / 100.0;
        }

        static Sample sample(List<Long> ourPids) {
            long busy = 0;
            Map<Long, Long> ours = new HashMap<>();
            Map<Long, Long> postgres = new HashMap<>();
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(cpu[i]);
                }
                try (var dirs = Files.list(Path.of("/proc"))) {
                    for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                        long pid = Long.parseLong(dir.getFileName().toString());
                        String stat;
                        try {
                            stat = Files.readString(dir.resolve("stat"));
                        } catch (IOException gone) {
                            continue;
                        }
                        int close = stat.lastIndexOf(')');
                        String comm = stat.substring(stat.indexOf('(') + 1, close);
                        String[] f = stat.substring(close + 2).split(" ");
                        long jiffies = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        if (ourPids.contains(pid)) {
                            ours.put(pid, jiffies);
                        } else if (comm.startsWith("postgres")) {
                            postgres.put(pid, jiffies);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: no accounting
            }
            return new Sample(System.nanoTime(), busy, ours, postgres);
        }
    }

    // ================================================================================================ JDBC

    /** A row of domain_event_entry as the command side stored it. */
    record StoredRow(long sequence, String type, String timestamp, String payloadType, String payloadRevision,
                     String payload, String metaData) {
    }

    static final class Db implements AutoCloseable {
        private final String url;
        private final String user;
        private final String password;
        private final Connection connection;
        private final AtomicBoolean waitingLogged = new AtomicBoolean();

        Db(String url, String user, String password) throws SQLException {
            this.url = url;
            this.user = user;
            this.password = password;
            this.connection = connect();
        }

        /** A connection; waits up to a minute while the server has no slot free (others' tests share it). */
        private Connection connect() throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            props.setProperty("reWriteBatchedInserts", "true");
            props.setProperty("ApplicationName", "kerjasama-bench");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try {
                    return DriverManager.getConnection(url, props);
                } catch (SQLException e) {
                    if (!"53300".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    if (!waitingLogged.getAndSet(true)) {
                        log("   PostgreSQL has no connection slot free (max_connections, shared with other work): waiting");
                    }
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }

        synchronized long count(String sql) throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        synchronized void execute(String sql) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
        }

        synchronized String serverVersion() throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                return rs.getString(1);
            }
        }

        /** Statements running for this database right now, other than this connection's. */
        synchronized long activeStatements() throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** {cooperations in the read model, events they reflect (the sum of version + 1)}. */
        synchronized long[] readModelState() throws SQLException {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(version + 1), 0) FROM query.cooperation")) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2)};
            }
        }

        /** {index scans, rows inserted, updated, deleted} over the tables of schema query, and commits of the database. */
        synchronized long[] queryTableStats() throws SQLException {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(idx_scan), 0), COALESCE(SUM(n_tup_ins), 0), "
                         + "COALESCE(SUM(n_tup_upd), 0), COALESCE(SUM(n_tup_del), 0), "
                         + "(SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()) "
                         + "FROM pg_stat_user_tables WHERE schemaname = 'query'")) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
            }
        }

        synchronized List<StoredRow> rowsOf(String aggregateId) throws SQLException {
            List<StoredRow> rows = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT sequence_number, type, time_stamp, payload_type, "
                    + "payload_revision, payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "ORDER BY sequence_number")) {
                s.setString(1, aggregateId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), new String(rs.getBytes(6), StandardCharsets.UTF_8),
                                rs.getBytes(7) == null ? null : new String(rs.getBytes(7), StandardCharsets.UTF_8)));
                    }
                }
            }
            return rows;
        }

        synchronized List<String> timestampsOf(String aggregateId) throws SQLException {
            List<String> result = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
                s.setString(1, aggregateId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
            }
            return result;
        }

        /** region, type, stage, title of every cooperation in the read model, in id order. */
        synchronized List<String[]> registrySample() throws SQLException {
            List<String[]> rows = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT region_code, type, stage, title FROM query.cooperation ORDER BY id")) {
                while (rs.next()) {
                    rows.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            return rows;
        }

        record InsertResult(long rows, double seconds, Latencies latencies) {
        }

        static final String INSERT = "INSERT INTO %s (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

        /**
         * Inserts the next {@code limit} rows with their links in event_chain, computed here from the canonical form
         * of docs/AUDIT-CHAIN.md (an implementation independent of the product's), in batches of 1,000.
         */
        long insertChained(Iterator<Synthetic.Row> rows, long limit) throws Exception {
            Map<String, byte[]> heads = new HashMap<>();
            long inserted = 0;
            try (Connection c = connect(); PreparedStatement event = c.prepareStatement(INSERT.formatted("domain_event_entry"));
                 PreparedStatement link = c.prepareStatement("INSERT INTO event_chain (aggregate_identifier, "
                         + "sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
                c.setAutoCommit(false);
                while (inserted < limit && rows.hasNext()) {
                    Synthetic.Row row = rows.next();
                    bind(event, row);
                    byte[] previous = row.sequence() == 0 ? new byte[32] : heads.get(row.aggregateId());
                    byte[] hash = AuditChain.hash(row, previous);
                    heads.put(row.aggregateId(), hash);
                    link.setString(1, row.aggregateId());
                    link.setLong(2, row.sequence());
                    link.setString(3, row.eventId());
                    link.setBytes(4, previous);
                    link.setBytes(5, hash);
                    link.addBatch();
                    if (++inserted % 1000 == 0) {
                        event.executeBatch();
                        link.executeBatch();
                        c.commit();
                    }
                }
                event.executeBatch();
                link.executeBatch();
                c.commit();
            }
            return inserted;
        }

        /**
         * Links every stored event that has no chain link yet, in chain order after its cooperation's head, with the
         * hash computed here as in {@link #insertChained}: what the command side would have written had it appended
         * them. One connection reads (a cursor), another writes in batches of 1,000.
         */
        long chainUnchained() throws Exception {
            Map<String, byte[]> heads = new HashMap<>();
            long linked = 0;
            try (Connection read = connect(); Connection write = connect();
                 PreparedStatement link = write.prepareStatement("INSERT INTO event_chain (aggregate_identifier, "
                         + "sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
                read.setAutoCommit(false);
                write.setAutoCommit(false);
                try (Statement s = read.createStatement(); ResultSet rs = s.executeQuery("SELECT c.aggregate_identifier, "
                        + "c.hash FROM event_chain c JOIN (SELECT aggregate_identifier, MAX(sequence_number) AS head "
                        + "FROM event_chain GROUP BY aggregate_identifier) h ON c.aggregate_identifier = h.aggregate_identifier "
                        + "AND c.sequence_number = h.head")) {
                    while (rs.next()) {
                        heads.put(rs.getString(1), rs.getBytes(2));
                    }
                }
                try (Statement s = read.createStatement()) {
                    s.setFetchSize(1000);
                    try (ResultSet rs = s.executeQuery("SELECT event_identifier, aggregate_identifier, sequence_number, type, "
                            + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry e "
                            + "WHERE NOT EXISTS (SELECT 1 FROM event_chain l WHERE l.aggregate_identifier = e.aggregate_identifier "
                            + "AND l.sequence_number = e.sequence_number) ORDER BY aggregate_identifier, sequence_number")) {
                        while (rs.next()) {
                            Synthetic.Row row = new Synthetic.Row(rs.getString(1), rs.getString(2), rs.getLong(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8),
                                    rs.getBytes(9));
                            byte[] previous = row.sequence() == 0 ? new byte[32] : heads.get(row.aggregateId());
                            if (previous == null) {
                                throw new IllegalStateException("No chain head before event " + row.sequence() + " of " + row.aggregateId());
                            }
                            byte[] hash = AuditChain.hash(row, previous);
                            heads.put(row.aggregateId(), hash);
                            link.setString(1, row.aggregateId());
                            link.setLong(2, row.sequence());
                            link.setString(3, row.eventId());
                            link.setBytes(4, previous);
                            link.setBytes(5, hash);
                            link.addBatch();
                            if (++linked % 1000 == 0) {
                                link.executeBatch();
                                write.commit();
                            }
                        }
                    }
                }
                link.executeBatch();
                write.commit();
                read.commit();
            }
            return linked;
        }

        /** Adds {@code row} to a batch of {@link #INSERT}. */
        private static void bind(PreparedStatement insert, Synthetic.Row row) throws SQLException {
            insert.setString(1, row.eventId());
            insert.setString(2, row.aggregateId());
            insert.setLong(3, row.sequence());
            insert.setString(4, row.type());
            insert.setString(5, row.timestamp());
            insert.setString(6, row.payloadType());
            insert.setString(7, row.payloadRevision());
            insert.setBytes(8, row.payload());
            insert.setBytes(9, row.metaData());
            insert.addBatch();
        }

        /** Reads every stored event and chain link with all their columns, as a verifier must: rows read per second. */
        double rawReadRate() throws SQLException {
            long start = System.nanoTime();
            long events = 0;
            try (Connection c = connect(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                        + "ORDER BY aggregate_identifier, sequence_number")) {
                    while (rs.next()) {
                        events++;
                        for (int column = 1; column <= 9; column++) {
                            rs.getObject(column);
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT aggregate_identifier, sequence_number, event_identifier, "
                        + "previous_hash, hash FROM event_chain ORDER BY aggregate_identifier, sequence_number")) {
                    while (rs.next()) {
                        for (int column = 1; column <= 5; column++) {
                            rs.getObject(column);
                        }
                    }
                }
                c.commit();
            }
            return events / ((System.nanoTime() - start) / 1e9);
        }

        /** Inserts the synthetic rows in batches of 1,000, one transaction each; generation runs on another thread. */
        InsertResult insertBatched(Iterator<Synthetic.Row> remaining) throws Exception {
            BlockingQueue<List<Synthetic.Row>> queue = new ArrayBlockingQueue<>(8);
            List<Synthetic.Row> end = List.of();
            Thread producer = new Thread(() -> {
                try {
                    List<Synthetic.Row> batch = new ArrayList<>(1000);
                    for (Synthetic.Row row : (Iterable<Synthetic.Row>) () -> remaining) {
                        batch.add(row);
                        if (batch.size() == 1000) {
                            queue.put(batch);
                            batch = new ArrayList<>(1000);
                        }
                    }
                    if (!batch.isEmpty()) {
                        queue.put(batch);
                    }
                    queue.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "generator");
            producer.setDaemon(true);
            producer.start();
            long rows = 0;
            long start = System.nanoTime();
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement(INSERT.formatted("domain_event_entry"))) {
                c.setAutoCommit(false);
                while (true) {
                    List<Synthetic.Row> batch = queue.take();
                    if (batch == end) {
                        break;
                    }
                    for (Synthetic.Row row : batch) {
                        bind(s, row);
                    }
                    s.executeBatch();
                    c.commit();
                    rows += batch.size();
                }
            }
            return new InsertResult(rows, (System.nanoTime() - start) / 1e9, new Latencies());
        }

        /**
         * 32 connections (one thread each) insert and commit one row at a time into a copy of domain_event_entry's
         * shape for a fixed time: what PostgreSQL allows for single-event commands on this machine.
         */
        InsertResult rawCommits(int connections, Duration duration) throws Exception {
            StoredRow template;
            execute("DROP TABLE IF EXISTS bench_commit_probe");
            execute("CREATE TABLE bench_commit_probe (LIKE domain_event_entry INCLUDING ALL)");
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sequence_number, type, time_stamp, payload_type, payload_revision, "
                         + "payload, meta_data FROM domain_event_entry WHERE payload_type LIKE '%.CooperationInitiated' "
                         + "ORDER BY global_index DESC LIMIT 1")) {
                rs.next();
                template = new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        new String(rs.getBytes(6), StandardCharsets.UTF_8), new String(rs.getBytes(7), StandardCharsets.UTF_8));
            }
            ExecutorService pool = Executors.newFixedThreadPool(connections, daemon("jdbc"));
            CountDownLatch ready = new CountDownLatch(connections);
            CountDownLatch go = new CountDownLatch(1);
            long[] window = new long[2];
            AtomicLong rows = new AtomicLong();
            Latencies latencies = new Latencies();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                futures.add(pool.submit(() -> {
                    Connection opened;
                    try {
                        opened = connect();
                    } finally {
                        ready.countDown();
                    }
                    try (Connection c = opened; PreparedStatement s = c.prepareStatement(INSERT.formatted("bench_commit_probe"))) {
                        c.setAutoCommit(true);
                        Latencies own = new Latencies();
                        go.await();
                        while (System.nanoTime() < window[1]) {
                            String id = UUID.randomUUID().toString();
                            String payload = template.payload().replaceAll(UUIDS.pattern(), id);
                            s.setString(1, UUID.randomUUID().toString());
                            s.setString(2, id);
                            s.setLong(3, 0);
                            s.setString(4, template.type());
                            s.setString(5, Synthetic.TIME.format(Instant.now()));
                            s.setString(6, template.payloadType());
                            s.setString(7, template.payloadRevision());
                            s.setBytes(8, payload.getBytes(StandardCharsets.UTF_8));
                            s.setBytes(9, template.metaData().getBytes(StandardCharsets.UTF_8));
                            long t0 = System.nanoTime();
                            s.executeUpdate();
                            own.add(System.nanoTime() - t0);
                            rows.incrementAndGet();
                        }
                        latencies.addAll(own);
                    }
                    return null;
                }));
            }
            awaitReady(ready, futures, go, window);
            window[0] = System.nanoTime();
            window[1] = window[0] + duration.toNanos();
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - window[0]) / 1e9;
            pool.shutdown();
            execute("DROP TABLE bench_commit_probe");
            return new InsertResult(rows.get(), seconds, latencies);
        }

        /** Appends copies of the aggregate's last event (new id, next sequence, 1 ms apart) until it has {@code length}. */
        synchronized void extendWithCopiesOfLast(String aggregateId, int length) throws SQLException {
            List<StoredRow> rows = rowsOf(aggregateId);
            StoredRow last = rows.get(rows.size() - 1);
            Instant time = Synthetic.parse(last.timestamp());
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            // each copy is linked in event_chain as the command side would have linked it: it refuses to append after
            // an unchained event
            byte[] previous;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT hash FROM event_chain WHERE aggregate_identifier = ? AND sequence_number = ?")) {
                head.setString(1, aggregateId);
                head.setLong(2, last.sequence());
                try (ResultSet rs = head.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No chain link for event " + last.sequence() + " of " + aggregateId);
                    }
                    previous = rs.getBytes(1);
                }
            }
            try (PreparedStatement s = connection.prepareStatement(INSERT.formatted("domain_event_entry"));
                 PreparedStatement link = connection.prepareStatement("INSERT INTO event_chain (aggregate_identifier, "
                         + "sequence_number, event_identifier, previous_hash, hash) VALUES (?, ?, ?, ?, ?)")) {
                byte[] payload = last.payload().getBytes(StandardCharsets.UTF_8);
                byte[] meta = last.metaData() == null ? null : last.metaData().getBytes(StandardCharsets.UTF_8);
                for (long seq = last.sequence() + 1; seq < length; seq++) {
                    time = time.plusMillis(1);
                    Synthetic.Row row = new Synthetic.Row(UUID.randomUUID().toString(), aggregateId, seq, last.type(),
                            Synthetic.TIME.format(time), last.payloadType(), last.payloadRevision(), payload, meta);
                    bind(s, row);
                    byte[] hash = AuditChain.hash(row, previous);
                    link.setString(1, aggregateId);
                    link.setLong(2, seq);
                    link.setString(3, row.eventId());
                    link.setBytes(4, previous);
                    link.setBytes(5, hash);
                    link.addBatch();
                    previous = hash;
                    if (seq % 1000 == 0) {
                        s.executeBatch();
                        link.executeBatch();
                    }
                }
                s.executeBatch();
                link.executeBatch();
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e instanceof SQLException sql ? sql : new SQLException("Cannot extend " + aggregateId, e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }

        void awaitSnapshots(List<String> aggregateIds, Duration limit) throws Exception {
            if (aggregateIds.isEmpty()) {
                return;
            }
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                long have;
                synchronized (this) {
                    try (PreparedStatement s = connection.prepareStatement(
                            "SELECT COUNT(DISTINCT aggregate_identifier) FROM snapshot_event_entry WHERE aggregate_identifier = ANY (?)")) {
                        s.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            have = rs.getLong(1);
                        }
                    }
                }
                if (have >= aggregateIds.size()) {
                    return;
                }
                Thread.sleep(200);
            }
            log("   not every long history had a snapshot within %d s", limit.toSeconds());
        }

        @Override
        public synchronized void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }

    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    // ================================================================================================ templates

    /** Markers the template cooperations carry where every synthetic copy has its own value. */
    enum Marker {
        TITLE("XTITLEX"), PARTNER("XPARTNERX"), UNIT("XUNITX"), HEAD("XHEADX"), OFFICER("XOFFICERX"),
        OBJECTIVE("XOBJECTIVEX"), TOPIC("XTOPICX"), REGION_NAME("XREGIONNAMEX"), ACTOR("xactorx"),
        AFFAIR("\"" + Spec.TEMPLATE_AFFAIR + "\""), REGION("\"" + Spec.TEMPLATE_REGION + "\""),
        PARTNER_REGION("\"" + Spec.TEMPLATE_PARTNER_REGION + "\"");

        final String text;

        Marker(String text) {
            this.text = text;
        }
    }

    /** A text cut at its markers and UUIDs: literal[0] slot[0] literal[1] ... literal[n]. */
    record Cut(String[] literals, int[] slots) {
        static final Pattern SLOTS = Pattern.compile(Arrays.stream(Marker.values()).map(m -> Pattern.quote(m.text))
                .reduce((a, b) -> a + "|" + b).orElseThrow() + "|" + UUIDS.pattern());

        /** Slots 0..markers-1 are markers; from there on, the n-th distinct UUID of the template. */
        static Cut of(String text, Map<String, Integer> uuids) {
            List<String> literals = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            Matcher m = SLOTS.matcher(text);
            int at = 0;
            while (m.find()) {
                literals.add(text.substring(at, m.start()));
                String found = m.group();
                int slot = -1;
                for (Marker marker : Marker.values()) {
                    if (marker.text.equals(found)) {
                        slot = marker.ordinal();
                    }
                }
                if (slot < 0) {
                    slot = Marker.values().length + uuids.computeIfAbsent(found, k -> uuids.size());
                }
                slots.add(slot);
                at = m.end();
            }
            literals.add(text.substring(at));
            return new Cut(literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
        }

        byte[] fill(String[] values) {
            StringBuilder out = new StringBuilder(literals[0].length() * 2);
            for (int i = 0; i < slots.length; i++) {
                out.append(literals[i]).append(values[slots[i]]);
            }
            return out.append(literals[slots.length]).toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    record TemplateEvent(String type, String payloadType, String payloadRevision, Cut payload, Cut metaData) {
    }

    /** A command of a template, cut at the same markers and UUIDs as its events. */
    record TemplateStep(String name, Cut path, String actorId, String role, Cut body) {
    }

    /**
     * The stored events of a template cooperation and the commands that wrote them, one event per command, so
     * that a synthetic copy can be continued from wherever its history stops.
     */
    record Template(String name, List<TemplateEvent> events, List<TemplateStep> steps, int uuidCount, int weight,
                    boolean regionalPartner) {
        static Template of(String name, String cooperationId, List<StoredRow> rows, List<Step> commands, int weight) {
            Map<String, Integer> uuids = new HashMap<>();
            List<TemplateEvent> events = new ArrayList<>();
            boolean regional = false;
            for (StoredRow row : rows) {
                events.add(new TemplateEvent(row.type(), row.payloadType(), row.payloadRevision(), Cut.of(row.payload(), uuids),
                        row.metaData() == null ? null : Cut.of(row.metaData(), uuids)));
                regional |= row.payload().contains(Marker.PARTNER_REGION.text);
            }
            List<TemplateStep> steps = new ArrayList<>();
            if (commands.size() == rows.size()) {
                for (Step step : commands) {
                    steps.add(new TemplateStep(step.name(), Cut.of(step.path(cooperationId), uuids), step.actor().id(),
                            step.actor().role(), step.body() == null ? null : Cut.of(step.body(), uuids)));
                }
            }
            return new Template(name, events, steps, uuids.size(), weight, regional);
        }

        /** The {@code k}-th command of this template for a copy with these values. */
        Step step(int k, String[] values) {
            TemplateStep t = steps.get(k);
            String region = values[Marker.REGION.ordinal()].replace("\"", "");
            return new Step(t.name(), new String(t.path().fill(values), StandardCharsets.UTF_8),
                    new Actor(t.actorId().replace(Marker.ACTOR.text, values[Marker.ACTOR.ordinal()]), t.role(), region),
                    t.body() == null ? null : new String(t.body().fill(values), StandardCharsets.UTF_8));
        }
    }

    /**
     * The synthetic event store of figure 2: {@code cooperations} copies of the templates, each a prefix of one
     * template's history (so each stands at some stage), with {@code events} events in all, written in blocks of
     * 1,000 cooperations whose events interleave round by round, times spread over the past year.
     */
    /** The event hash of docs/AUDIT-CHAIN.md, written from that document alone (not from the product's code). */
    static final class AuditChain {
        private AuditChain() {
        }

        static byte[] hash(Synthetic.Row row, byte[] previous) throws Exception {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256 + row.payload().length);
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            text(out, "kerjasama.event.v1");
            text(out, row.eventId());
            text(out, row.aggregateId());
            out.writeLong(row.sequence());
            text(out, row.type());
            text(out, row.payloadType());
            text(out, row.payloadRevision());
            text(out, row.timestamp());
            bytes(out, row.payload());
            bytes(out, row.metaData());
            bytes(out, previous);
            return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
        }

        private static void text(java.io.DataOutputStream out, String text) throws IOException {
            bytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        private static void bytes(java.io.DataOutputStream out, byte[] value) throws IOException {
            if (value == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(value.length);
                out.write(value);
            }
        }
    }

    static final class Synthetic {
        static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        static final int BLOCK = 1000;

        record Row(String eventId, String aggregateId, long sequence, String type, String timestamp, String payloadType,
                   String payloadRevision, byte[] payload, byte[] metaData) {
        }

        final List<Template> templates;
        final World world;
        final int events;
        final int cooperations;
        final long seed;
        final byte[] templateOf;
        final int[] length;

        Synthetic(List<Template> templates, World world, int events, int cooperations, long seed) {
            this.templates = templates;
            this.world = world;
            this.events = events;
            this.cooperations = cooperations;
            this.seed = seed;
            this.templateOf = new byte[cooperations];
            this.length = new int[cooperations];
            SplittableRandom random = new SplittableRandom(seed ^ 0x2E8);
            int totalWeight = templates.stream().mapToInt(Template::weight).sum();
            long sum = 0;
            for (int i = 0; i < cooperations; i++) {
                int pick = random.nextInt(totalWeight);
                int t = 0;
                while (pick >= templates.get(t).weight()) {
                    pick -= templates.get(t++).weight();
                }
                templateOf[i] = (byte) t;
                length[i] = 1 + random.nextInt(templates.get(t).events().size());
                sum += length[i];
            }
            // trim or extend random cooperations until the events add up exactly
            int guard = 0;
            while (sum != events && guard++ < 100_000_000) {
                int i = random.nextInt(cooperations);
                if (sum > events && length[i] > 1) {
                    length[i]--;
                    sum--;
                } else if (sum < events && length[i] < templates.get(templateOf[i]).events().size()) {
                    length[i]++;
                    sum++;
                }
            }
        }

        Iterator<Row> rows() {
            return new Iterator<>() {
                final Instant first = Instant.now().minus(Duration.ofDays(400));
                final long step = Duration.ofDays(365).toMillis() * 1000 / Math.max(1, events); // microseconds
                int block = 0;
                String[][] values;
                int round;
                int inBlock;
                long emitted;
                Row next = advance();

                private Row advance() {
                    while (block * BLOCK < cooperations) {
                        int from = block * BLOCK;
                        int to = Math.min(cooperations, from + BLOCK);
                        if (values == null) {
                            values = new String[to - from][];
                            for (int i = from; i < to; i++) {
                                values[i - from] = valuesFor(i);
                            }
                            round = 0;
                            inBlock = 0;
                        }
                        while (true) {
                            if (inBlock == to - from) {
                                inBlock = 0;
                                round++;
                                boolean any = false;
                                for (int i = from; i < to && !any; i++) {
                                    any = length[i] > round;
                                }
                                if (!any) {
                                    break;
                                }
                            }
                            int i = from + inBlock++;
                            if (round < length[i]) {
                                TemplateEvent e = templates.get(templateOf[i]).events().get(round);
                                String[] v = values[i - from];
                                Instant at = first.plusNanos(emitted++ * step * 1000);
                                return new Row(UUID.randomUUID().toString(), v[Marker.values().length], round, e.type(),
                                        TIME.format(at), e.payloadType(), e.payloadRevision(), e.payload().fill(v),
                                        e.metaData() == null ? null : e.metaData().fill(v));
                            }
                        }
                        values = null;
                        block++;
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    Row row = next;
                    next = advance();
                    return row;
                }
            };
        }

        /** The marker values and fresh UUIDs of synthetic cooperation i (slot Marker.count is its id). */
        String[] valuesFor(int i) {
            Template template = templates.get(templateOf[i]);
            SplittableRandom random = new SplittableRandom(World.mix(seed, i));
            Spec spec = world.spec(random, template.regionalPartner() ? CooperationType.KSDD_VOLUNTARY
                    : template.name().startsWith("synergy") ? CooperationType.SYNERGY : CooperationType.KSDPK, i);
            String[] v = new String[Marker.values().length + template.uuidCount()];
            v[Marker.TITLE.ordinal()] = spec.title;
            v[Marker.PARTNER.ordinal()] = spec.partnerName;
            v[Marker.UNIT.ordinal()] = spec.unit;
            v[Marker.HEAD.ordinal()] = spec.headName;
            v[Marker.OFFICER.ordinal()] = spec.officerName;
            v[Marker.OBJECTIVE.ordinal()] = spec.objective;
            v[Marker.TOPIC.ordinal()] = spec.topic;
            v[Marker.REGION_NAME.ordinal()] = spec.region.name();
            v[Marker.AFFAIR.ordinal()] = "\"" + spec.affairs.get(0) + "\"";
            v[Marker.ACTOR.ordinal()] = spec.actorPrefix;
            v[Marker.REGION.ordinal()] = "\"" + spec.region.code() + "\"";
            v[Marker.PARTNER_REGION.ordinal()] = "\"" + (spec.partnerRegion == null ? spec.region.code() : spec.partnerRegion.code()) + "\"";
            for (int u = 0; u < template.uuidCount(); u++) {
                v[Marker.values().length + u] = World.uuid(random);
            }
            // the first UUID of every template is its cooperation id (the first token of its first payload)
            return v;
        }

        static Instant parse(String timestamp) {
            return Instant.parse(timestamp);
        }
    }

    // ================================================================================================ data

    enum CooperationType { KSDD_VOLUNTARY, KSDPK, SYNERGY }

    enum Variant { NORMAL, DPRD, WITHDRAW, REJECT }

    record Region(String code, String province, String name) {
        String place() {
            return name.replaceFirst("^(Kabupaten|Kota) ", "");
        }
    }

    /** One cooperation's content and people, deterministic from its seed. */
    static final class Spec {
        static final String TEMPLATE_REGION = "11.01";
        static final String TEMPLATE_PARTNER_REGION = "11.02";
        static final String TEMPLATE_AFFAIR = "CRYPTOGRAPHY";

        String shape;
        long seed;
        String id;
        CooperationType type;
        Variant variant = Variant.NORMAL;
        Region region;
        Region partnerRegion;
        String partnerKind;
        String partnerName;
        String partnerParent;
        String title;
        String unit;
        String objective;
        String headName;
        String officerName;
        String actorPrefix;
        List<String> affairs;
        String topic;

        Actor officer() {
            return new Actor(actorPrefix + "-pejabat-unit", "UNIT_OFFICER", region.code());
        }

        Actor tkksd() {
            return new Actor(actorPrefix + "-tkksd", "TKKSD_MEMBER", region.code());
        }

        Actor secretariat() {
            return new Actor(actorPrefix + "-bagian-kerja-sama", "SECRETARIAT", region.code());
        }

        Actor head() {
            return new Actor(actorPrefix + "-kepala-daerah", "REGIONAL_HEAD", region.code());
        }

        static Spec template(String shape, CooperationType type, String partnerKind, Variant variant) {
            Spec s = new Spec();
            s.shape = shape;
            s.seed = shape.hashCode();
            s.id = UUID.nameUUIDFromBytes(("kerjasama-bench-template-" + shape).getBytes(StandardCharsets.UTF_8)).toString();
            s.type = type;
            s.variant = variant;
            s.region = new Region(TEMPLATE_REGION, "11", Marker.REGION_NAME.text);
            s.partnerKind = partnerKind;
            s.partnerRegion = partnerKind.equals("REGION") ? new Region(TEMPLATE_PARTNER_REGION, "11", "Kabupaten Aceh Tenggara") : null;
            s.partnerName = Marker.PARTNER.text;
            s.partnerParent = partnerKind.equals("VERTICAL_AGENCY") ? "Kementerian Kesehatan" : null;
            s.title = Marker.TITLE.text;
            s.unit = Marker.UNIT.text;
            s.objective = Marker.OBJECTIVE.text;
            s.headName = Marker.HEAD.text;
            s.officerName = Marker.OFFICER.text;
            s.actorPrefix = Marker.ACTOR.text;
            s.affairs = List.of(TEMPLATE_AFFAIR);
            s.topic = Marker.TOPIC.text;
            return s;
        }

        /** The same people and region, as a synergy that the benchmark imports with a signed NK. */
        Spec asImportedSynergy() {
            type = CooperationType.SYNERGY;
            partnerKind = "VERTICAL_AGENCY";
            partnerRegion = null;
            partnerName = "Balai Besar Pelaksanaan Jalan Nasional " + region.place();
            partnerParent = "Kementerian Pekerjaan Umum";
            return this;
        }
    }

    /** Regions of the Ministry's list, and realistic names, topics and partners drawn from them. */
    static final class World {
        final List<Region> regions = new ArrayList<>();

        static final String[][] TOPICS = {
                {"HEALTH", "peningkatan mutu layanan kesehatan"}, {"HEALTH", "rujukan pasien dan layanan kesehatan ibu dan anak"},
                {"EDUCATION", "peningkatan mutu pendidikan dasar"}, {"EDUCATION", "beasiswa dan pengembangan tenaga pendidik"},
                {"PUBLIC_WORKS_AND_SPATIAL_PLANNING", "pembangunan jalan penghubung antarwilayah"},
                {"PUBLIC_WORKS_AND_SPATIAL_PLANNING", "penyediaan air minum regional"},
                {"ENVIRONMENT", "pengelolaan sampah regional"}, {"TOURISM", "pengembangan destinasi pariwisata"},
                {"AGRICULTURE", "peningkatan produksi dan pemasaran hasil pertanian"},
                {"MARINE_AND_FISHERIES", "pengelolaan perikanan tangkap"}, {"TRANSPORT", "angkutan umum antarwilayah"},
                {"COMMUNICATION_AND_INFORMATICS", "pengembangan sistem pemerintahan berbasis elektronik"},
                {"INVESTMENT", "promosi dan fasilitasi investasi daerah"},
                {"COOPERATIVES_AND_SMALL_BUSINESS", "pemberdayaan koperasi dan UMKM"},
                {"CIVIL_REGISTRATION", "pelayanan administrasi kependudukan"}, {"SOCIAL_AFFAIRS", "penanganan kemiskinan"},
                {"LABOUR", "pelatihan vokasi dan penempatan tenaga kerja"}, {"FOOD", "ketahanan pangan daerah"},
                {"ENERGY_AND_MINERAL_RESOURCES", "pemanfaatan energi terbarukan"}, {"CULTURE", "pelestarian cagar budaya"},
        };
        static final String[] FIRST = {"Budi", "Siti", "Agus", "Dewi", "Rahmat", "Sri", "Andi", "Nur", "Hendra", "Ratna",
                "Yusuf", "Fitri", "Bambang", "Wahyu", "Indah", "Teguh", "Ayu", "Made", "Ketut", "Putu", "Rizky", "Anisa",
                "Joko", "Lestari", "Darmawan", "Yohanes", "Maria", "Abdul", "Hasanah", "Ferdinand"};
        static final String[] LAST = {"Santoso", "Wijaya", "Hidayat", "Saputra", "Lestari", "Siregar", "Nasution", "Harahap",
                "Simanjuntak", "Pratama", "Kurniawan", "Rahayu", "Setiawan", "Gunawan", "Sihombing", "Tanjung", "Lubis",
                "Manurung", "Daulay", "Utomo", "Wibowo", "Susanto", "Pangaribuan", "Mahendra", "Syahputra", "Rangkuti"};
        static final String[] WORDS = {"Sinar", "Abadi", "Nusantara", "Mitra", "Karya", "Sejahtera", "Mandiri", "Jaya",
                "Bumi", "Cahaya", "Prima", "Sentosa", "Makmur", "Utama", "Agung", "Samudra", "Indah", "Persada", "Lestari",
                "Harapan", "Bersama", "Maju", "Gemilang", "Perkasa", "Kencana", "Mulia", "Raya", "Citra", "Borneo", "Andalas"};
        static final String[] CENTRAL = {"Kementerian Kesehatan", "Kementerian Pendidikan Dasar dan Menengah",
                "Kementerian Pariwisata", "Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kementerian Pertanian",
                "Kementerian Kelautan dan Perikanan", "Badan Pusat Statistik", "Badan Riset dan Inovasi Nasional"};

        World(Path regencies) throws IOException {
            List<String> lines = Files.readAllLines(regencies);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", 3);
                if (f.length == 3) {
                    regions.add(new Region(f[0].strip(), f[1].strip(), f[2].strip().replace("\"", "")));
                }
            }
        }

        /** A stream seed for item {@code index} of the stream {@code seed}: distinct pairs give unrelated streams. */
        static long mix(long seed, long index) {
            return new SplittableRandom(seed).nextLong() ^ (index * 0x9E3779B97F4A7C15L) ^ 0x632BE59BD9B4E019L;
        }

        static String uuid(SplittableRandom r) {
            long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
            long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(hi, lo).toString();
        }

        static <T> T pick(SplittableRandom r, T[] items) {
            return items[r.nextInt(items.length)];
        }

        String person(SplittableRandom r) {
            return pick(r, FIRST) + " " + pick(r, LAST);
        }

        /** The index-th cooperation of a stream (client, counter): its type drawn from a realistic mix. */
        Spec spec(long seed, int index) {
            SplittableRandom r = new SplittableRandom(mix(seed, index));
            int draw = r.nextInt(100);
            CooperationType type = draw < 50 ? CooperationType.KSDPK : draw < 75 ? CooperationType.KSDD_VOLUNTARY : CooperationType.SYNERGY;
            Spec spec = spec(r, type, index);
            spec.seed = seed * 31 + index;
            int v = r.nextInt(100);
            spec.variant = v < 8 ? Variant.WITHDRAW : v < 13 ? Variant.REJECT
                    : type == CooperationType.KSDD_VOLUNTARY && v < 45 ? Variant.DPRD : Variant.NORMAL;
            return spec;
        }

        Spec spec(SplittableRandom r, CooperationType type, int index) {
            Spec s = new Spec();
            s.shape = type.name();
            s.id = uuid(r);
            s.type = type;
            s.region = regions.get(r.nextInt(regions.size()));
            String[] topic = TOPICS[r.nextInt(TOPICS.length)];
            s.topic = topic[1];
            s.affairs = List.of(topic[0]);
            String city = s.region.place();
            switch (type) {
                case KSDD_VOLUNTARY -> {
                    Region partner;
                    do {
                        partner = regions.get(r.nextInt(regions.size()));
                    } while (partner.code().equals(s.region.code()));
                    s.partnerRegion = partner;
                    s.partnerKind = "REGION";
                    s.partnerName = "Pemerintah " + partner.name();
                }
                case SYNERGY -> {
                    s.partnerKind = r.nextInt(3) == 0 ? "CENTRAL_GOVERNMENT" : "VERTICAL_AGENCY";
                    s.partnerParent = pick(r, CENTRAL);
                    s.partnerName = s.partnerKind.equals("CENTRAL_GOVERNMENT") ? s.partnerParent
                            : pick(r, new String[]{"Politeknik Kesehatan Kemenkes ", "Balai Besar Wilayah Sungai ",
                            "Badan Pusat Statistik ", "Balai Pelatihan Vokasi ", "Kantor Pertanahan "}) + city;
                    if (s.partnerKind.equals("CENTRAL_GOVERNMENT")) {
                        s.partnerParent = null;
                    }
                }
                default -> {
                    int k = r.nextInt(10);
                    if (k < 5) {
                        s.partnerKind = "BUSINESS";
                        s.partnerName = "PT " + pick(r, WORDS) + " " + pick(r, WORDS) + (r.nextBoolean() ? " Tbk" : "");
                    } else if (k < 7) {
                        s.partnerKind = "PRIVATE_UNIVERSITY";
                        s.partnerName = pick(r, new String[]{"Universitas Muhammadiyah ", "Universitas Islam ",
                                "Universitas Kristen ", "Institut Teknologi ", "Sekolah Tinggi Ilmu Kesehatan "}) + city;
                    } else if (k < 9) {
                        s.partnerKind = "FOUNDATION";
                        s.partnerName = "Yayasan " + pick(r, new String[]{"Pendidikan", "Kesehatan", "Peduli", "Cinta"}) + " " + pick(r, WORDS);
                    } else {
                        s.partnerKind = "CIVIL_SOCIETY_ORGANISATION";
                        s.partnerName = "Perkumpulan " + pick(r, WORDS) + " " + pick(r, WORDS);
                    }
                }
            }
            s.unit = pick(r, new String[]{"Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pekerjaan Umum", "Bappeda",
                    "Dinas Pariwisata", "Dinas Lingkungan Hidup", "Dinas Komunikasi dan Informatika", "RSUD"}) + " " + s.region.name();
            s.title = "Kerja sama " + s.topic + " antara Pemerintah " + s.region.name() + " dan " + s.partnerName;
            s.objective = "Meningkatkan " + s.topic + " di " + s.region.name() + " melalui kerja sama dengan " + s.partnerName;
            s.headName = person(r);
            s.officerName = person(r);
            s.actorPrefix = "r" + s.region.code().replace(".", "");
            return s;
        }
    }

    /** A command of a script: its endpoint (relative to the cooperation), sender and JSON body. */
    record Step(String name, String endpoint, Actor actor, String body) {
        String path(String cooperationId) {
            return endpoint.startsWith("/") ? endpoint : "/api/cooperations/" + cooperationId + "/" + endpoint;
        }
    }

    /** The command scripts: a cooperation's lifecycle by type and variant, then its monitoring. */
    static final class Scripts {
        static final int IMPORTED_SYNERGY_EVENTS = 6;

        static Map<String, Object> file(String name) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(("bench:" + name).getBytes(StandardCharsets.UTF_8));
                return Json.obj("fileName", name, "sha256", HexFormat.of().formatHex(digest));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static Map<String, Object> content(String title, List<String> scope, LocalDate start, LocalDate end, String... sources) {
            return Json.obj("title", title, "scope", scope, "commitments", List.of(),
                    "term", Json.obj("start", start, "end", end),
                    "funding", Json.obj("sources", List.of(sources), "inCurrentBudget", true, "note", "Dibiayai sesuai kemampuan masing-masing pihak"));
        }

        static Map<String, Object> signatory(String party, String name, String position, String capacity, String poa) {
            return Json.obj("party", party, "name", name, "position", position, "capacity", capacity, "powerOfAttorneyId", poa);
        }

        static Step step(String name, String endpoint, Actor actor, Map<String, Object> body) {
            return new Step(name, endpoint, actor, body == null ? null : Json.write(body));
        }

        static List<Step> lifecycle(Spec s, LocalDate today, SplittableRandom r, int monitoring) {
            List<Step> steps = new ArrayList<>();
            String slug = s.id.substring(0, 8);
            Map<String, Object> partner = Json.obj("kind", s.partnerKind, "name", s.partnerName,
                    "region", s.partnerRegion == null ? null : s.partnerRegion.code(), "parentInstitution", s.partnerParent);
            steps.add(step("initiate", "/api/cooperations", s.officer(), Json.obj("cooperationId", s.id, "type", s.type.name(),
                    "title", s.title, "reportedLabel", "MoU", "initiatingRegion", s.region.code(), "initiatingUnit", s.unit,
                    "initiator", "REGIONAL_UNIT", "partner", partner, "affairs", s.affairs, "objective", s.objective)));
            steps.add(step("appoint-liaison-officer", "appoint-liaison-officer", s.officer(),
                    Json.obj("officer", Json.obj("name", s.officerName, "position", "Kepala Subbagian Umum, " + s.unit))));
            steps.add(step("attach-preparation-document", "attach-preparation-document", s.officer(),
                    Json.obj("kind", "TERMS_OF_REFERENCE", "file", file("kak-" + slug + ".pdf"))));
            if (s.type == CooperationType.KSDPK) {
                steps.add(step("attach-preparation-document", "attach-preparation-document", s.officer(),
                        Json.obj("kind", "FEASIBILITY_STUDY", "file", file("studi-kelayakan-" + slug + ".pdf"))));
            }
            if (s.variant == Variant.WITHDRAW) {
                steps.add(step("withdraw-cooperation", "withdraw-cooperation", s.officer(),
                        Json.obj("reason", "Mitra mengundurkan diri sebelum pengkajian")));
                return steps;
            }
            steps.add(step("submit-for-assessment", "submit-for-assessment", s.officer(), null));
            steps.add(step("start-assessment", "start-assessment", s.tkksd(), null));
            String[] aspects = {"Aspek hukum", "Aspek manfaat", "Aspek pembiayaan"};
            int findings = 1 + (int) (Math.abs(s.seed) % 3);
            for (int i = 0; i < findings; i++) {
                steps.add(step("record-assessment-finding", "record-assessment-finding", s.tkksd(),
                        Json.obj("aspect", aspects[i], "finding", "Sesuai dengan PP 28/2018 dan kebutuhan daerah")));
            }
            if (s.variant == Variant.REJECT) {
                steps.add(step("conclude-assessment", "conclude-assessment", s.tkksd(),
                        Json.obj("conclusion", "REJECT", "rationale", "Tidak sesuai dengan prioritas pembangunan daerah")));
                return steps;
            }
            steps.add(step("conclude-assessment", "conclude-assessment", s.tkksd(),
                    Json.obj("conclusion", "FEASIBLE", "rationale", "Layak: sesuai urusan dan prioritas daerah")));
            Map<String, Object> head = signatory("REGION", s.headName, "Kepala Daerah " + s.region.name(), "REGIONAL_HEAD", null);
            Map<String, Object> partnerRep = signatory("PARTNER", World.FIRST[(int) (Math.abs(s.seed) % World.FIRST.length)]
                    + " " + World.LAST[(int) (Math.abs(s.seed / 7) % World.LAST.length)], "Pimpinan " + s.partnerName,
                    "PARTNER_REPRESENTATIVE", null);
            String frameworkId = uuidFor(s, "framework");
            String childId = uuidFor(s, "child");
            LocalDate frameworkSigned = today.minusDays(60);
            LocalDate childSigned = today.minusDays(25);
            LocalDate started = today.minusDays(20);
            if (s.type == CooperationType.SYNERGY) {
                steps.add(step("draft-agreement", "draft-agreement", s.secretariat(), Json.obj("documentId", frameworkId, "kind", "NK",
                        "content", content("Nota Kesepakatan tentang " + s.topic, List.of(s.topic), frameworkSigned,
                                frameworkSigned.plusYears(5).minusDays(1), "APBD", "OTHER"))));
                steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", frameworkId)));
                steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", frameworkId,
                        "documentNumber", "NK/" + slug + "/" + frameworkSigned.getYear(), "signatories", List.of(head, partnerRep),
                        "signedOn", frameworkSigned, "signedAt", "Kantor " + s.region.name(), "signedFile", file("nk-" + slug + ".pdf"))));
                steps.add(step("draft-agreement", "draft-agreement", s.officer(), Json.obj("documentId", childId,
                        "kind", "RENCANA_KERJA", "parentDocumentId", frameworkId,
                        "content", content("Rencana Kerja " + s.topic, List.of("Kegiatan tahun pertama"), childSigned,
                                childSigned.plusYears(1).minusDays(1), "APBD"))));
                steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", childId)));
                steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", childId,
                        "documentNumber", "RK/" + slug + "/" + childSigned.getYear(), "signatories", List.of(head, partnerRep),
                        "signedOn", childSigned, "signedAt", "Kantor " + s.region.name(), "signedFile", file("rk-" + slug + ".pdf"))));
            } else {
                steps.add(step("send-offer", "send-offer", s.head(), Json.obj("letter", file("penawaran-" + slug + ".pdf"),
                        "signedBy", head, "sentOn", today.minusDays(100))));
                steps.add(step("record-partner-answer", "record-partner-answer", s.secretariat(), Json.obj("answer", "ACCEPTED",
                        "answeredOn", today.minusDays(95), "letter", file("jawaban-" + slug + ".pdf"))));
                steps.add(step("draft-agreement", "draft-agreement", s.secretariat(), Json.obj("documentId", frameworkId, "kind", "KB",
                        "content", content("Kesepakatan Bersama tentang " + s.topic, List.of(s.topic), frameworkSigned,
                                frameworkSigned.plusYears(5).minusDays(1), "APBD", "PARTNER"))));
                steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", frameworkId)));
                steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", frameworkId,
                        "documentNumber", "KB/" + slug + "/" + frameworkSigned.getYear(), "signatories", List.of(head, partnerRep),
                        "signedOn", frameworkSigned, "signedAt", "Kantor " + s.region.name(), "signedFile", file("kb-" + slug + ".pdf"))));
                boolean dprd = s.variant == Variant.DPRD;
                steps.add(step("determine-dprd-approval-requirement", "determine-dprd-approval-requirement", s.secretariat(),
                        Json.obj("burdensPublicAndRegion", dprd, "fundedInCurrentBudget", true,
                                "rationale", dprd ? "Membebani masyarakat dan daerah" : "Tidak membebani; dibiayai APBD tahun berjalan")));
                if (dprd) {
                    steps.add(step("request-dprd-approval", "request-dprd-approval", s.secretariat(),
                            Json.obj("letter", file("permohonan-dprd-" + slug + ".pdf"), "requestedOn", today.minusDays(40))));
                    steps.add(step("record-dprd-decision", "record-dprd-decision", s.secretariat(), Json.obj("decision", "APPROVED",
                            "decidedOn", today.minusDays(30), "decisionLetter", file("keputusan-dprd-" + slug + ".pdf"),
                            "note", "Disetujui dalam rapat paripurna")));
                }
                steps.add(step("register-signed-document", "register-signed-document", s.secretariat(), Json.obj("documentId", frameworkId,
                        "registrationNumber", "REG/" + slug, "archiveLocation", "Bagian Kerja Sama Setda " + s.region.name())));
                String poa = uuidFor(s, "poa");
                String director = s.officerName;
                steps.add(step("grant-power-of-attorney", "grant-power-of-attorney", s.head(), Json.obj("powerOfAttorneyId", poa,
                        "grantee", Json.obj("name", director, "position", "Kepala " + s.unit), "granteeUnit", s.unit,
                        "grantor", head, "validFrom", today.minusDays(35), "validUntil", today.plusDays(365),
                        "letter", file("surat-kuasa-" + slug + ".pdf"))));
                steps.add(step("draft-agreement", "draft-agreement", s.officer(), Json.obj("documentId", childId, "kind", "PKS",
                        "parentDocumentId", frameworkId, "content", content("Perjanjian Kerja Sama " + s.topic,
                                List.of("Pelaksanaan " + s.topic), childSigned, childSigned.plusYears(2).minusDays(1), "APBD", "PARTNER"))));
                steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", childId)));
                steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", childId,
                        "documentNumber", "PKS/" + slug + "/" + childSigned.getYear(), "signatories", List.of(
                                signatory("REGION", director, "Kepala " + s.unit, "MANDATED_OFFICIAL", poa), partnerRep),
                        "signedOn", childSigned, "signedAt", "Kantor " + s.unit, "signedFile", file("pks-" + slug + ".pdf"))));
            }
            steps.add(step("start-implementation", "start-implementation", s.officer(), Json.obj("startedOn", started)));
            steps.addAll(monitoring(s, today, r, monitoring));
            return steps;
        }

        /** Monitoring of an active cooperation: activities, budget, reports, a self-report and its TKKSD review. */
        static List<Step> monitoring(Spec s, LocalDate today, SplittableRandom r, int count) {
            List<Step> steps = new ArrayList<>();
            LocalDate started = today.minusDays(20);
            String[] pattern = {"activity", "activity", "budget", "report", "self-report", "activity", "review", "activity"};
            for (int i = 0; i < count; i++) {
                switch (pattern[i % pattern.length]) {
                    case "activity" -> steps.add(activity(s, today, r));
                    case "budget" -> steps.add(step("record-budget-realisation", "record-budget-realisation", s.officer(),
                            Json.obj("fiscalYear", today.getYear(), "source", "APBD", "amount", 5_000_000 + r.nextInt(95) * 1_000_000,
                                    "description", "Realisasi anggaran " + s.topic)));
                    case "report" -> steps.add(step("record-implementation-report", "record-implementation-report", s.officer(),
                            Json.obj("periodStart", started, "periodEnd", today.minusDays(1),
                                    "summary", "Kegiatan " + s.topic + " berjalan sesuai rencana", "file", file("laporan-" + i + "-" + s.id.substring(0, 8) + ".pdf"))));
                    case "self-report" -> steps.add(evaluation(s, "SELF_REPORT", s.officer(), started, today, r));
                    default -> steps.add(evaluation(s, "TKKSD_REVIEW", s.tkksd(), started, today, r));
                }
            }
            return steps;
        }

        static Step activity(Spec s, LocalDate today, SplittableRandom r) {
            LocalDate started = today.minusDays(20);
            return step("record-activity", "record-activity", s.officer(), Json.obj("date", started.plusDays(r.nextInt(20)),
                    "description", pick(r, new String[]{"Rapat koordinasi", "Pelatihan petugas", "Monitoring lapangan",
                            "Sosialisasi kepada masyarakat", "Penyerahan bantuan peralatan"}) + " " + s.topic,
                    "unit", s.unit));
        }

        static Step evaluation(Spec s, String kind, Actor by, LocalDate start, LocalDate today, SplittableRandom r) {
            Map<String, Object> grades = new LinkedHashMap<>();
            for (String criterion : new String[]{"FIT_WITH_OBJECTIVES", "TIMELINESS", "PARTNER_CONTRIBUTION", "COORDINATION",
                    "INDICATOR_ACHIEVEMENT", "IMPACT", "BENEFIT_INNOVATION", "DOCUMENT_COMPLETENESS", "REGULAR_REPORTING",
                    "RELEVANCE_TO_NEEDS"}) {
                grades.put(criterion, 3 + r.nextInt(3));
            }
            return step("record-evaluation", "record-evaluation", by, Json.obj("evaluationId", World.uuid(r), "kind", kind,
                    "periodStart", start, "periodEnd", today.minusDays(1), "grades", grades, "overallRating", 3 + r.nextInt(3),
                    "recommendation", r.nextBoolean() ? "CONTINUE" : "IMPROVE",
                    "followUpActions", List.of(Json.obj("description", "Perbaiki jadwal pelaporan", "owner", s.unit,
                            "dueDate", today.plusDays(60))),
                    "summary", "Evaluasi " + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + s.topic));
        }

        /** Import of a signed NK, Rencana Kerja drafted, approved and signed, implementation, one activity. */
        static List<Step> importedSynergy(Spec s, LocalDate today) {
            String nk = uuidFor(s, "nk");
            String rk = uuidFor(s, "rk");
            String slug = s.id.substring(0, 8);
            LocalDate nkSigned = today.minusDays(60);
            LocalDate rkSigned = today.minusDays(25);
            Map<String, Object> head = signatory("REGION", s.headName, "Kepala Daerah " + s.region.name(), "REGIONAL_HEAD", null);
            Map<String, Object> partnerRep = signatory("PARTNER", "Kepala Balai", "Kepala " + s.partnerName, "PARTNER_REPRESENTATIVE", null);
            List<Step> steps = new ArrayList<>();
            steps.add(step("import", "/api/cooperations/imports", s.secretariat(), Json.obj("cooperationId", s.id,
                    "type", "SYNERGY", "reportedLabel", "Nota Kesepakatan", "initiatingRegion", s.region.code(),
                    "initiatingUnit", s.unit, "partner", Json.obj("kind", "VERTICAL_AGENCY", "name", s.partnerName,
                            "parentInstitution", s.partnerParent), "affairs", List.of("PUBLIC_WORKS_AND_SPATIAL_PLANNING"),
                    "documentId", nk, "kind", "NK", "documentNumber", "NK/" + slug,
                    "content", content("Nota Kesepakatan pembangunan jalan " + s.region.name(), List.of("Preservasi jalan"),
                            nkSigned, nkSigned.plusYears(5).minusDays(1), "APBD", "OTHER"),
                    "signatories", List.of(head, partnerRep), "signedOn", nkSigned, "signedAt", "Kantor " + s.region.name(),
                    "signedFile", file("nk-" + slug + ".pdf"), "sourceDocument", file("arsip-nk-" + slug + ".pdf"),
                    "note", "Dimasukkan dari arsip Bagian Kerja Sama")));
            steps.add(step("draft-agreement", "draft-agreement", s.officer(), Json.obj("documentId", rk, "kind", "RENCANA_KERJA",
                    "parentDocumentId", nk, "content", content("Rencana Kerja preservasi jalan", List.of("Preservasi jalan"),
                            rkSigned, rkSigned.plusYears(1).minusDays(1), "APBD"))));
            steps.add(step("approve-draft", "approve-draft", s.tkksd(), Json.obj("documentId", rk)));
            steps.add(step("sign-agreement", "sign-agreement", s.secretariat(), Json.obj("documentId", rk,
                    "documentNumber", "RK/" + slug, "signatories", List.of(head, partnerRep), "signedOn", rkSigned,
                    "signedAt", "Kantor " + s.region.name(), "signedFile", file("rk-" + slug + ".pdf"))));
            steps.add(step("start-implementation", "start-implementation", s.officer(), Json.obj("startedOn", today.minusDays(20))));
            steps.add(activity(s, today, new SplittableRandom(s.seed)));
            return steps;
        }

        static String uuidFor(Spec s, String what) {
            return UUID.nameUUIDFromBytes((s.id + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
        }

        static <T> T pick(SplittableRandom r, T[] items) {
            return items[r.nextInt(items.length)];
        }
    }

    // ================================================================================================ JSON

    static final class Json {
        /** An ordered object from alternating keys and values; null values are left out. */
        static Map<String, Object> obj(Object... keysAndValues) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                if (keysAndValues[i + 1] != null) {
                    object.put((String) keysAndValues[i], keysAndValues[i + 1]);
                }
            }
            return object;
        }

        static String write(Object value) {
            if (value instanceof Map<?, ?> map) {
                StringJoiner members = new StringJoiner(",", "{", "}");
                map.forEach((key, member) -> members.add(quote(key.toString()) + ":" + write(member)));
                return members.toString();
            }
            if (value instanceof Collection<?> items) {
                StringJoiner elements = new StringJoiner(",", "[", "]");
                items.forEach(item -> elements.add(write(item)));
                return elements.toString();
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            return value == null ? "null" : quote(value.toString());
        }

        /** Like {@link #write}, indented, keeping nulls (the results file). */
        static String pretty(Object value) {
            return pretty(value, "");
        }

        private static String pretty(Object value, String indent) {
            String inner = indent + "  ";
            if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    return "{}";
                }
                StringJoiner members = new StringJoiner(",\n", "{\n", "\n" + indent + "}");
                map.forEach((key, member) -> members.add(inner + quote(key.toString()) + ": " + pretty(member, inner)));
                return members.toString();
            }
            if (value instanceof Collection<?> items) {
                if (items.isEmpty()) {
                    return "[]";
                }
                StringJoiner elements = new StringJoiner(",\n", "[\n", "\n" + indent + "]");
                items.forEach(item -> elements.add(inner + pretty(item, inner)));
                return elements.toString();
            }
            return write(value);
        }

        static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return quoted.append('"').toString();
        }
    }
}
