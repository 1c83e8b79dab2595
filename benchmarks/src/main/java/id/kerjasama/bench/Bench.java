package id.kerjasama.bench;

import id.kerjasama.bench.data.World;
import id.kerjasama.bench.figures.AggregateLoad;
import id.kerjasama.bench.figures.AsOf;
import id.kerjasama.bench.figures.Commands;
import id.kerjasama.bench.figures.Config;
import id.kerjasama.bench.figures.Memory;
import id.kerjasama.bench.figures.Mode;
import id.kerjasama.bench.figures.ProjectionLag;
import id.kerjasama.bench.figures.Rebuild;
import id.kerjasama.bench.figures.Registry;
import id.kerjasama.bench.figures.Reports;
import id.kerjasama.bench.figures.Run;
import id.kerjasama.bench.figures.Templates;
import id.kerjasama.bench.figures.Verification;
import id.kerjasama.bench.harness.Api;
import id.kerjasama.bench.harness.Cpu;
import id.kerjasama.bench.harness.Machine;
import id.kerjasama.bench.harness.Profiler;
import id.kerjasama.bench.harness.Side;
import id.kerjasama.bench.harness.Tokens;
import id.kerjasama.bench.report.Results;
import id.kerjasama.bench.report.ResultsFile;
import id.kerjasama.bench.report.Table;
import id.kerjasama.bench.store.Db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static id.kerjasama.bench.harness.Log.log;

/**
 * The Kerjasama benchmark: starts both sides on a fresh PostgreSQL database, drives them over HTTP from this
 * process, measures PostgreSQL's own limits in the same run, and prints and writes the figures.
 * <p>
 * Run through {@code benchmarks/run short|full} (which builds the jars and this module); see
 * {@code benchmarks/README.md}. Platform-thread executors, java.net.http, JDBC. Every request goes to 127.0.0.1;
 * every loop is bounded by a count or a deadline. The packages: {@code harness} (HTTP, tokens, load, processes,
 * CPU), {@code data} (regions, people, command scripts), {@code store} (JDBC, templates, the synthetic store and
 * its audit chain), {@code figures} (the phases), {@code report} (the table and the results file).
 */
public final class Bench {

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
    private final Results results = new Results();
    private final Side command;
    private final Side query;
    private volatile Run run;
    private Db db;
    private Profiler profiler;
    private volatile boolean databaseCreated;
    private int failures;

    private Bench(Config config) throws IOException {
        this.config = config;
        this.mode = config.mode();
        this.world = new World(config.repo().resolve("shared-kernel/src/main/resources/idn-area/regencies.csv"));
        this.command = config.commandSide();
        this.query = config.querySide();
    }

    private int run() throws Exception {
        Files.createDirectories(config.work());
        Files.createDirectories(config.results());
        Instant started = Instant.now();
        double loadAtStart = Machine.loadAverage();
        log("Kerjasama benchmark, mode %s, seed %d, work folder %s", mode.name(), config.seed(), config.work());
        for (int port : new int[]{config.commandPort(), config.queryPort(), config.axonPort()}) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is taken: pass --command-port/--query-port/--axon-port");
            }
        }
        createDatabase();
        db = new Db(config.jdbcUrl(config.database()), config.pgUser(), config.pgPassword());
        Tokens tokens = Tokens.createKeyFile(config.work().resolve("dev-token-key.pem"));
        Api api = new Api("http://127.0.0.1:" + config.commandPort(), "http://127.0.0.1:" + config.queryPort(), tokens);
        profiler = config.profile() ? new Profiler(config.work().resolve("profile")) : null;
        run = new Run(config, world, api, db, results, profiler, command, query);

        phase("start", () -> {
            command.start();
            command.awaitHealthy(api);
            query.start();
            query.awaitHealthy(api);
        });
        if (profiler != null) {
            profiler.watch(command, query);
        }
        Templates templates = new Templates(run);
        phase("templates", templates::measure);
        Commands commands = new Commands(run);
        survive("growth-start", commands::early);
        templates.synthesise();
        survive("verification", new Verification(run)::measure);
        phase("rebuild", new Rebuild(run)::measure);
        // from here on a failing phase is reported and the others still run
        survive("registry", new Registry(run)::measure);
        survive("reports", new Reports(run)::measure);
        survive("warmup", commands::warmup);
        survive("commands", commands::measure);
        survive("aggregate-load", new AggregateLoad(run)::measure);
        survive("as-of", new AsOf(run)::measure);
        survive("projection-lag", new ProjectionLag(run)::measure);
        survive("memory", new Memory(run)::measure);

        double loadAtEnd = Machine.loadAverage();
        Table.print(mode.name(), results);
        // a run on a smaller data set (--events) or with extra JVM options is an experiment: it stays in the work folder
        boolean experiment = mode.name().contains("events") || !config.sideJvmOptions().isEmpty();
        Path file = (experiment ? config.work() : config.results()).resolve(mode.name() + "-run" + config.runIndex() + ".json");
        ResultsFile.write(file, mode.name(), started, config.seed(),
                ResultsFile.machine(db.serverVersion(), loadAtStart, loadAtEnd),
                ResultsFile.build(config.repo(), config.commandJar(), config.queryJar(), config.sideJvmOptions()), results);
        log("wrote %s", file);
        if (profiler != null) {
            profiler.stop();
            Path summary = profiler.summarise();
            if (!experiment) { // RESULTS.md shows it (report.Summary)
                Files.copy(summary, config.results().resolve(mode.name() + "-run" + config.runIndex() + ".profile.txt"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private interface Work {
        void run() throws Exception;
    }

    private void survive(String name, Work work) {
        try {
            phase(name, work);
        } catch (Exception e) {
            log("   phase %s FAILED: %s", name, e);
            e.printStackTrace(System.out);
            results.note("phase " + name + " failed: " + e);
            failures++;
        }
    }

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
            results.phase(name, seconds, usage.asMap());
            log("   %s took %.1f s; CPU in cores: benchmark and both sides %.2f, PostgreSQL %.2f, everything else %.2f",
                    name, seconds, usage.ours(), usage.postgres(), usage.other());
        }
    }

    /** The sides running now: the rebuild replaces the query side. */
    private List<Side> sides() {
        Run current = run;
        return current == null ? List.of(command, query) : List.of(current.command(), current.query());
    }

    private List<Long> ourPids() {
        List<Long> pids = new ArrayList<>(List.of(ProcessHandle.current().pid()));
        for (Side side : sides()) {
            if (side.pid() > 0) {
                pids.add(side.pid());
            }
        }
        return pids;
    }

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
        List<Side> sides = sides();
        sides.get(1).stop();
        sides.get(0).stop();
    }
}
