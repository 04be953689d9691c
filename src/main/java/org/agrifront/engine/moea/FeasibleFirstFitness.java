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
 */
final class FeasibleFirstFitness extends IndicatorFitnessEvaluator {
    private final IndicatorFitnessEvaluator indicator;
    private final java.util.function.ToDoubleFunction<Solution> violation;
    private double worst;

    FeasibleFirstFitness(Problem problem, IndicatorFitnessEvaluator indicator,
                         java.util.function.ToDoubleFunction<Solution> violation) {
        super(problem);
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
