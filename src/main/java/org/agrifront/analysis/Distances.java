package org.agrifront.analysis;

import java.util.Arrays;

/**
 * Distance-based quality indicators over row-major point sets ({@code a}: the approximation, {@code n × d};
 * {@code z}: the reference front, {@code m × d}), all objectives minimised and, in Agrifront, normalised by the
 * reference front's ideal and nadir. Each costs O(n·m·d); inputs are never modified. An empty approximation gives
 * {@code NaN}.
 */
public final class Distances {
    private Distances() {
    }

    /**
     * IGD+ (Ishibuchi, Masuda, Tanigaki &amp; Nojima 2015, "Modified distance calculation in generational distance
     * and inverted generational distance", EMO 2015): the mean over reference points z of
     * {@code min_a sqrt(Σ_j max(a_j − z_j, 0)²)}, which only counts how far a point is <em>worse</em> than z and
     * is therefore weakly Pareto compliant. Lower is better; 0 when every reference point is weakly dominated.
     */
    public static double igdPlus(double[] a, int n, double[] z, int m, int d) {
        check(a, n, z, m, d);
        if (n == 0) return Double.NaN;
        double sum = 0;
        for (int r = 0; r < m; r++) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = Math.max(a[i * d + j] - z[r * d + j], 0);
                    s += t * t;
                }
                best = Math.min(best, s);
            }
            sum += Math.sqrt(best);
        }
        return sum / m;
    }

    /**
     * Generational distance in the form of Ishibuchi et al. (2015) and pymoo: the mean over approximation points of
     * the Euclidean distance to the nearest reference point (Van Veldhuizen's 1999 original takes the root of the
     * summed squares divided by n). Lower is better.
     */
    public static double generationalDistance(double[] a, int n, double[] z, int m, int d) {
        check(a, n, z, m, d);
        if (n == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int r = 0; r < m; r++) best = Math.min(best, Fronts.distance(a, i, z, r, d));
            sum += best;
        }
        return sum / n;
    }

    /**
     * Additive ε-indicator (Zitzler, Thiele, Laumanns, Fonseca &amp; da Fonseca 2003, "Performance assessment of
     * multiobjective optimizers", IEEE TEVC 7(2)): the smallest ε such that every reference point is weakly
     * dominated by some approximation point moved by −ε in every objective, {@code max_z min_a max_j (a_j − z_j)}.
     * Lower is better; ≤ 0 when the approximation weakly dominates the whole reference front.
     */
    public static double additiveEpsilon(double[] a, int n, double[] z, int m, int d) {
        check(a, n, z, m, d);
        if (n == 0) return Double.NaN;
        double worst = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < m; r++) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double e = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < d; j++) e = Math.max(e, a[i * d + j] - z[r * d + j]);
                best = Math.min(best, e);
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    /**
     * Deb's spread Δ for two objectives (Deb, Pratap, Agarwal &amp; Meyarivan 2002, NSGA-II, IEEE TEVC 6(2), eq. 1):
     * with the approximation sorted by the first objective, consecutive distances d_i and their mean d̄, and d_f,
     * d_l the distances between the extreme points of the reference front and those of the approximation,
     * {@code Δ = (d_f + d_l + Σ|d_i − d̄|) / (d_f + d_l + (N − 1)·d̄)}. 0 for an evenly spread front that reaches
     * both extremes; lower is better. One point gives 1 (or 0 if it coincides with both extremes).
     */
    public static double spread2d(double[] a, int n, double[] z, int m) {
        check(a, n, z, m, 2);
        if (n == 0 || m == 0) return Double.NaN;
        double[] as = sortedRows(a, n, 2);
        double[] zs = sortedRows(z, m, 2);
        double df = Fronts.distance(zs, 0, as, 0, 2);
        double dl = Fronts.distance(zs, m - 1, as, n - 1, 2);
        double mean = 0;
        for (int i = 0; i + 1 < n; i++) mean += Fronts.distance(as, i, as, i + 1, 2);
        mean = n > 1 ? mean / (n - 1) : 0;
        double dev = 0;
        for (int i = 0; i + 1 < n; i++) dev += Math.abs(Fronts.distance(as, i, as, i + 1, 2) - mean);
        double denominator = df + dl + (n - 1) * mean;
        return denominator == 0 ? 0 : (df + dl + dev) / denominator;
    }

    /**
     * Generalised spread Δ* for any number of objectives (Zhou, Jin, Zhang, Sendhoff &amp; Tsang 2006, CEC, and
     * jMetal's {@code GeneralizedSpread}): with d(x, A) the distance from x to its nearest other point of A, d̄
     * their mean over A, and e_1..e_d the extreme points of the reference front (e_k: the point with the largest
     * value of objective k, ties to the lexicographically smallest),
     * {@code Δ* = (Σ_k d(e_k, A) + Σ_{x∈A} |d(x, A) − d̄|) / (Σ_k d(e_k, A) + |A|·d̄)}. Lower is better; a set of
     * fewer than two distinct points gives 1.
     */
    public static double generalizedSpread(double[] a, int n, double[] z, int m, int d) {
        check(a, n, z, m, d);
        if (n == 0 || m == 0) return Double.NaN;
        double extremes = 0;
        for (int k = 0; k < d; k++) {
            int e = 0;
            for (int r = 1; r < m; r++) {
                double v = z[r * d + k], best = z[e * d + k];
                if (v > best || v == best && Arrays.compare(z, r * d, r * d + d, z, e * d, e * d + d) < 0) e = r;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) nearest = Math.min(nearest, Fronts.distance(z, e, a, i, d));
            extremes += nearest;
        }
        double[] nearest = new double[n];
        boolean distinct = false;
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) if (j != i) best = Math.min(best, Fronts.distance(a, i, a, j, d));
            nearest[i] = best;
            if (best > 0 && best < Double.POSITIVE_INFINITY) distinct = true;
        }
        if (!distinct) return 1.0;
        double mean = 0;
        for (double v : nearest) mean += v;
        mean /= n;
        double dev = 0;
        for (double v : nearest) dev += Math.abs(v - mean);
        return (extremes + dev) / (extremes + n * mean);
    }

    private static double[] sortedRows(double[] p, int n, int d) {
        Integer[] order = Fronts.lexicographicOrder(p, n, d);
        double[] out = new double[n * d];
        for (int k = 0; k < n; k++) System.arraycopy(p, order[k] * d, out, k * d, d);
        return out;
    }

    private static void check(double[] a, int n, double[] z, int m, int d) {
        Fronts.check(a, n, d);
        Fronts.check(z, m, d);
        if (m == 0) throw new IllegalArgumentException("the reference front is empty");
    }
}
