package id.kerjasama.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who used the CPU during a phase, from /proc: this benchmark and both sides, every PostgreSQL process (of any
 * database), and everything else on the machine (other engineers' builds and tests), in cores (CPU-seconds per
 * second). Approximate: processes that start and end inside a phase count as "everything else".
 */
public final class Cpu {
    public record Sample(long nanos, long busy, Map<Long, Long> ours, Map<Long, Long> postgres) {
        public Usage since(Sample before) {
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

    public record Usage(double ours, double postgres, double other, double total) {
        public Map<String, Object> asMap() {
            return Json.obj("benchmarkAndSides", ours, "postgres", postgres, "everythingElse", other, "total", total);
        }
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public static Sample sample(List<Long> ourPids) {
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
