package id.kerjasama.bench.report;

public enum Target {
    RATIO_AT_LEAST(">=", true), RATIO_AT_MOST("<=", true), VALUE_AT_MOST("<=", false), VALUE_AT_LEAST(">=", false);

    public final String sign;
    final boolean onRatio;

    Target(String sign, boolean onRatio) {
        this.sign = sign;
        this.onRatio = onRatio;
    }
}
