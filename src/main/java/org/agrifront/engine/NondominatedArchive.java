package org.agrifront.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agrifront.core.Individual;

/**
 * A bounded archive of the feasible non-dominated solutions a run has evaluated (parameter {@code archive=N}).
 * NSGA-II and NSGA-III do not keep what they found: the crowding or niching truncation of a full first front can
 * drop solutions that nothing dominates, so the last population may cover less of the front than an earlier one
 * (seen on land use: a Lagrangian first population with normalised hypervolume 0.43 fell to 0.33 within 100
 * generations). The archive is read only at the end; the population is untouched, so the run's random numbers and
 * survivors are the same with and without it.
 * <p>
 * Objectives are in minimisation form. A candidate weakly dominated by a member is rejected; members it dominates
 * are removed. When the archive exceeds {@code 2 × capacity} it is cut back to {@code capacity} by repeatedly
 * removing the member nearest to another (SPEA2's truncation; each objective's best member stays); the rule is
 * deterministic, so runs stay reproducible.
 */
final class NondominatedArchive<G> {
    private final int capacity;
    private final List<double[]> points = new ArrayList<>();
    private final List<Individual<G>> members = new ArrayList<>();
    private int truncations;
    private int lastDominator;

    NondominatedArchive(int capacity) {
        if (capacity < 2) throw new IllegalArgumentException("parameter archive must be 0 (off) or >= 2, found " + capacity);
        this.capacity = capacity;
    }

    /** True when {@code f} (minimisation form) would enter the archive. */
    boolean accepts(double[] f) {
        // Children are usually dominated by the member that rejected the previous child: try it first.
        if (lastDominator < points.size() && weaklyDominates(points.get(lastDominator), f)) return false;
        for (int i = 0, n = points.size(); i < n; i++) {
            if (weaklyDominates(points.get(i), f)) {
                lastDominator = i;
                return false;
            }
        }
        return true;
    }

    /** Adds a feasible solution whose minimisation-form objectives are {@code f} (call after {@link #accepts}). */
    void add(double[] f, Individual<G> ind) {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (weaklyDominates(f, points.get(i))) {
                points.remove(i);
                members.remove(i);
            }
        }
        points.add(f.clone());
        members.add(ind);
        if (points.size() > 2 * capacity) truncate();
    }

    List<Individual<G>> members() {
        if (points.size() > capacity) truncate();
        return List.copyOf(members);
    }

    int truncations() {
        return truncations;
    }

    /**
     * Cuts the archive back to capacity as SPEA2 does: objectives scaled to [0, 1] over the archive, repeatedly
     * remove the member closest to its nearest neighbour (ties: the second-nearest, then the lower index); each
     * objective's extreme members stay. Removing the most crowded point of a cluster keeps the spread that
     * crowding distance, which measures only along each axis, loses in three and more objectives.
     */
    private void truncate() {
        truncations++;
        int n = points.size(), m = points.get(0).length;
        double[] lo = new double[m], hi = new double[m];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] p : points) {
            for (int j = 0; j < m; j++) {
                lo[j] = Math.min(lo[j], p[j]);
                hi[j] = Math.max(hi[j], p[j]);
            }
        }
        boolean[] keep = new boolean[n];
        for (int j = 0; j < m; j++) {
            int best = 0;
            for (int i = 1; i < n; i++) if (points.get(i)[j] < points.get(best)[j]) best = i;
            keep[best] = true;
        }
        double[][] x = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) x[i][j] = hi[j] > lo[j] ? (points.get(i)[j] - lo[j]) / (hi[j] - lo[j]) : 0;
        }
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                double d = 0;
                for (int j = 0; j < m; j++) d += (x[i][j] - x[k][j]) * (x[i][j] - x[k][j]);
                dist[i][k] = dist[k][i] = Math.sqrt(d);
            }
        }
        boolean[] removed = new boolean[n];
        int alive = n;
        while (alive > capacity) {
            int worst = -1;
            double w1 = Double.POSITIVE_INFINITY, w2 = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (removed[i] || keep[i]) continue;
                double d1 = Double.POSITIVE_INFINITY, d2 = Double.POSITIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    if (k == i || removed[k]) continue;
                    double d = dist[i][k];
                    if (d < d1) {
                        d2 = d1;
                        d1 = d;
                    } else if (d < d2) {
                        d2 = d;
                    }
                }
                if (d1 < w1 || (d1 == w1 && d2 < w2)) {
                    worst = i;
                    w1 = d1;
                    w2 = d2;
                }
            }
            if (worst < 0) break; // only extremes left
            removed[worst] = true;
            alive--;
        }
        List<double[]> p2 = new ArrayList<>();
        List<Individual<G>> m2 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (removed[i]) continue;
            p2.add(points.get(i));
            m2.add(members.get(i));
        }
        points.clear();
        points.addAll(p2);
        members.clear();
        members.addAll(m2);
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] > b[i]) return false;
        return true;
    }
}
