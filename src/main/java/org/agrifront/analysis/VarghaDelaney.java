package org.agrifront.analysis;

/**
 * Vargha &amp; Delaney's (2000) A12 effect size, "A critique and improvement of the CL common language effect size
 * statistics of McGraw and Wong", J. Educ. Behav. Stat. 25(2): the probability that a value drawn from {@code x}
 * is larger than one drawn from {@code y}, ties counting one half, {@code A = (#(x > y) + #(x = y) / 2) / (m·n)}.
 * 0.5 means no effect; the paper's thresholds on |A − 0.5| are 0.06 (small), 0.14 (medium) and 0.21 (large).
 */
public final class VarghaDelaney {
    private VarghaDelaney() {
    }

    /** A12 of {@code x} over {@code y}; NaN values are left out; NaN if either sample is then empty. */
    public static double a12(double[] x, double[] y) {
        double[] a = Descriptive.finite(x), b = Descriptive.finite(y);
        if (a.length == 0 || b.length == 0) return Double.NaN;
        double[] bs = b.clone();
        java.util.Arrays.sort(bs);
        double wins = 0;
        for (double v : a) {
            int below = lowerBound(bs, v), notAbove = upperBound(bs, v);
            wins += below + 0.5 * (notAbove - below);
        }
        return wins / ((double) a.length * b.length);
    }

    /** negligible, small, medium or large by the paper's thresholds. */
    public static String magnitude(double a12) {
        if (Double.isNaN(a12)) return "";
        double e = Math.abs(a12 - 0.5);
        return e < 0.06 ? "negligible" : e < 0.14 ? "small" : e < 0.21 ? "medium" : "large";
    }

    private static int lowerBound(double[] s, double v) {
        int lo = 0, hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int upperBound(double[] s, double v) {
        int lo = 0, hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
