package org.agrifront.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Hypervolume kernels over row-major point sets, all objectives minimised: the Lebesgue measure of the region
 * dominated by the points and bounded by the reference point {@code ref}. Points that do not strictly dominate
 * {@code ref} contribute nothing and are dropped first. Inputs are never modified.
 * <ul>
 * <li>2 objectives: sort and sweep, O(n log n).</li>
 * <li>3 objectives: the dimension-sweep of Fonseca, Paquete &amp; López-Ibáñez (2006) / Beume et al. (2009,
 * "On the complexity of computing the hypervolume indicator", IEEE TEVC 13(5)): sweep along the third objective
 * keeping the 2-D staircase of the points seen so far in a sorted map, O(n log n).</li>
 * <li>4 objectives: slicing along the fourth objective with the 3-D sweep in each slice, O(n² log n).</li>
 * <li>5 and more: WFG (While, Bradstreet &amp; Barone 2012, "A fast way of calculating exact hypervolumes",
 * IEEE TEVC 16(1)): sum of exclusive contributions, each computed from the non-dominated limit set; exact but
 * exponential in the worst case, so many-objective studies use {@link #monteCarlo} instead.</li>
 * </ul>
 */
public final class Hypervolume {
    private Hypervolume() {
    }

    /** A Monte Carlo estimate with its standard error (binomial: {@code box · sqrt(p(1−p)/samples)}). */
    public record Estimate(double value, double standardError, long samples) {
    }

    /** The exact hypervolume of {@code points} ({@code n × d}, minimised) with respect to {@code ref}. */
    public static double exact(double[] points, int n, int d, double[] ref) {
        double[] p = inside(points, n, d, ref);
        int m = p.length / d;
        return exactFiltered(p, m, d, ref);
    }

    private static double exactFiltered(double[] p, int n, int d, double[] ref) {
        if (n == 0) return 0;
        switch (d) {
            case 1: return ref[0] - Fronts.min(p, n, 1)[0];
            case 2: return sweep2d(p, n, ref);
            case 3: return sweep3d(p, n, ref);
            case 4: return slice4d(p, n, ref);
            default: return wfg(Fronts.nondominated(p, n, d), d, ref, 4);
        }
    }

    /**
     * A Monte Carlo estimate: {@code samples} points drawn uniformly (from {@code new SplittableRandom(seed)}, so the
     * same call gives the same number) in the box between the points' ideal and {@code ref}; the estimate is the
     * box volume times the fraction of samples dominated by some point.
     */
    public static Estimate monteCarlo(double[] points, int n, int d, double[] ref, long samples, long seed) {
        if (samples < 1) throw new IllegalArgumentException("samples must be >= 1, found " + samples);
        double[] in = inside(points, n, d, ref);
        double[] p = Fronts.nondominated(in, in.length / d, d);
        int m = p.length / d;
        if (m == 0) return new Estimate(0, 0, samples);
        double[] low = Fronts.min(p, m, d);
        double box = 1;
        for (int j = 0; j < d; j++) box *= ref[j] - low[j];
        SplittableRandom rng = new SplittableRandom(seed);
        double[] s = new double[d];
        long hits = 0;
        for (long t = 0; t < samples; t++) {
            for (int j = 0; j < d; j++) s[j] = low[j] + rng.nextDouble() * (ref[j] - low[j]);
            if (dominatedBySome(p, m, d, s)) hits++;
        }
        double frac = (double) hits / samples;
        return new Estimate(box * frac, box * Math.sqrt(frac * (1 - frac) / samples), samples);
    }

    private static boolean dominatedBySome(double[] p, int m, int d, double[] s) {
        outer:
        for (int i = 0, o = 0; i < m; i++, o += d) {
            for (int j = 0; j < d; j++) if (p[o + j] > s[j]) continue outer;
            return true;
        }
        return false;
    }

    /** The rows of {@code points} that strictly dominate {@code ref} (a copy), after checking the arguments. */
    static double[] inside(double[] points, int n, int d, double[] ref) {
        Fronts.check(points, n, d);
        if (ref == null || ref.length != d) throw new IllegalArgumentException("reference point must have " + d + " values");
        for (double r : ref) if (!Double.isFinite(r)) throw new IllegalArgumentException("reference point must be finite");
        double[] out = new double[n * d];
        int k = 0;
        outer:
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) if (!(points[i * d + j] < ref[j])) continue outer;
            System.arraycopy(points, i * d, out, (k++) * d, d);
        }
        return Arrays.copyOf(out, k * d);
    }

    /** 2-D: sort by the first objective, then add the strip each new best second objective opens. */
    static double sweep2d(double[] p, int n, double[] ref) {
        Integer[] order = Fronts.lexicographicOrder(p, n, 2);
        double area = 0, bestY = ref[1];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double y = p[i * 2 + 1];
            if (y < bestY) {
                area += (ref[0] - p[i * 2]) * (bestY - y);
                bestY = y;
            }
        }
        return area;
    }

    /**
     * 3-D: sweep the points by the third objective; between consecutive third-objective values the dominated
     * cross-section is the 2-D area of the staircase of all points seen so far, updated incrementally on insertion.
     */
    static double sweep3d(double[] p, int n, double[] ref) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[a * 3 + 2], p[b * 3 + 2]));
        Staircase stairs = new Staircase(ref[0], ref[1]);
        double volume = 0;
        double z = p[order[0] * 3 + 2];
        for (Integer idx : order) {
            int i = idx;
            double zi = p[i * 3 + 2];
            volume += stairs.area * (zi - z);
            z = zi;
            stairs.insert(p[i * 3], p[i * 3 + 1]);
        }
        return volume + stairs.area * (ref[2] - z);
    }

    /** 4-D: slices between consecutive fourth-objective values, each slice a 3-D sweep of the points below it. */
    static double slice4d(double[] p, int n, double[] ref) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[a * 4 + 3], p[b * 4 + 3]));
        double[] below = new double[n * 3];
        double volume = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            System.arraycopy(p, i * 4, below, k * 3, 3);
            double top = k + 1 < n ? p[order[k + 1] * 4 + 3] : ref[3];
            double depth = top - p[i * 4 + 3];
            if (depth > 0) volume += depth * sweep3d(Arrays.copyOf(below, (k + 1) * 3), k + 1, ref);
        }
        return volume;
    }

    /**
     * WFG: HV(S) = Σ_k [ box(p_k) − HV(limit set of p_k) ], where the limit set holds max(p_k, p_i) for the points
     * after p_k; each limit set is reduced to its non-dominated points before the recursion. Points are processed in
     * decreasing order of the last objective, as in the paper, which keeps limit sets small. Sets of
     * {@code base} or fewer objectives go to the sweeps (tests pass 1 to check WFG alone).
     */
    static double wfg(double[] p, int d, double[] ref, int base) {
        int n = p.length / d;
        if (n == 0) return 0;
        if (d <= base) return exactFiltered(p, n, d, ref); // the sweeps are faster from here down
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[b * d + d - 1], p[a * d + d - 1]));
        double[] sorted = new double[n * d];
        for (int k = 0; k < n; k++) System.arraycopy(p, order[k] * d, sorted, k * d, d);
        double total = 0;
        double[] limit = new double[n * d];
        for (int k = 0; k < n; k++) {
            double box = 1;
            for (int j = 0; j < d; j++) box *= ref[j] - sorted[k * d + j];
            int m = 0;
            for (int i = k + 1; i < n; i++, m++) {
                for (int j = 0; j < d; j++) limit[m * d + j] = Math.max(sorted[k * d + j], sorted[i * d + j]);
            }
            double excluded = m == 0 ? 0 : wfg(Fronts.nondominated(Arrays.copyOf(limit, m * d), m, d), d, ref, base);
            total += box - excluded;
        }
        return total;
    }

    /** The non-dominated staircase of 2-D points (x ascending, y descending) and the area it dominates. */
    private static final class Staircase {
        private final TreeMap<Double, Double> points = new TreeMap<>();
        private final double refX, refY;
        double area;

        Staircase(double refX, double refY) {
            this.refX = refX;
            this.refY = refY;
        }

        void insert(double x, double y) {
            Map.Entry<Double, Double> floor = points.floorEntry(x);
            if (floor != null && floor.getValue() <= y) return; // weakly dominated: adds nothing
            Map.Entry<Double, Double> lower = points.lowerEntry(x);
            double height = lower == null ? refY : lower.getValue();
            double cursor = x;
            double added = 0;
            Map.Entry<Double, Double> next = points.ceilingEntry(x);
            while (next != null && next.getValue() >= y) { // points the new one dominates
                added += (next.getKey() - cursor) * (height - y);
                cursor = next.getKey();
                height = next.getValue();
                points.remove(next.getKey());
                next = points.higherEntry(cursor);
            }
            double end = next == null ? refX : next.getKey();
            added += (end - cursor) * (height - y);
            points.put(x, y);
            area += added;
        }
    }
}
