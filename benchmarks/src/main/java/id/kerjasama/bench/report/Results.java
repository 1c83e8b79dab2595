package id.kerjasama.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run found: its figures, its notes, and how long each phase took and who used the CPU meanwhile. */
public final class Results {
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
    private final Map<String, Object> phaseCpu = new LinkedHashMap<>();

    public void add(Figure figure) {
        figures.add(figure);
    }

    public void note(String note) {
        notes.add(note);
    }

    public void phase(String name, double seconds, Map<String, Object> cpuCores) {
        phaseSeconds.put(name, Math.round(seconds * 10) / 10.0);
        phaseCpu.put(name, cpuCores);
    }

    /** The figures in the order of the README's table: commands, growth, rebuild, aggregate load, asOf, registry, reports, lag, verification, memory. */
    public List<Figure> ordered() {
        List<String> order = List.of("baseline", "command", "growth", "rebuild", "aggregateLoad", "asOf", "registry", "reports", "projectionLag", "verification", "memory");
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparingInt(f -> {
            int i = order.indexOf(f.name().split("\\.")[0]);
            return i < 0 ? order.size() : i;
        }));
        return sorted;
    }

    public List<String> notes() {
        return notes;
    }

    Map<String, Double> phaseSeconds() {
        return phaseSeconds;
    }

    Map<String, Object> phaseCpu() {
        return phaseCpu;
    }
}
