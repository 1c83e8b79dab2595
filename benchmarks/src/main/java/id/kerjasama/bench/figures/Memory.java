package id.kerjasama.bench.figures;

import id.kerjasama.bench.report.Figure;

/** Figure 7: the peak resident set size of both sides. */
public final class Memory extends Phase {

    public Memory(Run run) {
        super(run);
    }

    public void measure() {
        long commandKiB = run.command().peakRssKiB();
        run.queryPeakRssKiB = Math.max(run.queryPeakRssKiB, run.query().peakRssKiB());
        String jvm = config.sideJvmOptions().isEmpty() ? "default JVM options" : String.join(" ", config.sideJvmOptions());
        figure(Figure.info("memory.commandSide.peakRss", commandKiB / 1024.0, "MiB",
                "VmHWM of the command side's JVM at the end of the run (" + jvm + ")"));
        figure(Figure.info("memory.querySide.peakRss", run.queryPeakRssKiB / 1024.0, "MiB",
                "highest VmHWM of the query side's JVMs (one before, one from the rebuild on) (" + jvm + ")"));
    }
}
