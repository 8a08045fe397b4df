package org.sawt.benchmark;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/** Collects request latencies from many threads and reports percentiles. */
final class LatencyRecorder {

    private final AtomicLongArray nanos;
    private final AtomicInteger count = new AtomicInteger();

    LatencyRecorder(int capacity) {
        this.nanos = new AtomicLongArray(capacity);
    }

    void record(long latencyNanos) {
        int slot = count.getAndIncrement();
        if (slot < nanos.length()) {
            nanos.set(slot, latencyNanos);
        }
    }

    int count() {
        return Math.min(count.get(), nanos.length());
    }

    /** The latency in milliseconds below which this fraction of requests fell. */
    double percentileMillis(double fraction) {
        long[] sorted = new long[count()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = nanos.get(i);
        }
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
