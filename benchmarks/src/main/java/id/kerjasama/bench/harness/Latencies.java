package id.kerjasama.bench.harness;

import java.util.Arrays;

/** Latencies in nanoseconds; percentiles in milliseconds (nearest rank). */
public final class Latencies {
    private long[] values = new long[1024];
    private int size;
    private boolean sorted;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        sorted = false;
    }

    public synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public synchronized int size() {
        return size;
    }

    public synchronized double p(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return values[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public String describe() {
        return size() == 0 ? "no samples" : String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", p(50), p(99), p(100), size());
    }
}
