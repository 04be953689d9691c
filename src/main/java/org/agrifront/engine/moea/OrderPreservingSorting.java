package org.agrifront.engine.moea;

import java.lang.reflect.Field;

import org.moeaframework.core.Settings;
import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.CrowdingDistance;
import org.moeaframework.core.attribute.Rank;
import org.moeaframework.core.comparator.DominanceComparator;
import org.moeaframework.core.population.NondominatedSorting;
import org.moeaframework.core.population.NondominatedSortingPopulation;
import org.moeaframework.core.population.Population;

/**
 * MOEA Framework's default non-dominated sorting, same ranks, same front order and the same crowding distances, in
 * one pass of N(N−1)/2 comparisons. MOEA 5.0 peels fronts by re-inserting the remaining solutions into a
 * {@code NondominatedPopulation} front after front, which costs up to a comparison per pair per front; with
 * constraints or many objectives (many fronts) it dominated the run time. MOEA's own {@code FastNondominatedSorting}
 * lists later fronts in discovery order, which changes crowding ties and therefore results; here every front keeps
 * the population order, as the peeling does, so runs are bit-identical to the library's.
 */
final class OrderPreservingSorting extends NondominatedSorting {
    private final boolean crowding;

    /** {@code crowding} false: skip crowding distances (NSGA-III's niching never reads them). */
    OrderPreservingSorting(DominanceComparator comparator, boolean crowding) {
        super(comparator);
        this.crowding = crowding;
    }

    /**
     * The library's crowding distance (duplicates within {@code Settings.EPS} keep 0, fronts of fewer than three
     * distinct points get infinity, per-objective stable sorts, distances accumulated in the same order) over
     * primitive copies of the objectives instead of objective objects, which made the O(F²) duplicate search the
     * largest cost of MOEA's NSGA-III.
     */
    @Override
    public void updateCrowdingDistance(Population front) {
        if (!crowding) return;
        int size = front.size();
        Solution[] s = new Solution[size];
        double[][] f = new double[size][];
        int k = 0;
        for (Solution x : front) {
            s[k] = x;
            f[k++] = x.getObjectiveValues();
            CrowdingDistance.setAttribute(x, 0.0);
        }
        Integer[] unique = new Integer[size];
        int u = 0;
        for (int i = 0; i < size; i++) {
            boolean duplicate = false;
            for (int j = 0; j < u && !duplicate; j++) duplicate = euclidean(f[i], f[unique[j]]) < Settings.EPS;
            if (!duplicate) unique[u++] = i;
        }
        Integer[] order = java.util.Arrays.copyOf(unique, u);
        if (u < 3) {
            for (int i : order) CrowdingDistance.setAttribute(s[i], Double.POSITIVE_INFINITY);
            return;
        }
        double[] distance = new double[size];
        int objectives = f[order[0]].length;
        for (int m = 0; m < objectives; m++) {
            final int obj = m;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(f[a][obj], f[b][obj])); // stable, like Collections.sort
            double min = f[order[0]][m], max = f[order[u - 1]][m];
            if (max - min >= Settings.EPS) {
                distance[order[0]] = Double.POSITIVE_INFINITY;
                distance[order[u - 1]] = Double.POSITIVE_INFINITY;
                for (int j = 1; j < u - 1; j++) {
                    distance[order[j]] += (f[order[j + 1]][m] - f[order[j - 1]][m]) / (max - min);
                }
            }
        }
        for (int i : order) CrowdingDistance.setAttribute(s[i], distance[i]);
    }

    /** {@code Solution.euclideanDistance}, operation for operation. */
    private static double euclidean(double[] a, double[] b) {
        double d = 0.0;
        for (int i = 0; i < a.length; i++) d += Math.pow(Math.abs(a[i] - b[i]), 2.0);
        return Math.pow(d, 1.0 / 2.0);
    }

    @Override
    public void evaluate(Population population) {
        int n = population.size();
        Solution[] s = new Solution[n];
        int k = 0;
        for (Solution x : population) s[k++] = x;
        int[] dominatedBy = new int[n];
        boolean[][] dominates = new boolean[n][n];
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                int flag = comparator.compare(s[i], s[j]);
                if (flag < 0) {
                    dominates[i][j] = true;
                    dominatedBy[j]++;
                } else if (flag > 0) {
                    dominates[j][i] = true;
                    dominatedBy[i]++;
                }
            }
        }
        boolean[] done = new boolean[n];
        int left = n;
        int[] front = new int[n];
        for (int rank = 0; left > 0; rank++) {
            int size = 0;
            for (int i = 0; i < n; i++) if (!done[i] && dominatedBy[i] == 0) front[size++] = i; // population order
            Population members = new Population();
            for (int f = 0; f < size; f++) {
                int i = front[f];
                done[i] = true;
                Rank.setAttribute(s[i], rank);
                members.add(s[i]);
            }
            for (int f = 0; f < size; f++) {
                boolean[] d = dominates[front[f]];
                for (int j = 0; j < n; j++) if (d[j]) dominatedBy[j]--;
            }
            updateCrowdingDistance(members);
            left -= size;
        }
    }

    /**
     * Puts this sorting into {@code population} (MOEA chooses its sorting in the constructor and offers no setter).
     * Fails loudly when the library's field is not where MOEA 5.0 has it: a silent fallback would change run times
     * by orders of magnitude and hide that the library was upgraded under this class.
     */
    static <P extends NondominatedSortingPopulation> P install(P population, boolean crowding) {
        try {
            Field f = NondominatedSortingPopulation.class.getDeclaredField("nondominatedSorting");
            f.setAccessible(true);
            f.set(population, new OrderPreservingSorting(population.getComparator(), crowding));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install the order-preserving sorting into MOEA Framework's "
                    + "NondominatedSortingPopulation (field 'nondominatedSorting', as in MOEA 5.0): " + e, e);
        }
        return population;
    }
}
