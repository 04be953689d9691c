package org.agrifront.engine.moea;

import org.agrifront.analysis.Hypervolume;
import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.Fitness;
import org.moeaframework.core.fitness.FitnessEvaluator;
import org.moeaframework.core.population.Population;

/**
 * SMS-EMOA's fitness: each solution's exclusive hypervolume contribution within the front, with the objectives
 * normalised to [0, 1] over the front and the reference point at {@code 1 + offset} in every objective (the meaning
 * of MOEA Framework's {@code offset}). It replaces MOEA Framework 5.0's
 * {@code HypervolumeContributionFitnessEvaluator}, whose {@code normalize} computes the normalised objectives but
 * never stores them, so the contributions are taken on the raw objectives: with maximised objectives (negative
 * after negation) SMS-EMOA then drove the whole population to one end of the front (measured on a 5-variable
 * ZDT1 whose second objective was stated as maximised: f1 in [0.000, 0.000] instead of [0, 1]).
 */
final class HypervolumeContribution implements FitnessEvaluator {
    private final double offset;

    HypervolumeContribution(double offset) {
        this.offset = offset;
    }

    @Override
    public void evaluate(Population front) {
        int n = front.size();
        if (n == 0) return;
        int d = front.get(0).getNumberOfObjectives();
        double[] min = new double[d], max = new double[d];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (Solution s : front) {
            for (int j = 0; j < d; j++) {
                double v = s.getObjective(j).getCanonicalValue();
                min[j] = Math.min(min[j], v);
                max[j] = Math.max(max[j], v);
            }
        }
        double[] points = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double range = max[j] - min[j];
                points[i * d + j] = range > 0 ? (front.get(i).getObjective(j).getCanonicalValue() - min[j]) / range : 0;
            }
        }
        double[] ref = new double[d];
        java.util.Arrays.fill(ref, 1 + offset);
        double total = Hypervolume.exact(points, n, d, ref);
        double[] others = new double[(n - 1) * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(points, 0, others, 0, i * d);
            System.arraycopy(points, (i + 1) * d, others, i * d, (n - 1 - i) * d);
            Fitness.setAttribute(front.get(i), total - Hypervolume.exact(others, n - 1, d, ref));
        }
    }

    @Override
    public boolean areLargerValuesPreferred() {
        return true;
    }
}
