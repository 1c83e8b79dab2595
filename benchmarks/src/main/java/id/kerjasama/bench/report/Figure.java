package id.kerjasama.bench.report;

public record Figure(String name, double value, String unit, Double baseline, Double ratio, Double target, Target kind,
                     String about) {
    /** A figure with no target. */
    public static Figure info(String name, double value, String unit, String about) {
        return new Figure(name, value, unit, null, null, null, null, about);
    }

    /** A figure judged on its value. */
    public static Figure limit(String name, double value, String unit, double target, String about) {
        return new Figure(name, value, unit, null, null, target, Target.VALUE_AT_MOST, about);
    }

    /** A figure judged as a ratio to its baseline. */
    public static Figure ratio(String name, double value, String unit, double baseline, Double target, Target kind, String about) {
        return new Figure(name, value, unit, baseline, baseline == 0 ? null : value / baseline, target, kind, about);
    }

    Boolean met() {
        if (target == null) {
            return null;
        }
        double measured = kind.onRatio ? (ratio == null ? Double.NaN : ratio) : value;
        return kind.sign.equals(">=") ? measured >= target : measured <= target;
    }

    String targetText() {
        if (target == null) {
            return "";
        }
        return (kind.onRatio ? "ratio " : "") + kind.sign + " " + trim(target);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.format("%.0f", v) : String.valueOf(v);
    }
}
