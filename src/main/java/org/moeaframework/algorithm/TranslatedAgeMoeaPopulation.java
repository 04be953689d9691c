package org.moeaframework.algorithm;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.Population;
import org.moeaframework.util.LinearAlgebra;
import org.moeaframework.util.Vector;

/**
 * AGE-MOEA-II's population with the normalisation of Panichella (2022): extreme points and hyperplane intercepts are
 * found on objectives translated by the front's ideal point. MOEA Framework 5.0 uses the raw objectives for both, so
 * with maximised objectives (negative after negation) the intercepts lie on the wrong side of the ideal point and the
 * survival score favours the middle of the front (measured on a 5-variable ZDT1 whose second objective was stated
 * as maximised: f1 in [0.001, 0.582] instead of [0, 1] after 4,040 evaluations). It lives in the library's package
 * because the library's population class, which it extends, is package-private; Agrifront's adapter builds it via
 * {@link #create}.
 */
public final class TranslatedAgeMoeaPopulation extends AGEMOEAII.AGEMOEAIIPopulation {
    private static final long serialVersionUID = 1L;
    private final int objectives;
    private double[] ideal;
    private double[] nadir;

    private TranslatedAgeMoeaPopulation(int numberOfObjectives) {
        super(numberOfObjectives);
        this.objectives = numberOfObjectives;
    }

    /** An AGE-MOEA-II with this population, the library's default tournament, and the given components. */
    public static AGEMOEAII create(org.moeaframework.problem.Problem problem, int populationSize,
                                   org.moeaframework.core.operator.Variation variation,
                                   org.moeaframework.core.initialization.Initialization initialization) {
        return new AGEMOEAII(problem, populationSize, new TranslatedAgeMoeaPopulation(problem.getNumberOfObjectives()),
                new org.moeaframework.core.selection.TournamentSelection(2,
                        new org.moeaframework.core.comparator.ChainedComparator(
                                new org.moeaframework.core.comparator.RankComparator(), COMPARATOR)),
                variation, initialization);
    }

    @Override
    protected Solution[] getExtremePoints(Population front) {
        ideal = front.getLowerBounds();
        nadir = front.getUpperBounds();
        Solution[] result = new Solution[objectives];
        for (int i = 0; i < objectives; i++) {
            double[] axis = new double[objectives];
            axis[i] = 1.0;
            double best = Double.POSITIVE_INFINITY;
            for (Solution s : front) {
                double distance = Vector.pointLineDistance(Vector.subtract(s.getCanonicalObjectiveValues(), ideal), axis);
                if (distance < best) {
                    best = distance;
                    result[i] = s;
                }
            }
        }
        return result;
    }

    /** Intercepts as absolute objective values ({@code normalize} divides by {@code intercept − ideal}). */
    @Override
    protected double[] calculateIntercepts(Solution[] extremePoints) {
        double[] intercepts = new double[objectives];
        boolean degenerate = false;
        try {
            double[] b = new double[objectives];
            double[][] a = new double[objectives][objectives];
            for (int i = 0; i < objectives; i++) {
                b[i] = 1.0;
                for (int j = 0; j < objectives; j++) a[i][j] = extremePoints[i].getObjective(j).getCanonicalValue() - ideal[j];
            }
            double[] x = LinearAlgebra.lsolve(a, b);
            for (int i = 0; i < objectives; i++) {
                double t = 1.0 / x[i];
                if (!(t > 1e-10) || !Double.isFinite(t)) degenerate = true;
                intercepts[i] = ideal[i] + t;
            }
        } catch (SingularMatrixException e) {
            degenerate = true;
        }
        if (degenerate) { // as Deb & Jain prescribe for NSGA-III: the worst value of each objective in the front
            for (int i = 0; i < objectives; i++) intercepts[i] = Math.max(nadir[i], ideal[i] + 1e-10);
        }
        return intercepts;
    }
}
