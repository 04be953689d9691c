package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.uma.jmetal.algorithm.multiobjective.nsgaiii.util.EnvironmentalSelection;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.util.ReferencePoint;
import org.uma.jmetal.solution.Solution;

/**
 * jMetal 6.6's NSGA-III niching with Deb &amp; Jain's (2014, §IV-C) fallback for a degenerate hyperplane. jMetal
 * takes, when two objectives share an extreme point, each extreme point's own value as the intercept, and otherwise
 * whatever Gaussian elimination returns, negative or infinite included. With many correlated objectives both happen
 * all the time: on the 8-objective crop-switching problem the first front's extreme points coincided in every
 * generation and an intercept fell below 1% of the objective's range (down to 0, normalising by 1e-9) in 6 of 100
 * generations; on an 8-objective linear front 2 of 100 generations had negative intercepts. An objective divided by
 * such an intercept decides every association alone. Here, when the extreme points are not distinct or an intercept
 * is not finite and above 1e-6 of the objective's range, every intercept becomes the worst (translated) value of
 * that objective among the candidates, which is also what the MOEA Framework adapter uses
 * ({@code TranslatedInterceptsPopulation}). Objectives arrive translated by the ideal point (see JMetalEngine).
 */
final class RobustEnvironmentalSelection<S extends Solution<?>> extends EnvironmentalSelection<S> {
    private static final long serialVersionUID = 1L;
    private final List<List<S>> fronts;
    private final int objectives;
    private int fallbacks;

    RobustEnvironmentalSelection(List<List<S>> fronts, int solutionsToSelect, List<ReferencePoint<S>> referencePoints,
                                 int objectives) {
        super(fronts, solutionsToSelect, referencePoints, objectives);
        this.fronts = fronts;
        this.objectives = objectives;
    }

    @Override
    public List<Double> constructHyperplane(List<S> population, List<S> extremePoints) {
        Set<S> distinct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(extremePoints);
        double[] worst = worst();
        if (distinct.size() == objectives && new HashSet<>(extremePoints).size() == objectives) {
            List<Double> intercepts = super.constructHyperplane(population, extremePoints);
            if (valid(intercepts, worst)) return intercepts;
        }
        fallbacks++;
        List<Double> out = new ArrayList<>(objectives);
        for (double w : worst) out.add(w > 0 ? w : 1.0);
        return out;
    }

    /** Intercepts are usable when finite and above 1e-6 of each objective's range among the candidates. */
    static boolean valid(List<Double> intercepts, double[] range) {
        for (int f = 0; f < range.length; f++) {
            double v = intercepts.get(f);
            if (!Double.isFinite(v) || !(v > 1e-6 * range[f]) || v <= 0) return false;
        }
        return true;
    }

    /** Largest translated value of each objective among all candidate fronts. */
    private double[] worst() {
        double[] w = new double[objectives];
        for (List<S> front : fronts) {
            for (S s : front) {
                double[] f = s.objectives();
                for (int i = 0; i < objectives; i++) w[i] = Math.max(w[i], f[i]);
            }
        }
        return w;
    }

    /** How often the fallback was used (tests). */
    int fallbacks() {
        return fallbacks;
    }
}
