package id.kerjasama.bench.store;

import id.kerjasama.bench.figures.Config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw commit rate, the baseline of the command figures: pgbench, PostgreSQL's own C client, whose connections
 * each insert one row the size of a CooperationInitiated event into a copy of domain_event_entry and commit it, as
 * fast as they can. A C client like wrk, so that the baseline is not limited by its client's CPU any more than the
 * commands are (a Java client on these two cores measured a third of this rate).
 */
public final class RawCommits {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    public record Result(double rate, double latencyAverage, long rows) {
    }

    private RawCommits() {
    }

    /** pgbench's version line, or an exception saying how to install it. */
    public static String version() throws Exception {
        try {
            Process p = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("pgbench is not installed: apt-get install postgresql-contrib (Debian)");
        }
    }

    public static Result measure(Config config, Db db, Path work, int connections, Duration duration) throws Exception {
        StoredRow row = db.createCommitProbe();
        HexFormat hex = HexFormat.of();
        // hex literals: pgbench would read the JSON's ":name" as its own variables
        String sql = "INSERT INTO bench_commit_probe (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (gen_random_uuid()::text, "
                + "gen_random_uuid()::text, 0, '" + row.type() + "', '" + row.timestamp() + "', '" + row.payloadType()
                + "', '" + row.payloadRevision() + "', decode('" + hex.formatHex(row.payload().getBytes(StandardCharsets.UTF_8))
                + "', 'hex'), decode('" + hex.formatHex(row.metaData().getBytes(StandardCharsets.UTF_8)) + "', 'hex'));\n";
        Path script = work.resolve("raw-commit.sql");
        Files.writeString(script, sql);
        Path output = work.resolve("raw-commit.out");
        ProcessBuilder builder = new ProcessBuilder(List.of("pgbench", "--no-vacuum", "--protocol=prepared",
                "--client=" + connections, "--jobs=2", "--time=" + duration.toSeconds(), "--file=" + script,
                "--host=" + config.pgHost(), "--port=" + config.pgPort(), "--username=" + config.pgUser(), config.database()))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        if (!config.pgPassword().isEmpty()) {
            builder.environment().put("PGPASSWORD", config.pgPassword());
        }
        Process p = builder.start();
        if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("pgbench did not end; see " + output);
        }
        String out = Files.readString(output);
        Matcher tps = TPS.matcher(out);
        Matcher latency = LATENCY.matcher(out);
        if (p.exitValue() != 0 || !tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench failed (exit " + p.exitValue() + "): " + out);
        }
        long rows = db.count("SELECT COUNT(*) FROM bench_commit_probe");
        db.execute("DROP TABLE bench_commit_probe");
        return new Result(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)), rows);
    }
}
