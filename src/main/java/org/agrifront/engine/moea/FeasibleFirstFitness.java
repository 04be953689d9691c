package org.agrifront.engine.moea;

import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.Fitness;
import org.moeaframework.core.fitness.IndicatorFitnessEvaluator;
import org.moeaframework.core.population.Population;
import org.moeaframework.problem.Problem;

/**
 * IBEA's indicator fitness with Deb's feasibility rules on top. MOEA Framework's IBEA refuses constrained problems
 * ({@code Validate...isUnconstrained}) and its fitness reads objectives only, so IBEA is given the problem without
 * constraints and this evaluator ranks by total violation first: every infeasible solution gets a fitness worse
 * than every feasible one ({@code worst + violation}, smaller is better), so the tournament prefers feasible parents
 * and the less violating of two infeasible ones, and environmental selection removes infeasible solutions first,
 * the most violating first. Only when no infeasible solution is left do the feasible ones compete on the indicator,
 * whose contributions of removed solutions the library has subtracted by then.
 * <p>
 * With {@code keepExtremes}, each objective's best feasible member (the first on ties) gets the best fitness, so
 * survival never removes it and it wins its tournaments, as NSGA-II's infinite crowding distance does for the ends
 * of a front. Without it the hypervolume indicator gives little weight to a corner that adds little hypervolume (land
 * use: the carbon-only end, +10% over the reference, fell to 90% of the exact gain under IBEA against 96-98% under
 * NSGA-II).
 */
final class FeasibleFirstFitness extends IndicatorFitnessEvaluator {
    private final IndicatorFitnessEvaluator indicator;
    private final java.util.function.ToDoubleFunction<Solution> violation;
    private final boolean keepExtremes;
    private final int objectives;
    private double worst;
    /** Fitness of a kept extreme: below any indicator fitness, finite so the library's updates stay numbers. */
    private static final double KEPT = -1e300;

    FeasibleFirstFitness(Problem problem, IndicatorFitnessEvaluator indicator,
                         java.util.function.ToDoubleFunction<Solution> violation) {
        this(problem, indicator, violation, false);
    }

    FeasibleFirstFitness(Problem problem, IndicatorFitnessEvaluator indicator,
                         java.util.function.ToDoubleFunction<Solution> violation, boolean keepExtremes) {
        super(problem);
        this.keepExtremes = keepExtremes;
        this.objectives = problem.getNumberOfObjectives();
        if (indicator.areLargerValuesPreferred()) throw new IllegalArgumentException("expects smaller-is-better fitness");
        this.indicator = indicator;
        this.violation = violation;
    }

    @Override
    public void evaluate(Population population) {
        indicator.evaluate(population);
        worst = Double.NEGATIVE_INFINITY;
        for (Solution s : population) worst = Math.max(worst, Fitness.getAttribute(s));
        worst += 1; // feasible fitness only decreases as solutions are removed, so this stays the worst
        feasibleFirst(population);
    }

    @Override
    public void removeAndUpdate(Population population, int removeIndex) {
        indicator.removeAndUpdate(population, removeIndex);
        feasibleFirst(population);
    }

    private void feasibleFirst(Population population) {
        for (Solution s : population) {
            double v = violation.applyAsDouble(s);
            if (v > 0) Fitness.setAttribute(s, worst + v);
        }
        if (!keepExtremes) return;
        for (int i = 0; i < objectives; i++) {
            Solution best = null;
            for (Solution s : population) {
                if (violation.applyAsDouble(s) > 0) continue;
                if (best == null || s.getObjectiveValue(i) < best.getObjectiveValue(i)) best = s;
            }
            if (best != null) Fitness.setAttribute(best, KEPT);
        }
    }

    @Override
    protected double calculateIndicator(Solution solution1, Solution solution2) {
        throw new UnsupportedOperationException("delegated to " + indicator.getClass().getSimpleName());
    }

    @Override
    public boolean areLargerValuesPreferred() {
        return false;
    }
}
