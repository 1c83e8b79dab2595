package id.kerjasama.bench.figures;

import id.kerjasama.bench.harness.Actor;
import id.kerjasama.bench.harness.Json;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.report.Figure;
import id.kerjasama.bench.report.Target;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static id.kerjasama.bench.harness.Log.log;

/**
 * Figure 8: verification of the whole store through {@code GET /api/audit/verification} (streamed NDJSON,
 * as a national inspector) when it holds 100,000 chained events (short mode: 3,000, the same share of the data
 * set). They are the first rows of figure 2's synthetic store, inserted here with their chain links, which the
 * benchmark computes itself from docs/AUDIT-CHAIN.md, so a clean result also cross-checks that document; the
 * rest of the synthetic store follows in the rebuild phase, linked after its timed insert. Baseline: one JDBC connection
 * reading the same rows (every column of domain_event_entry and event_chain, in chain order), rows/s.
 */
public final class Verification extends Phase {

    /** Requests measured after the first one, which also compiles the code: the figure is their median. */
    private static final int WARM_RUNS = 3;

    public Verification(Run run) {
        super(run);
    }

    public void measure() throws Exception {
        long events = mode.rebuildEvents() / 10;
        run.verificationRows = db.insertChained(run.syntheticRows, events);
        log("   inserted %,d synthetic events with their chain links; waiting for the projection", run.verificationRows);
        awaitCaughtUp(Duration.ofSeconds(mode.name().equals("full") ? 300 : 60));
        awaitQuiet(Duration.ofSeconds(60));
        double rawRate = db.rawReadRate();
        long stored = db.count("SELECT COUNT(*) FROM domain_event_entry");
        log("   raw read of %,d events and their links: %,.0f events/s", stored, rawRate);
        // the first request after the start also compiles the verification's code; an auditor's later ones do not
        Verified first = verify();
        log("   verification, first request: %s", first.describe());
        List<Verified> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(verify());
        }
        warm.sort(Comparator.comparingDouble(Verified::rate));
        Verified median = warm.get(WARM_RUNS / 2);
        log("   verification, next %d requests: %s", WARM_RUNS,
                warm.stream().map(v -> String.format("%,.0f", v.rate())).collect(Collectors.joining(", ")) + " events/s");
        for (Verified v : warm) {
            if (v.failed() != 0) {
                note("verification: " + v.failed() + " cooperations failed to verify: " + v.finished());
            }
        }
        String about = String.format("GET /api/audit/verification (whole store, NDJSON, national inspector) over %,d "
                + "chained events of %,d cooperations, %d failed; the median of %d requests after a first one (%,.0f "
                + "events/s, figure verification.firstRate); baseline: one JDBC connection reading the same events and "
                + "chain links", median.events(), median.cooperations(), median.failed(), WARM_RUNS, first.rate());
        figure(Figure.ratio("verification.rate", median.rate(), "events/s", rawRate, 50_000.0, Target.VALUE_AT_LEAST, about));
        figure(Figure.info("verification.seconds", median.seconds(), "s", null));
        figure(Figure.info("verification.firstRate", first.rate(), "events/s",
                "the first whole-store verification after the query side started (its code not yet compiled)"));
    }

    /** One whole-store verification, read to its finished line. */
    private record Verified(long events, long cooperations, long failed, int failedLines, double seconds, String finished) {
        double rate() {
            return events / seconds;
        }

        String describe() {
            return String.format("%,d events (%,d cooperations) in %.2f s = %,.0f events/s; %d failed (%d failure lines)",
                    events, cooperations, seconds, rate(), failed, failedLines);
        }
    }

    private Verified verify() throws Exception {
        long start = System.nanoTime();
        List<String> lines = api.queryLines("/api/audit/verification", Actor.NATIONAL_INSPECTOR, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        String finished = null;
        int failedLines = 0;
        for (String line : lines) {
            String type = Json.read(line).path("type").asText();
            if (type.equals("finished")) {
                finished = line;
            } else if (type.equals("failed")) {
                failedLines++;
            }
        }
        if (finished == null) {
            throw new IllegalStateException("GET /api/audit/verification did not finish");
        }
        Reply totals = new Reply(200, finished);
        return new Verified(totals.longField("events"), totals.longField("cooperations"), totals.longField("failed"),
                failedLines, seconds, finished);
    }
}
