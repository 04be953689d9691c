package org.agrifront.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's (1979) step-down adjustment of p-values for multiple comparisons, as R's {@code p.adjust(method = "holm")}:
 * with p sorted ascending, {@code adj_(i) = max_{j ≤ i} min(1, (m − j + 1) · p_(j))}. NaN p-values are left NaN
 * and not counted in m.
 */
public final class Holm {
    private Holm() {
    }

    /** Adjusted p-values in the order of {@code p} (not modified). */
    public static double[] adjust(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i])); // stable: ties keep their input order
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            out[i] = running;
        }
        return out;
    }
}
