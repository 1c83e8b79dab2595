package id.kerjasama.bench.figures;

import com.fasterxml.jackson.databind.JsonNode;
import id.kerjasama.bench.harness.Actor;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.report.Figure;
import id.kerjasama.bench.report.Target;
import id.kerjasama.bench.store.Db;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import static id.kerjasama.bench.harness.Log.log;

/**
 * Figure 2. The query side is stopped; N synthetic events (from the templates, interleaved across
 * cooperations as in a real store) are inserted straight into domain_event_entry by one connection in batches
 * of 1,000 (the baseline: the raw batched insert rate of these rows), then linked in event_chain, untimed (the
 * command side refuses to append after an unchained event, and later phases continue these cooperations); a
 * new query side starts, and
 * POST /api/admin/rebuild replays the whole store; the rate is events over the time until the read model
 * holds every event.
 */
public final class Rebuild extends Phase {

    public Rebuild(Run run) {
        super(run);
    }

    public void measure() throws Exception {
        run.queryPeakRssKiB = Math.max(run.queryPeakRssKiB, run.query().peakRssKiB());
        run.query().stop();
        log("   inserting %,d events of %,d synthetic cooperations into domain_event_entry (%,d more were inserted "
                + "for the verification)", run.synthetic.events - run.verificationRows, run.synthetic.cooperations,
                run.verificationRows);
        Db.InsertResult insert = db.insertBatched(run.syntheticRows);
        double insertRate = insert.rows() / insert.seconds();
        log("   raw batched insert: %,d rows in %.1f s = %,.0f rows/s", insert.rows(), insert.seconds(), insertRate);
        log("   linked %,d synthetic events in event_chain (untimed)", db.chainUnchained());

        startNewQuerySide();
        long storedEvents = db.count("SELECT COUNT(*) FROM domain_event_entry");
        long cooperations = db.count("SELECT COUNT(DISTINCT aggregate_identifier) FROM domain_event_entry");
        long[] statsBefore = db.queryTableStats();
        long start = System.nanoTime();
        Reply started = api.queryPost("/api/admin/rebuild", Actor.OPERATOR);
        if (started.status() / 100 != 2) {
            throw new IllegalStateException("POST /api/admin/rebuild: " + started.status() + " " + started.body());
        }
        double seconds = awaitProjected(storedEvents, cooperations, start, Duration.ofMinutes(mode.name().equals("full") ? 30 : 8));
        double rate = storedEvents / seconds;
        log("   rebuild: %,d events (%,d cooperations) in %.1f s = %,.0f events/s", storedEvents, cooperations, seconds, rate);
        Thread.sleep(1500); // PostgreSQL publishes table statistics at most every second
        long[] statsAfter = db.queryTableStats();
        String work = String.format(Locale.ROOT, "rebuild work per event in schema query: %.2f statements-worth of row "
                        + "reads (index scans), %.2f rows inserted, %.2f updated, %.2f deleted; %.3f transactions",
                (statsAfter[0] - statsBefore[0]) / (double) storedEvents, (statsAfter[1] - statsBefore[1]) / (double) storedEvents,
                (statsAfter[2] - statsBefore[2]) / (double) storedEvents, (statsAfter[3] - statsBefore[3]) / (double) storedEvents,
                (statsAfter[4] - statsBefore[4]) / (double) storedEvents);
        log("   %s", work);
        note(work);
        figure(Figure.ratio("rebuild.rate", rate, "events/s", insertRate, 0.15, Target.RATIO_AT_LEAST,
                "replay of " + String.format("%,d", storedEvents) + " stored events (" + String.format("%,d", cooperations)
                        + " cooperations) through POST /api/admin/rebuild; baseline: one connection inserting the same rows "
                        + "in batches of 1,000"));
        figure(Figure.info("rebuild.seconds", seconds, "s", null));
    }

    /**
     * Waits until the read model holds every stored event: the rebuild endpoint reports no replay and its
     * position at the head, and query.cooperation has one row per cooperation whose versions add up to the events.
     */
    private double awaitProjected(long events, long cooperations, long startNanos, Duration limit) throws Exception {
        long deadline = startNanos + limit.toNanos();
        long lastLog = System.nanoTime();
        long firstDone = 0;
        long[] lastState = null;
        while (System.nanoTime() < deadline) {
            Reply progress = api.query("/api/admin/rebuild", Actor.OPERATOR);
            boolean replaying = progress.json().findValues("replaying").stream().anyMatch(JsonNode::asBoolean);
            long position = progress.longField("position");
            long head = progress.longField("head");
            long done = System.nanoTime();
            if (!replaying && position >= head && head > 0) {
                long[] state = db.readModelState();
                if (state[0] >= cooperations && state[1] >= events) {
                    return (done - startNanos) / 1e9;
                }
                // the processor says done but the versions do not add up: accept once they stop changing
                firstDone = firstDone == 0 ? done : firstDone;
                if (Arrays.equals(state, lastState) && done - firstDone > 5_000_000_000L) {
                    note(String.format("rebuild: the read model reflects %,d cooperations and %,d events of %,d and %,d "
                            + "stored; timed to the processor's own end", state[0], state[1], cooperations, events));
                    return (firstDone - startNanos) / 1e9;
                }
                lastState = state;
            } else {
                firstDone = 0;
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                log("   ... position %,d of %,d", position, head);
                lastLog = System.nanoTime();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the read model did not catch up within " + limit);
    }
}
