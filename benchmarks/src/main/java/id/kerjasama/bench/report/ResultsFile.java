package id.kerjasama.bench.report;

import id.kerjasama.bench.harness.Json;
import id.kerjasama.bench.harness.Machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code results/<mode>.json}: the run's figures with the machine and the build they were measured on. */
public final class ResultsFile {

    private ResultsFile() {
    }

    public static void write(Path file, String mode, Instant started, long seed, Map<String, Object> machine,
                             Map<String, Object> build, Results results) throws IOException {
        List<Object> list = new ArrayList<>();
        for (Figure f : results.ordered()) {
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
        root.put("mode", mode);
        root.put("date", started.toString());
        root.put("seed", seed);
        root.put("machine", machine);
        root.put("build", build);
        root.put("figures", list);
        root.put("phaseSeconds", results.phaseSeconds());
        root.put("phaseCpuCores", results.phaseCpu());
        root.put("notes", results.notes());
        Files.writeString(file, Json.pretty(root) + "\n");
    }

    /** The machine the run shared with whatever else ran on it. */
    public static Map<String, Object> machine(String postgresVersion, double loadAtStart, double loadAtEnd) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Math.round(Machine.memTotalKiB() / 1024.0 / 1024.0 * 10) / 10.0);
        machine.put("postgresVersion", postgresVersion);
        machine.put("java", System.getProperty("java.version"));
        machine.put("loadAverage1mAtStart", loadAtStart);
        machine.put("loadAverage1mAtEnd", loadAtEnd);
        machine.put("sharedWithOtherWork", "other processes on this machine (other engineers' builds and tests) may "
                + "have shared the cores during the run; see the load averages");
        return machine;
    }

    /** Which code was measured: the commit, whether the work tree had changes, when each jar was built. */
    public static Map<String, Object> build(Path repo, Path commandJar, Path queryJar, List<String> sideJvmOptions) {
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("commit", git(repo, "rev-parse", "--short", "HEAD"));
        String status = git(repo, "status", "--porcelain", "--", ".", ":!benchmarks");
        build.put("uncommittedChanges", status == null ? null : !status.isBlank());
        build.put("commandJarBuilt", jarTime(commandJar));
        build.put("queryJarBuilt", jarTime(queryJar));
        build.put("sideJvmOptions", String.join(" ", sideJvmOptions));
        return build;
    }

    private static String git(Path repo, String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
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

    private static Object round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return Math.abs(v) >= 100 ? Math.round(v * 10) / 10.0 : Math.round(v * 1000) / 1000.0;
    }
}
