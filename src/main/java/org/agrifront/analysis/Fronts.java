package org.agrifront.analysis;

import java.util.Arrays;

/**
 * Helpers on point sets stored row-major ({@code points[i * d + j]} = objective {@code j} of point {@code i}), all
 * objectives minimised. Every method leaves its input untouched.
 */
public final class Fronts {
    private Fronts() {
    }

    /** Fails unless {@code points} holds exactly {@code n × d} finite-or-infinite numbers (no NaN). */
    public static void check(double[] points, int n, int d) {
        if (points == null) throw new IllegalArgumentException("points is null");
        if (n < 0 || d < 1) throw new IllegalArgumentException("need n >= 0 and d >= 1, found n=" + n + ", d=" + d);
        if (points.length != (long) n * d) {
            throw new IllegalArgumentException("points has " + points.length + " values, expected n*d = " + n + "*" + d);
        }
        for (int i = 0; i < points.length; i++) {
            if (Double.isNaN(points[i])) throw new IllegalArgumentException("NaN at point " + i / d + ", objective " + i % d);
        }
    }

    /** True when row {@code a} of {@code p} is {@code <=} row {@code b} of {@code q} in every objective. */
    static boolean weaklyDominates(double[] p, int a, double[] q, int b, int d) {
        int oa = a * d, ob = b * d;
        for (int j = 0; j < d; j++) if (p[oa + j] > q[ob + j]) return false;
        return true;
    }

    /**
     * The non-dominated rows of {@code points} (minimisation), each distinct vector once, in lexicographic order.
     * After a lexicographic sort a point can only be dominated by an earlier one, so each point is compared with
     * the kept front only: O(n log n + n·|front|·d).
     */
    public static double[] nondominated(double[] points, int n, int d) {
        check(points, n, d);
        Integer[] order = lexicographicOrder(points, n, d);
        double[] kept = new double[n * d];
        int k = 0;
        for (Integer idx : order) {
            int i = idx;
            boolean dominated = false;
            for (int r = 0; r < k && !dominated; r++) dominated = weaklyDominates(kept, r, points, i, d);
            if (!dominated) System.arraycopy(points, i * d, kept, (k++) * d, d);
        }
        return Arrays.copyOf(kept, k * d);
    }

    /** Row indices in lexicographic order of the rows (ties by index, so the order is deterministic). */
    public static Integer[] lexicographicOrder(double[] points, int n, int d) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            for (int j = 0; j < d; j++) {
                int c = Double.compare(points[a * d + j], points[b * d + j]);
                if (c != 0) return c;
            }
            return Integer.compare(a, b);
        });
        return order;
    }

    /** Smallest value of each objective (the ideal point of the set). */
    public static double[] min(double[] points, int n, int d) {
        double[] m = new double[d];
        Arrays.fill(m, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) m[j] = Math.min(m[j], points[i * d + j]);
        return m;
    }

    /** Largest value of each objective (the nadir point of a non-dominated set). */
    public static double[] max(double[] points, int n, int d) {
        double[] m = new double[d];
        Arrays.fill(m, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) m[j] = Math.max(m[j], points[i * d + j]);
        return m;
    }

    /** Euclidean distance between row {@code a} of {@code p} and row {@code b} of {@code q}. */
    static double distance(double[] p, int a, double[] q, int b, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = p[a * d + j] - q[b * d + j];
            s += t * t;
        }
        return Math.sqrt(s);
    }
}
