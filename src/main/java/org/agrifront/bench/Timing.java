package org.agrifront.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Small timing helpers: repeat an action for a minimum time after a warm-up, take medians. */
final class Timing {
    private Timing() {
    }

    /**
     * Calls {@code batch} (which performs some operations and returns how many) until {@code seconds} have passed,
     * after {@code warmupSeconds} of the same; returns operations per second.
     */
    static double rate(LongSupplier batch, double warmupSeconds, double seconds) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < end) batch.getAsLong();
        long ops = 0;
        long t0 = System.nanoTime();
        long stop = t0 + (long) (seconds * 1e9);
        long now;
        do {
            ops += batch.getAsLong();
            now = System.nanoTime();
        } while (now < stop);
        return ops / ((now - t0) / 1e9);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
