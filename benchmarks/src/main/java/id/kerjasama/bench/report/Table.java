package id.kerjasama.bench.report;

/** The table printed at the end of a run: per figure its value, unit, baseline, ratio, target and whether it is met. */
public final class Table {

    private Table() {
    }

    public static void print(String mode, Results results) {
        String format = "%-36s %12s %-10s %12s %8s %-12s %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(format, "figure", "value", "unit", "baseline", "ratio", "target", "met?"));
        out.append("-".repeat(100)).append('\n');
        for (Figure f : results.ordered()) {
            Boolean met = f.met();
            out.append(String.format(format, f.name(), number(f.value()), f.unit(), number(f.baseline()),
                    number(f.ratio()), f.targetText(), met == null ? "" : met ? "yes" : "NO"));
        }
        System.out.println();
        System.out.println("Kerjasama benchmark, " + mode + " mode" + (mode.equals("short")
                ? " (targets are for the full mode; shown for orientation)" : ""));
        System.out.print(out);
        for (String note : results.notes()) {
            System.out.println("note: " + note);
        }
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 1000) {
            return String.format("%,.0f", v);
        }
        if (Math.abs(v) >= 100) {
            return String.format("%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format("%.1f", v);
        }
        return String.format("%.2f", v);
    }
}
