package id.kerjasama.bench.figures;

import id.kerjasama.bench.harness.Side;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The options of benchmarks/run and the environment (BENCH_PG_*, BENCH_SIDE_JAVA_OPTS). */
public record Config(Mode mode, long seed, Path repo, Path commandJar, Path queryJar, Path axonJar, Path work, Path results,
                     boolean keep, boolean profile, int commandPort, int queryPort, int axonPort, String pgHost, int pgPort,
                     String pgUser, String pgPassword, String database, List<String> sideJvmOptions, int runIndex) {

    public static Config parse(String[] args) {
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
                    mode.asOfSamples(), mode.lagSamples(), mode.halfRateSeconds(), mode.reportSamples());
        }
        return new Config(mode,
                Long.parseLong(options.getOrDefault("seed", "20250425")), repo,
                Path.of(options.getOrDefault("command-jar", repo + "/command-side/target/command-side-0.1.0-SNAPSHOT-exec.jar")),
                Path.of(options.getOrDefault("query-jar", repo + "/query-side/target/query-side-0.1.0-SNAPSHOT-exec.jar")),
                Path.of(options.getOrDefault("axon-jar", repo + "/benchmarks/axon-baseline/target/axon-baseline.jar")),
                Path.of(options.getOrDefault("work", "/tmp/kerjasama-bench-" + stamp)),
                Path.of(options.getOrDefault("results", repo + "/benchmarks/results")),
                flags.contains("--keep"), flags.contains("--profile"),
                Integer.parseInt(options.getOrDefault("command-port", "18181")),
                Integer.parseInt(options.getOrDefault("query-port", "18182")),
                Integer.parseInt(options.getOrDefault("axon-port", "18183")),
                System.getenv().getOrDefault("BENCH_PG_HOST", "127.0.0.1"),
                Integer.parseInt(System.getenv().getOrDefault("BENCH_PG_PORT", "5432")),
                System.getenv().getOrDefault("BENCH_PG_USER", "postgres"),
                System.getenv().getOrDefault("BENCH_PG_PASSWORD", ""),
                options.getOrDefault("database", "kerjasama_bench_" + stamp),
                env.isEmpty() ? List.of() : List.of(env.split("\\s+")),
                Integer.parseInt(options.getOrDefault("run", "1")));
    }

    public String jdbcUrl(String db) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db;
    }

    /** A side on the benchmark's database, trusting the demo tokens minted from the key in the work folder. */
    public Side side(String name, Path jar, int port) {
        return new Side(name, jar, port, sideJvmOptions, Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl(database),
                "SPRING_DATASOURCE_USERNAME", pgUser,
                "SPRING_DATASOURCE_PASSWORD", pgPassword,
                "KERJASAMA_DATA_DIR", work.resolve("data").toString(),
                "KERJASAMA_SECURITY_DEV_TOKEN_KEY_FILE", work.resolve("dev-token-key.pem").toString()), work);
    }

    public Side commandSide() {
        return side("command-side", commandJar, commandPort);
    }

    /** The minimal Axon application of the command figures (benchmarks/axon-baseline) on the benchmark's database. */
    public Side axonBaseline() {
        return side("axon-baseline", axonJar, axonPort);
    }

    public Side querySide() {
        return side("query-side", queryJar, queryPort);
    }
}
