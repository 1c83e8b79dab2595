package id.kerjasama.bench.figures;

import id.kerjasama.bench.harness.Actor;
import id.kerjasama.bench.harness.Latencies;
import id.kerjasama.bench.harness.OpenLoop;
import id.kerjasama.bench.harness.Query;
import id.kerjasama.bench.report.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static id.kerjasama.bench.harness.Log.log;

/**
 * Figure 5. Filtered registry queries (region, type, stage and a word of the title, each taken from a
 * cooperation of the read model, so that none is empty by construction) at a fixed rate, open loop: every
 * request has a scheduled time and its latency runs from that time, so a slow answer cannot hide the ones
 * queued behind it.
 */
public final class Registry extends Phase {

    public Registry(Run run) {
        super(run);
    }

    public void measure() throws Exception {
        db.execute("VACUUM ANALYZE query.cooperation");
        db.execute("VACUUM ANALYZE query.cooperation_affair");
        List<String[]> rows = db.registrySample();
        long total = db.count("SELECT COUNT(*) FROM query.cooperation");
        SplittableRandom random = new SplittableRandom(config.seed() ^ 0x5EED);
        int needed = mode.registryRate() * (mode.registryWarmupSeconds() + mode.registrySeconds()) + 1;
        List<Query> queries = new ArrayList<>(needed);
        for (int i = 0; i < needed; i++) {
            String[] row = rows.get(random.nextInt(rows.size()));
            String[] words = Arrays.stream(row[3].split("[^\\p{L}]+")).filter(w -> w.length() >= 5).toArray(String[]::new);
            String word = words.length == 0 ? row[3].substring(0, Math.min(4, row[3].length()))
                    : words[random.nextInt(words.length)].toLowerCase(Locale.ROOT);
            // asked by the secretariat of the region, as a region's staff would: their read scope is that region
            queries.add(new Query("/api/cooperations?region=" + row[0] + "&type=" + row[1] + "&stage=" + row[2] + "&q=" + word,
                    new Actor("r" + row[0].replace(".", "") + "-bagian-kerja-sama", "SECRETARIAT", row[0])));
        }
        OpenLoop.Result warm = OpenLoop.run(api, queries.subList(0, mode.registryRate() * mode.registryWarmupSeconds()),
                mode.registryRate());
        awaitQuiet(Duration.ofMinutes(3));
        // the service time without queueing: one request at a time
        Latencies serial = new Latencies();
        for (Query query : queries.subList(0, 200)) {
            long t0 = System.nanoTime();
            api.query(query.path(), query.reader());
            serial.add(System.nanoTime() - t0);
        }
        log("   registry one at a time: %s", serial.describe());
        figure(Figure.info("registry.oneAtATime.p50", serial.p(50), "ms",
                "the same queries one at a time (no queueing): the service time"));
        OpenLoop.Result result = OpenLoop.run(api, queries.subList(mode.registryRate() * mode.registryWarmupSeconds(),
                queries.size()), mode.registryRate());
        log("   registry on %,d cooperations at %d req/s: %s (warm-up %s), %d errors of which %d not sent (%d in flight)",
                total, mode.registryRate(), result.latencies().describe(), warm.latencies().describe(), result.errors(),
                result.dropped(), OpenLoop.MAX_IN_FLIGHT);
        awaitQuiet(Duration.ofMinutes(3));
        String about = String.format("GET /api/cooperations?region&type&stage&q on %,d cooperations, open loop at %d req/s "
                + "for %d s (%d errors, of which %d not sent because %d were in flight; those count at the 30 s timeout)",
                total, mode.registryRate(), mode.registrySeconds(), result.errors(), result.dropped(), OpenLoop.MAX_IN_FLIGHT);
        figure(Figure.info("registry.p50", result.latencies().p(50), "ms", about));
        figure(Figure.limit("registry.p99", result.latencies().p(99), "ms", 20.0, about));
        figure(Figure.info("registry.achievedRate", result.achievedRate(), "req/s", null));
    }
}
