package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.Scripts;
import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.data.World;
import id.kerjasama.bench.harness.Actor;
import id.kerjasama.bench.harness.Api;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.harness.Side;
import id.kerjasama.bench.harness.Step;
import id.kerjasama.bench.report.Figure;
import id.kerjasama.bench.store.Db;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static id.kerjasama.bench.harness.Log.log;

/** A phase of the run: what it measures becomes figures and notes of the run's results. */
abstract class Phase {
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    final Run run;
    final Config config;
    final Mode mode;
    final World world;
    final Api api;
    final Db db;

    Phase(Run run) {
        this.run = run;
        this.config = run.config;
        this.mode = run.config.mode();
        this.world = run.world;
        this.api = run.api;
        this.db = run.db;
    }

    void figure(Figure figure) {
        run.results.add(figure);
    }

    void note(String note) {
        run.results.note(note);
    }

    /**
     * Waits (bounded) until PostgreSQL runs nothing for this database but the query side's polling: the end of any
     * backlog a phase left behind (a server still answering requests its clients gave up on).
     */
    /**
     * A new query side in place of the stopped one, up but perhaps far behind the store (its readiness waits for the
     * projection, which is what the caller measures or waits for), and watched by the profiler.
     */
    void startNewQuerySide() throws Exception {
        Side query = config.querySide();
        run.replaceQuery(query);
        query.start();
        query.awaitLive(api);
        if (run.profiler != null) {
            run.profiler.watch(run.command(), query);
        }
    }

    void awaitQuiet(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int quiet = 0;
        while (System.nanoTime() < deadline && quiet < 3) {
            quiet = db.activeStatements() <= 1 ? quiet + 1 : 0;
            Thread.sleep(500);
        }
        if (quiet < 3) {
            note("PostgreSQL was still busy with this database " + limit.toSeconds() + " s after a phase");
        }
    }

    /** Waits (bounded) until the live projection has caught up with the event store. */
    void awaitCaughtUp(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long head = db.count("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry");
        while (System.nanoTime() < deadline) {
            Reply progress = api.query("/api/admin/rebuild", Actor.OPERATOR);
            if (progress.longField("position") >= head) {
                return;
            }
            Thread.sleep(100);
        }
        note("the projection had not caught up within " + limit.toSeconds() + " s before a phase");
        log("   the projection had not caught up within %d s", limit.toSeconds());
    }

    /**
     * An active synergy with exactly {@code length} events: imported NK, Rencana Kerja drafted, approved and
     * signed, implementation started and one activity, all through the API (6 events); then copies of that
     * ActivityRecorded row inserted up to the length, each with its own id, sequence and time.
     */
    Spec activeCooperation(int index, int length) throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        Spec spec = world.spec(config.seed() + 3, 700_000 + index).asImportedSynergy();
        for (Step step : Scripts.importedSynergy(spec, today)) {
            Reply reply = api.command(step.path(spec.id), step.actor(), step.body());
            if (!reply.ok()) {
                throw new IllegalStateException(step.name() + " refused: " + reply.status() + " " + reply.body());
            }
        }
        if (length > Scripts.IMPORTED_SYNERGY_EVENTS) {
            db.extendWithCopiesOfLast(spec.id, length);
        }
        return spec;
    }
}
