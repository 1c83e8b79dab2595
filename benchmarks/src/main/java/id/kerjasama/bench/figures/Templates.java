package id.kerjasama.bench.figures;

import id.kerjasama.bench.data.CooperationType;
import id.kerjasama.bench.data.Scripts;
import id.kerjasama.bench.data.Spec;
import id.kerjasama.bench.data.Variant;
import id.kerjasama.bench.harness.Reply;
import id.kerjasama.bench.harness.Step;
import id.kerjasama.bench.store.StoredRow;
import id.kerjasama.bench.store.Synthetic;
import id.kerjasama.bench.store.Template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static id.kerjasama.bench.harness.Log.log;

/**
 * Drives a few cooperations of each shape through the API and keeps their stored rows as templates: the
 * exact bytes the command side wrote, with markers (title, partner, unit, names, regions, ids) that the
 * generator of figure 2 replaces for every synthetic cooperation. Also the JIT's first warm-up.
 */
public final class Templates extends Phase {

    public Templates(Run run) {
        super(run);
    }

    private final List<Template> templates = new ArrayList<>();

    public void measure() throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        String[][] shapes = {
                // name, type, partner kind, variant, monitoring steps, weight (per cent)
                {"ksdpk-business", "KSDPK", "BUSINESS", "NORMAL", "8", "25"},
                {"ksdpk-university", "KSDPK", "PRIVATE_UNIVERSITY", "NORMAL", "5", "10"},
                {"synergy-vertical", "SYNERGY", "VERTICAL_AGENCY", "NORMAL", "5", "20"},
                {"ksdd-dprd", "KSDD_VOLUNTARY", "REGION", "DPRD", "8", "25"},
                {"ksdpk-withdrawn", "KSDPK", "FOUNDATION", "WITHDRAW", "0", "10"},
                {"ksdd-rejected", "KSDD_VOLUNTARY", "REGION", "REJECT", "0", "10"},
        };
        for (String[] shape : shapes) {
            Spec spec = Spec.template(shape[0], CooperationType.valueOf(shape[1]), shape[2], Variant.valueOf(shape[3]));
            List<Step> steps = Scripts.lifecycle(spec, today, new SplittableRandom(config.seed()), Integer.parseInt(shape[4]));
            for (Step step : steps) {
                Reply reply = api.command(step.path(spec.id), step.actor(), step.body());
                if (!reply.ok()) {
                    throw new IllegalStateException("template " + spec.shape + ": " + step.name() + " refused: "
                            + reply.status() + " " + reply.body());
                }
            }
            List<StoredRow> rows = db.rowsOf(spec.id);
            Template template = Template.of(spec.shape, spec.id, rows, steps, Integer.parseInt(shape[5]));
            templates.add(template);
            log("   template %-18s %2d events (%s, %s)%s", spec.shape, rows.size(), spec.type, spec.variant,
                    template.steps().isEmpty() ? ": not one event per command, so its copies are not continued" : "");
        }
    }

    /** The synthetic store of the rebuild and the verification, made from the templates (not timed). */
    public void synthesise() {
        run.synthetic = new Synthetic(templates, world, mode.rebuildEvents(),
                mode.rebuildEvents() / mode.cooperationsPerTenEvents(), config.seed());
        run.syntheticRows = run.synthetic.rows();
    }
}
