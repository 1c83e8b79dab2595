package id.kerjasama.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static id.kerjasama.bench.harness.Log.log;

/** One side of the system as a child process on the benchmark's database. */
public final class Side {
    public final String name;
    public final Path jar;
    public final int port;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Path work;
    private Process process;
    private Path logFile;
    private static final AtomicInteger STARTS = new AtomicInteger();
    static final String COMMAND_SIDE_HEAP = "512m";
    static final String QUERY_SIDE_HEAP = "1g";

    /**
     * @param jvmOptions  after the explicit heap, so that a later -Xmx wins
     * @param environment the database and the token key the side is given
     * @param work        where its log and pid file go
     */
    public Side(String name, Path jar, int port, List<String> jvmOptions, Map<String, String> environment, Path work) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.work = work;
    }

    public void start() throws IOException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(javaBin);
        // an explicit heap, as a deployment would set: without it the JVM may take a quarter of the machine's
        // memory (6 GiB here) and the peak RSS measures the collector's appetite, not the side's need
        // (BENCH_SIDE_JAVA_OPTS comes after, and the JVM takes the last -Xmx)
        command.add(name.startsWith("query") ? "-Xmx" + QUERY_SIDE_HEAP : "-Xmx" + COMMAND_SIDE_HEAP);
        command.addAll(jvmOptions);
        // the operators' port on any free one: nothing here scrapes it, and a fixed one could be taken
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--management.server.port=0"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        logFile = work.resolve(name + "-" + STARTS.incrementAndGet() + ".log");
        builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
        process = builder.start();
        Files.writeString(work.resolve(name + ".pid"), Long.toString(process.pid()));
        log("   started %s (pid %d, port %d, log %s)", name, process.pid(), port, logFile);
    }

    /** Until the side says it is ready (/readyz): started, and for the query side no more than a little behind. */
    public void awaitHealthy(Api api) throws Exception {
        await(api, "/readyz");
    }

    /**
     * Until the side is up (/livez) but perhaps not ready: a query side started far behind the store is not ready
     * until it has caught up, which is what the phase after it measures.
     */
    public void awaitLive(Api api) throws Exception {
        await(api, "/livez");
    }

    private void await(Api api, String probe) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + logFile);
            }
            if (api.up(port, probe)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not up at " + probe + " within 180 s; see " + logFile);
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    Path logFile() {
        return logFile;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Peak resident set size so far (VmHWM of /proc/pid/status), in KiB. */
    public long peakRssKiB() {
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

    public synchronized void stop() {
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
