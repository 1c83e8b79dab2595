package id.kerjasama.bench.figures;

/**
 * The size of each phase; short stays under ten minutes on two cores, full the target sizes (1,000,000 events).
 * {@code warmupSeconds} is the longest warm-up of an application before its command figures: it ends earlier once the
 * throughput is steady (Commands).
 */
public record Mode(String name, int warmupSeconds, int rawCommitSeconds, int initiateSeconds, int mixSeconds,
                   int rebuildEvents, int cooperationsPerTenEvents, int registryWarmupSeconds, int registrySeconds,
                   int registryRate, int loadCooperationsPerClass, int loadCommandsPerCooperation, int asOfWarmup,
                   int asOfSamples, int lagSamples, int halfRateSeconds, int reportSamples) {

    public static Mode of(String name) {
        return switch (name) {
            case "short" -> new Mode("short", 60, 5, 8, 10, 30_000, 10, 30, 15, 200, 3, 20, 100, 150, 150, 8, 5);
            case "full" -> new Mode("full", 210, 15, 30, 45, 1_000_000, 10, 60, 60, 200, 5, 40, 300, 500, 500, 20, 10);
            default -> throw new IllegalArgumentException("mode is short or full, not " + name);
        };
    }
}
