package org.interchange.benchmarks.server;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicInteger;

/** Collects request latencies from many threads into a fixed array and reports percentiles; paused, it drops them. */
final class LatencyRecorder {
    private final AtomicLongArray nanos;
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean paused;

    LatencyRecorder(int capacity) {
        nanos = new AtomicLongArray(capacity);
    }

    /** Drops what is recorded until {@link #resume()}, e.g. while the JIT compilers warm up. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    void record(long elapsedNanos) {
        if (paused) {
            return;
        }
        int i = count.getAndIncrement();
        if (i < nanos.length()) {
            nanos.set(i, elapsedNanos);
        }
    }

    int count() {
        return Math.min(count.get(), nanos.length());
    }

    /** Latency percentiles in milliseconds: p50, p90, p99, p99.9 and the maximum. */
    double[] percentilesMillis() {
        int n = count();
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = nanos.get(i);
        }
        Arrays.sort(sorted);
        double[] qs = {0.50, 0.90, 0.99, 0.999, 1.0};
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            int index = n == 0 ? 0 : Math.min(n - 1, (int) Math.ceil(qs[i] * n) - 1);
            out[i] = n == 0 ? 0 : sorted[Math.max(0, index)] / 1e6;
        }
        return out;
    }
}
