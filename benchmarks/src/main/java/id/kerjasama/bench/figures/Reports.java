package id.kerjasama.bench.figures;

import id.kerjasama.bench.harness.Actor;
import id.kerjasama.bench.harness.Latencies;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.report.Figure;

import java.time.LocalDate;

import static id.kerjasama.bench.harness.Log.log;

/**
 * The inspectors' reports on the read model of figure 2 (100,000 cooperations in full mode), asked by the national
 * inspector one at a time: the compliance figures of the whole country, of the province and of the region with
 * the most cooperations, and the other report pages for the whole country. Two unmeasured requests of each first;
 * the target bounds the median of the measured ones, the slowest is shown beside it.
 */
public final class Reports extends Phase {

    public Reports(Run run) {
        super(run);
    }

    public void measure() throws Exception {
        db.execute("VACUUM ANALYZE query.inspection_file");
        db.execute("VACUUM ANALYZE query.inspection_stage_stay");
        long files = db.count("SELECT COUNT(*) FROM query.inspection_file");
        String region = db.string("SELECT region_code FROM query.inspection_file GROUP BY region_code "
                + "ORDER BY COUNT(*) DESC, region_code LIMIT 1");
        String province = db.string("SELECT province_code FROM query.inspection_file GROUP BY province_code "
                + "ORDER BY COUNT(*) DESC, province_code LIMIT 1");
        LocalDate today = LocalDate.now(JAKARTA);
        String year = "from=" + today.minusYears(1) + "&to=" + today;
        page("reports.compliance.country", "/api/reports/compliance", 1000, files + " cooperations");
        page("reports.compliance.province", "/api/reports/compliance?province=" + province, 200, "province " + province);
        page("reports.compliance.region", "/api/reports/compliance?region=" + region, 200, "region " + region);
        page("reports.overdue", "/api/reports/overdue", 200, "the whole country, first page");
        page("reports.labelMismatches", "/api/reports/label-mismatches", 200, "the whole country, first page");
        page("reports.decisions", "/api/reports/decisions?unit=" + region + "&" + year, 200,
                "the decisions of region " + region + " over a year, first page");
        page("reports.periodic", "/api/reports/periodic?region=" + region + "&" + year, 200,
                "the periodic report of region " + region + " over a year (JSON)");
    }

    private void page(String name, String path, double limitMs, String what) throws Exception {
        for (int i = 0; i < 2; i++) {
            check(path, api.query(path, Actor.NATIONAL_INSPECTOR));
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < mode.reportSamples(); i++) {
            long t0 = System.nanoTime();
            Reply reply = api.query(path, Actor.NATIONAL_INSPECTOR);
            latencies.add(System.nanoTime() - t0);
            check(path, reply);
        }
        log("   %s (%s): %s", name, path, latencies.describe());
        String about = String.format("GET %s: %s, national inspector, %d requests one at a time after 2 unmeasured",
                path, what, mode.reportSamples());
        figure(Figure.limit(name + ".p50", latencies.p(50), "ms", limitMs, about));
        figure(Figure.info(name + ".max", latencies.p(100), "ms", null));
    }

    private static void check(String path, Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("GET " + path + ": " + reply.status() + " " + reply.body());
        }
    }
}
