package org.agrifront.engine.moea;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.moeaframework.core.Settings;
import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.NormalizedObjectives;
import org.moeaframework.core.population.ReferencePointNondominatedSortingPopulation;
import org.moeaframework.util.LinearAlgebra;
import org.moeaframework.util.weights.NormalBoundaryDivisions;

/**
 * MOEA Framework's NSGA-III population with one correction. When the hyperplane through the extreme points is
 * degenerate (singular, or an intercept below 0.001), MOEA 5.0 falls back to the largest <em>raw</em> objective
 * value as the intercept, clamped to a tiny epsilon. For maximised objectives, which are negative after negation,
 * that intercept becomes epsilon for every objective: normalisation is lost, the objective with the largest range
 * dominates the niching and the extremes of the others are dropped (seen on the land-use problem: the carbon end of
 * the front vanished while crop, seven orders of magnitude larger, kept its end). Deb &amp; Jain (2014) prescribe
 * the worst value of each objective relative to the ideal point instead, which this class uses.
 */
final class TranslatedInterceptsPopulation extends ReferencePointNondominatedSortingPopulation {
    private static final long serialVersionUID = 1L;
    private final int objectives;
    private int fallbacks;

    TranslatedInterceptsPopulation(int numberOfObjectives, NormalBoundaryDivisions divisions) {
        super(numberOfObjectives, divisions);
        this.objectives = numberOfObjectives;
    }

    /** Number of truncations that used the worst-value intercepts. */
    int fallbacks() {
        return fallbacks;
    }

    /** Ideal point, translation and intercepts of the current members (test access). */
    double[] interceptsOfMembers() {
        updateIdealPoint();
        translateByIdealPoint();
        return calculateIntercepts();
    }

    @Override
    protected double[] calculateIntercepts() {
        double[] intercepts = new double[objectives];
        boolean degenerate = false;
        try {
            double[][] a = new double[objectives][];
            double[] b = new double[objectives];
            for (int i = 0; i < objectives; i++) {
                a[i] = NormalizedObjectives.getAttribute(findExtremePoint(i)).clone();
                b[i] = 1.0;
            }
            double[] x = LinearAlgebra.lsolve(a, b);
            for (int i = 0; i < objectives; i++) {
                intercepts[i] = 1.0 / x[i];
                if (!(intercepts[i] >= 0.001) || Double.isInfinite(intercepts[i])) degenerate = true;
            }
        } catch (SingularMatrixException e) {
            degenerate = true;
        }
        if (degenerate) {
            fallbacks++;
            java.util.Arrays.fill(intercepts, Settings.EPS);
            for (Solution s : this) {
                double[] translated = NormalizedObjectives.getAttribute(s);
                for (int i = 0; i < objectives; i++) intercepts[i] = Math.max(intercepts[i], translated[i]);
            }
        }
        return intercepts;
    }
}
