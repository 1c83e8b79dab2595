package id.kerjasama.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.bench.harness.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes benchmarks/RESULTS.md from the runs' files, {@code results/<mode>-run<n>.json}: per mode the median of
 * every figure over its runs (a ratio is the median of the runs' ratios, each taken against a baseline measured
 * in the same run), whether its target is met, each run's figures beside, the CPU of every phase, and the profile
 * where the runs were profiled ({@code results/<mode>-run<n>.profile.txt}). benchmarks/run calls it after the runs.
 */
public final class Summary {
    private static final List<String> MODES = List.of("full", "short");

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path markdown = Path.of(args[1]);
        StringBuilder out = new StringBuilder("# Benchmark results\n\n");
        out.append("Written by `benchmarks/run` from `results/<mode>-run<n>.json` (what each figure means and how its "
                + "baseline is taken: `README.md` in this folder); the next run of a mode rewrites its section. A "
                + "figure is the median of the mode's runs; a ratio is the median of the runs' ratios, each against a "
                + "baseline measured in the same run. Targets hold for the full mode; the short mode shows them for "
                + "orientation. Read absolute numbers with the CPU table of each run: the machine's two cores are "
                + "often shared with other work (the `everything else` column).\n\n");
        for (String mode : MODES) {
            List<Path> runs = runs(results, mode);
            if (!runs.isEmpty()) {
                section(out, mode, runs);
            }
        }
        Files.writeString(markdown, out.toString());
        System.out.println("wrote " + markdown);
    }

    private static List<Path> runs(Path results, String mode) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(f -> f.getFileName().toString().matches(mode + "-run\\d+\\.json")).sorted().toList();
        }
    }

    private static void section(StringBuilder out, String mode, List<Path> files) throws IOException {
        List<JsonNode> runs = new ArrayList<>();
        for (Path f : files) {
            runs.add(Json.read(Files.readString(f)));
        }
        JsonNode first = runs.get(0);
        out.append("## ").append(mode).append(" mode: median of ").append(runs.size()).append(runs.size() == 1 ? " run" : " runs")
                .append("\n\n");
        for (JsonNode run : runs) {
            JsonNode m = run.path("machine");
            JsonNode b = run.path("build");
            out.append(String.format(Locale.ROOT, "- %s: commit %s%s; %d cores, PostgreSQL %s, Java %s; load average %.2f at "
                            + "the start, %.2f at the end%s%n", run.path("date").asText(), b.path("commit").asText(),
                    b.path("uncommittedChanges").asBoolean() ? " with uncommitted changes outside benchmarks/" : "",
                    m.path("cores").asInt(), m.path("postgresVersion").asText(), m.path("java").asText(),
                    m.path("loadAverage1mAtStart").asDouble(), m.path("loadAverage1mAtEnd").asDouble(),
                    b.path("sideJvmOptions").asText().isEmpty() ? "" : "; side JVM options " + b.path("sideJvmOptions").asText()));
        }
        out.append("\n| figure | value | unit | baseline | ratio | target | met? |");
        for (int i = 1; i <= runs.size() && runs.size() > 1; i++) {
            out.append(" run ").append(i).append(" |");
        }
        out.append("\n|---|---:|---|---:|---:|---|---|");
        out.append("---:|".repeat(runs.size() > 1 ? runs.size() : 0)).append('\n');
        for (JsonNode figure : first.path("figures")) {
            String name = figure.path("name").asText();
            List<JsonNode> same = runs.stream().map(r -> find(r, name)).filter(f -> f != null).toList();
            Double value = median(same, "value");
            Double baseline = median(same, "baseline");
            Double ratio = median(same, "ratio");
            String applies = figure.path("targetApplies").isNull() ? null : figure.path("targetApplies").asText();
            Double target = figure.path("target").isNull() ? null : figure.path("target").asDouble();
            String met = "";
            if (target != null && applies != null) {
                Double measured = applies.startsWith("ratio") ? ratio : value;
                boolean ok = measured != null && (applies.endsWith(">=") ? measured >= target : measured <= target);
                met = ok ? "yes" : "**no**";
            }
            out.append("| `").append(name).append("` | ").append(number(value)).append(" | ").append(figure.path("unit").asText())
                    .append(" | ").append(number(baseline)).append(" | ").append(number(ratio)).append(" | ")
                    .append(target == null ? "" : applies + " " + number(target)).append(" | ").append(met).append(" |");
            if (runs.size() > 1) {
                for (JsonNode run : runs) {
                    JsonNode f = find(run, name);
                    out.append(' ').append(f == null ? "" : number(f.path("ratio").isNull() ? num(f, "value") : num(f, "ratio")))
                            .append(" |");
                }
            }
            out.append('\n');
        }
        if (runs.size() > 1) {
            out.append("\nThe run columns show each run's ratio where the figure has a baseline, its value otherwise.\n");
        }
        out.append("\nWhat each figure measured (first run):\n\n");
        for (JsonNode figure : first.path("figures")) {
            if (figure.hasNonNull("about")) {
                out.append("- `").append(figure.path("name").asText()).append("`: ").append(figure.path("about").asText()).append('\n');
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            JsonNode run = runs.get(i);
            out.append("\nRun ").append(i + 1).append(": seconds and CPU (in cores) per phase\n\n");
            out.append("| phase | seconds | benchmark + both sides | PostgreSQL | everything else |\n|---|---:|---:|---:|---:|\n");
            run.path("phaseSeconds").fields().forEachRemaining(p -> {
                JsonNode cpu = run.path("phaseCpuCores").path(p.getKey());
                out.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %s | %s |%n", p.getKey(), p.getValue().asDouble(),
                        cpu.path("benchmarkAndSides").asText(), cpu.path("postgres").asText(), cpu.path("everythingElse").asText()));
            });
            for (JsonNode note : run.path("notes")) {
                out.append("\nNote: ").append(note.asText()).append('\n');
            }
        }
        for (Path file : files) {
            Path profile = file.resolveSibling(file.getFileName().toString().replace(".json", ".profile.txt"));
            if (Files.exists(profile)) {
                out.append("\n### Where the time goes (thread dumps of ").append(profile.getFileName()).append(")\n\n```\n")
                        .append(Files.readString(profile).strip()).append("\n```\n");
                break;
            }
        }
        out.append('\n');
    }

    private static JsonNode find(JsonNode run, String name) {
        for (JsonNode f : run.path("figures")) {
            if (f.path("name").asText().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static Double num(JsonNode figure, String field) {
        JsonNode v = figure.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }

    /** The median of the figure's field over the runs that have it (the mean of the middle two of an even count). */
    static Double median(List<JsonNode> figures, String field) {
        double[] values = figures.stream().map(f -> num(f, field)).filter(v -> v != null).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        if (values.length == 0) {
            return null;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        double v = Math.abs(value);
        return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", value) : v >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : v >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
