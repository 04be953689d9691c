package org.agrifront.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Empirical attainment function of r runs on a 2-objective problem (Grunert da Fonseca, Fonseca &amp; Hall 2001;
 * López-Ibáñez, Paquete &amp; Stützle 2010, "Exploratory analysis of stochastic local search algorithms in
 * biobjective optimization"). A point z is attained by a run when one of the run's points weakly dominates it; the
 * k-th attainment surface bounds the points attained by at least k of the r runs: k = 1 is the best surface,
 * k = ⌈r/2⌉ the median, k = r the worst. Objectives are minimised.
 */
public final class Attainment {
    private Attainment() {
    }

    /**
     * The minimal points of the k-th attainment surface, x ascending (y descending), row-major {@code [x0, y0, x1,
     * y1, …]}. {@code runs}: each run's points ({@code n_i × 2} row-major; dominated points allowed; not modified).
     * <p>
     * For a candidate x, run i attains (x, y) iff y ≥ m_i(x), the best y among its points with first objective ≤ x;
     * so (x, y) is attained by ≥ k runs iff y ≥ the k-th smallest m_i(x). That step function only changes at the
     * runs' x values, which are swept in order: O(C · r log r) for C distinct x values.
     */
    public static double[] surface(List<double[]> runs, int k) {
        int r = runs.size();
        if (k < 1 || k > r) throw new IllegalArgumentException("level must be in 1.." + r + ", found " + k);
        List<double[]> sorted = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        for (double[] run : runs) {
            if (run.length % 2 != 0) throw new IllegalArgumentException("each run needs x,y pairs");
            Fronts.check(run, run.length / 2, 2);
            double[] f = Fronts.nondominated(run, run.length / 2, 2); // lexicographic: x ascending, y descending
            sorted.add(f);
            for (int i = 0; i < f.length; i += 2) xs.add(f[i]);
        }
        double[] candidates = xs.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        int[] next = new int[r];
        double[] best = new double[r];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        double[] level = new double[r];
        List<double[]> out = new ArrayList<>();
        double previous = Double.POSITIVE_INFINITY;
        for (double x : candidates) {
            for (int i = 0; i < r; i++) {
                double[] f = sorted.get(i);
                while (next[i] < f.length / 2 && f[next[i] * 2] <= x) {
                    best[i] = Math.min(best[i], f[next[i] * 2 + 1]);
                    next[i]++;
                }
            }
            System.arraycopy(best, 0, level, 0, r);
            Arrays.sort(level);
            double y = level[k - 1];
            if (y < previous) {
                out.add(new double[] {x, y});
                previous = y;
            }
        }
        double[] flat = new double[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0];
            flat[2 * i + 1] = out.get(i)[1];
        }
        return flat;
    }

    /** The best (k = 1), median (k = ⌈r/2⌉) and worst (k = r) attainment surfaces. */
    public static List<double[]> bestMedianWorst(List<double[]> runs) {
        int r = runs.size();
        return List.of(surface(runs, 1), surface(runs, (r + 1) / 2), surface(runs, r));
    }
}
