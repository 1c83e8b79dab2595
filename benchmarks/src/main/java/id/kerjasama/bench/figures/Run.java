package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.World;
import id.kerjasama.bench.harness.Api;
import id.kerjasama.bench.harness.Profiler;
import id.kerjasama.bench.harness.Side;
import id.kerjasama.bench.report.Results;
import id.kerjasama.bench.store.Db;
import id.kerjasama.bench.store.Synthetic;

import java.util.Iterator;

/**
 * What the phases of one run share: the settings, both sides (the rebuild replaces the query side), the API and
 * the database, the synthetic store (the verification stores its first rows, the rebuild the rest) and the results.
 */
public final class Run {
    final Config config;
    final World world;
    final Api api;
    final Db db;
    final Results results;
    /** Null without --profile. */
    final Profiler profiler;
    private final Side command;
    private volatile Side query;
    /** The highest peak RSS of the query sides stopped so far. */
    long queryPeakRssKiB;
    Synthetic synthetic;
    /** The synthetic rows not stored yet: the verification phase stores the first ones, the rebuild the rest. */
    Iterator<Synthetic.Row> syntheticRows;
    long verificationRows;

    public Run(Config config, World world, Api api, Db db, Results results, Profiler profiler, Side command, Side query) {
        this.config = config;
        this.world = world;
        this.api = api;
        this.db = db;
        this.results = results;
        this.profiler = profiler;
        this.command = command;
        this.query = query;
    }

    public Side command() {
        return command;
    }

    public Side query() {
        return query;
    }

    void replaceQuery(Side side) {
        query = side;
    }
}
