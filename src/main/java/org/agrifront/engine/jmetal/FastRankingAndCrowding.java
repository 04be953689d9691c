package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.uma.jmetal.solution.Solution;
import org.uma.jmetal.util.densityestimator.impl.CrowdingDistanceDensityEstimator;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/**
 * jMetal 6.6's NSGA-II replacement ({@code RankingAndCrowdingSelection} with {@code FastNonDominatedSortRanking} and
 * {@code CrowdingDistanceDensityEstimator}), same survivors in the same order and the same rank and crowding
 * attributes (the library's tournament comparator reads them), without the library's overheads: boxed
 * {@code LinkedList} front bookkeeping, and an {@code ObjectiveComparator} that builds two error-message strings on
 * every comparison of the crowding sorts. Equality of results is what makes it a replacement: fronts are discovered
 * in the library's order (the set dominated by a solution is visited in ascending index, as the library's lists hold
 * it), the sorts are the same stable sorts on the same keys, and the distances are summed in the same order.
 */
final class FastRankingAndCrowding<S extends Solution<?>> {
    private static final String RANK = FastNonDominatedSortRanking.class.getName();
    private static final String CROWDING = CrowdingDistanceDensityEstimator.class.getName();
    private final Comparator<S> dominance;

    FastRankingAndCrowding(Comparator<S> dominance) {
        this.dominance = dominance;
    }

    List<S> select(List<S> joint, int size) {
        List<List<S>> fronts = rank(joint);
        List<S> next = new ArrayList<>(size);
        for (int r = 0; next.size() < size; r++) {
            List<S> front = fronts.get(r);
            crowding(front);
            if (front.size() < size - next.size()) {
                next.addAll(front);
            } else {
                front.sort(Comparator.<S>comparingDouble(FastRankingAndCrowding::crowdingOf).reversed());
                for (int i = 0; next.size() < size; i++) next.add(front.get(i));
            }
        }
        return next;
    }

    /** Fast non-dominated sorting (Deb et al. 2002) with the library's front order; sets the rank attribute. */
    List<List<S>> rank(List<S> population) {
        int n = population.size();
        int[] dominatedBy = new int[n];
        int[][] dominates = new int[n][];
        int[] count = new int[n];
        boolean[][] rel = new boolean[n][n]; // rel[p][q]: p dominates q
        for (int p = 0; p < n - 1; p++) {
            S sp = population.get(p);
            for (int q = p + 1; q < n; q++) {
                int flag = dominance.compare(sp, population.get(q));
                if (flag == -1) {
                    rel[p][q] = true;
                    count[p]++;
                    dominatedBy[q]++;
                } else if (flag == 1) {
                    rel[q][p] = true;
                    count[q]++;
                    dominatedBy[p]++;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            int[] d = new int[count[p]];
            for (int q = 0, k = 0; q < n; q++) if (rel[p][q]) d[k++] = q;
            dominates[p] = d;
        }
        List<List<S>> fronts = new ArrayList<>();
        int[] current = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) if (dominatedBy[i] == 0) current[size++] = i;
        int rank = 0;
        int[] next = new int[n];
        while (size > 0) {
            List<S> front = new ArrayList<>(size);
            int nextSize = 0;
            for (int k = 0; k < size; k++) {
                int p = current[k];
                S s = population.get(p);
                s.attributes().put(RANK, rank);
                front.add(s);
            }
            for (int k = 0; k < size; k++) {
                for (int q : dominates[current[k]]) {
                    if (--dominatedBy[q] == 0) next[nextSize++] = q;
                }
            }
            fronts.add(front);
            int[] t = current;
            current = next;
            next = t;
            size = nextSize;
            rank++;
        }
        return fronts;
    }

    /** The library's crowding distance, attribute for attribute. */
    static <S extends Solution<?>> void crowding(List<S> solutions) {
        int size = solutions.size();
        if (size == 0) return;
        if (size <= 2) {
            for (S s : solutions) s.attributes().put(CROWDING, Double.POSITIVE_INFINITY);
            return;
        }
        List<S> front = new ArrayList<>(solutions);
        double[] distance = new double[size];
        Arrays.fill(distance, 0.0);
        // track each solution's slot while the copy is re-sorted objective by objective
        java.util.IdentityHashMap<S, Integer> slot = new java.util.IdentityHashMap<>(size * 2);
        for (int i = 0; i < size; i++) slot.put(front.get(i), i);
        int objectives = solutions.get(0).objectives().length;
        for (int m = 0; m < objectives; m++) {
            final int obj = m;
            front.sort((a, b) -> Double.compare(a.objectives()[obj], b.objectives()[obj]));
            double min = front.get(0).objectives()[m], max = front.get(size - 1).objectives()[m];
            if (min == max) continue;
            distance[slot.get(front.get(0))] = Double.POSITIVE_INFINITY;
            distance[slot.get(front.get(size - 1))] = Double.POSITIVE_INFINITY;
            for (int j = 1; j < size - 1; j++) {
                double d = front.get(j + 1).objectives()[m] - front.get(j - 1).objectives()[m];
                d = d / (max - min);
                int s = slot.get(front.get(j));
                d += distance[s];
                distance[s] = d;
            }
        }
        for (S s : solutions) s.attributes().put(CROWDING, distance[slot.get(s)]);
    }

    private static double crowdingOf(Solution<?> s) {
        Object v = s.attributes().get(CROWDING);
        return v == null ? 0.0 : (Double) v;
    }
}
