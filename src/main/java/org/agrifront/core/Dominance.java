package org.agrifront.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pareto dominance and Deb's constraint-domination on natural objective values, plus the non-dominated filter
 * both engines use to report their final set, so that "the front" means the same in either library.
 */
public final class Dominance {
    private Dominance() {
    }

    /**
     * Pareto comparison of two objective vectors under {@code senses}: -1 if {@code a} dominates, 1 if {@code b}
     * dominates, 0 otherwise.
     */
    public static int compare(double[] a, double[] b, Sense[] senses) {
        boolean aBetter = false, bBetter = false;
        for (int i = 0; i < a.length; i++) {
            double x = senses[i].toMinimization(a[i]);
            double y = senses[i].toMinimization(b[i]);
            if (x < y) aBetter = true;
            else if (y < x) bBetter = true;
            if (aBetter && bBetter) return 0;
        }
        return aBetter == bBetter ? 0 : (aBetter ? -1 : 1);
    }

    /**
     * Deb's constraint-domination: a feasible solution beats an infeasible one; of two infeasible ones the smaller
     * total violation wins; of two feasible ones Pareto dominance decides.
     */
    public static int constrainedCompare(Individual<?> a, Individual<?> b, Sense[] senses) {
        double va = a.totalViolation(), vb = b.totalViolation();
        if (va > 0 || vb > 0) {
            return Double.compare(va, vb);
        }
        return compare(a.objectives(), b.objectives(), senses);
    }

    public static Sense[] senses(Problem<?> problem) {
        return problem.objectives().stream().map(Objective::sense).toArray(Sense[]::new);
    }

    /**
     * The final set of a run: the non-dominated feasible members of {@code population}; when none is feasible,
     * the members with the smallest total violation. Duplicate objective vectors are kept once (first seen),
     * and the result is sorted by objective values so the same population always gives the same order.
     */
    public static <G> List<Individual<G>> nondominated(List<Individual<G>> population, Sense[] senses) {
        List<Individual<G>> feasible = new ArrayList<>();
        for (Individual<G> ind : population) if (ind.feasible()) feasible.add(ind);
        List<Individual<G>> pool;
        if (!feasible.isEmpty()) {
            pool = feasible;
        } else {
            double best = population.stream().mapToDouble(Individual::totalViolation).min().orElse(0);
            pool = new ArrayList<>();
            for (Individual<G> ind : population) if (ind.totalViolation() == best) pool.add(ind);
        }
        List<Individual<G>> front = new ArrayList<>();
        outer:
        for (int i = 0; i < pool.size(); i++) {
            Individual<G> a = pool.get(i);
            for (int j = 0; j < pool.size(); j++) {
                if (i == j) continue;
                Individual<G> b = pool.get(j);
                if (compare(b.objectives(), a.objectives(), senses) < 0) continue outer;
            }
            for (Individual<G> kept : front) {
                if (Arrays.equals(kept.objectives(), a.objectives())) continue outer;
            }
            front.add(a);
        }
        front.sort(BY_OBJECTIVES);
        return front;
    }

    /** Lexicographic order on objective values, then on violations. */
    public static final Comparator<Individual<?>> BY_OBJECTIVES = (a, b) -> {
        int c = Arrays.compare(a.objectives(), b.objectives());
        return c != 0 ? c : Arrays.compare(a.violations(), b.violations());
    };
}
