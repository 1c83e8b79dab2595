package id.kerjasama.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load from wrk, a C load generator that costs little CPU, so that the cores measured serve the
 * requests rather than make them. This process prepares the requests (tokens through {@link Api}, bodies from the
 * scripts) into one file per wrk thread, and {@code wrk/requests.lua} sends them closed-loop (see there for the
 * format), {@code wrk/paced.lua} open-loop.
 */
public final class Wrk {
    /** One wrk thread per core of this machine's two: more threads than cores would only share them. */
    public static final int THREADS = 2;
    private static final Pattern RESULT = Pattern.compile("WRK_RESULT requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) "
            + "p99_us=(\\d+) refused=(\\d+) failed=(\\d+) fillers=(\\d+)");
    private static final Pattern PACED = Pattern.compile("WRK_PACED answered=(\\d+) waiting=(\\d+) unmatched=(\\d+) "
            + "duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+) max_us=(\\d+) refused=(\\d+) failed=(\\d+)");
    private static final AtomicInteger RUNS = new AtomicInteger();

    /**
     * A request to send: {@code authorization} is the header's value or null; {@code cooperation} (or null) orders
     * the requests of one cooperation, which wrk sends one after the other's answer; "@@ID@@" marks a fresh UUID.
     */
    public record Request(String method, String path, String authorization, String cooperation, String body) {
        String line() {
            for (String part : new String[]{method, path, authorization, cooperation, body}) {
                if (part != null && (part.indexOf('\t') >= 0 || part.indexOf('\n') >= 0)) {
                    throw new IllegalArgumentException("a tab or a line break in a request: " + part);
                }
            }
            return method + "\t" + path + "\t" + (authorization == null ? "-" : authorization) + "\t"
                    + (cooperation == null ? "-" : cooperation) + "\t" + (body == null ? "" : body);
        }
    }

    /**
     * @param requests answered requests, the fillers not counted; {@code refused} of them with a 4xx or 5xx,
     *                 {@code failed} more never answered (socket errors, timeouts); {@code exhausted} when a thread ran
     *                 out of lines early and sent fillers (whose latencies the percentiles include)
     */
    public record Result(long requests, double seconds, double p50, double p99, long refused, long failed,
                         boolean exhausted, List<String> firstErrors) {
        public double rate() {
            return requests / seconds;
        }

        public String describe() {
            return String.format(Locale.ROOT, "%,d in %.1f s = %,.1f/s, p50 %.1f ms, p99 %.1f ms, %d refused, %d failed%s",
                    requests, seconds, rate(), p50, p99, refused, failed, exhausted ? ", RAN OUT OF REQUESTS" : "");
        }
    }

    /**
     * An open-loop run: {@code answered} requests timed from when each was due, and {@code waiting} more that were due
     * and unanswered when wrk stopped, counted in the percentiles with the time they had waited; {@code unmatched}
     * answers named no request (a problem without the cooperation, which the percentiles cannot place).
     */
    public record Paced(long answered, long waiting, long unmatched, double seconds, double p50, double p99, double max,
                        long refused, long failed, List<String> firstErrors) {
        public double rate() {
            return answered / seconds;
        }

        public String describe() {
            return String.format(Locale.ROOT, "%,d answered in %.1f s = %,.1f/s, %d still waiting at the end, from the due "
                    + "time p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d refused, %d failed, %d unmatched", answered, seconds,
                    rate(), waiting, p50, p99, max, refused, failed, unmatched);
        }
    }

    private final Path work;
    private final Path requests;
    private final Path paced;

    public Wrk(Path work) throws IOException {
        this.work = work.resolve("wrk");
        Files.createDirectories(this.work);
        this.requests = script("requests.lua");
        this.paced = script("paced.lua");
    }

    private Path script(String name) throws IOException {
        Path script = work.resolve(name);
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk/" + name)) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    /** wrk's version line, or an exception saying how to install it (benchmarks/run does, where it may). */
    public static String version() throws Exception {
        try {
            Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out.lines().findFirst().orElse("wrk").strip();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk (Debian, Ubuntu) or brew install wrk");
        }
    }

    /** How wrk sends the lines of its file (see wrk/requests.lua). */
    public enum Order {
        /** Round and round, each "@@ID@@" a fresh UUID. */
        CYCLE,
        /** Once, each cooperation's requests one after the other's answer, several cooperations at a time. */
        LANES
    }

    /** Sends {@code perThread.get(t)} from wrk thread t over {@code connections} connections for {@code duration}. */
    public Result run(String name, String baseUrl, List<List<Request>> perThread, Order order, int connections,
                      Duration duration) throws Exception {
        String out = wrk(name, requests, baseUrl, perThread, connections, duration, order);
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk gave no result: " + out);
        }
        long fillers = Long.parseLong(m.group(7));
        return new Result(Math.max(0, Long.parseLong(m.group(1)) - fillers), Long.parseLong(m.group(2)) / 1e6,
                Long.parseLong(m.group(3)) / 1e3, Long.parseLong(m.group(4)) / 1e3, Long.parseLong(m.group(5)),
                Long.parseLong(m.group(6)), fillers > 0, errors(out));
    }

    /**
     * Open loop ({@code wrk/paced.lua}): the requests of {@code perThread.get(t)}, cycled, at {@code rate} per second
     * in all, each timed from when it was due. Every request must carry "@@ID@@", which its answer names.
     */
    public Paced paced(String name, String baseUrl, List<List<Request>> perThread, int connections, Duration duration,
                       double rate) throws Exception {
        String out = wrk(name, paced, baseUrl, perThread, connections, duration, Order.CYCLE,
                String.format(Locale.ROOT, "%.3f", rate / THREADS));
        Matcher m = PACED.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk gave no result: " + out);
        }
        return new Paced(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)) / 1e6, Long.parseLong(m.group(5)) / 1e3, Long.parseLong(m.group(6)) / 1e3,
                Long.parseLong(m.group(7)) / 1e3, Long.parseLong(m.group(8)), Long.parseLong(m.group(9)), errors(out));
    }

    /**
     * Writes the requests to one file per wrk thread, runs wrk with {@code script} (its arguments: the files' prefix,
     * {@code order}, a fresh run id, then {@code more}) and answers what it printed.
     */
    private String wrk(String name, Path script, String baseUrl, List<List<Request>> perThread, int connections,
                       Duration duration, Order order, String... more) throws Exception {
        if (perThread.size() != THREADS) {
            throw new IllegalArgumentException("one list of requests per wrk thread");
        }
        String prefix = work.resolve(name + "-" + RUNS.incrementAndGet()).toString();
        for (int t = 0; t < THREADS; t++) {
            List<String> lines = new ArrayList<>();
            perThread.get(t).forEach(r -> lines.add(r.line()));
            Files.write(Path.of(prefix + "-" + t + ".tsv"), lines, StandardCharsets.UTF_8);
        }
        String run = String.format("%08x", new java.util.SplittableRandom().nextInt() & 0xffffffffL);
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "30s", "-s", script.toString(), baseUrl, "--", prefix,
                order.name().toLowerCase(Locale.ROOT), run));
        command.addAll(List.of(more));
        Path output = Path.of(prefix + ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not end; see " + output);
        }
        String out = Files.readString(output);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed (exit " + p.exitValue() + "): " + out);
        }
        return out;
    }

    private static List<String> errors(String out) {
        return out.lines().filter(l -> l.startsWith("WRK_ERROR ")).map(l -> l.substring(10)).toList();
    }
}
