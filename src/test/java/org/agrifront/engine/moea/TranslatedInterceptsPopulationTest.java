package org.agrifront.engine.moea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.moeaframework.core.Solution;
import org.moeaframework.util.weights.NormalBoundaryDivisions;

class TranslatedInterceptsPopulationTest {

    static Solution solution(double f1, double f2) {
        Solution s = new Solution(0, 2);
        s.setObjectiveValues(new double[] {f1, f2});
        return s;
    }

    /**
     * Regression for MOEA 5.0's degenerate-hyperplane fallback, which takes intercepts from raw objective values:
     * with negated (maximised) objectives every intercept became epsilon. One member is the extreme point for both
     * objectives, so the hyperplane is singular; the intercepts must be the translated worst values (9, 90).
     */
    @Test
    void degenerateHyperplaneFallsBackToTranslatedWorstValues() {
        TranslatedInterceptsPopulation pop = new TranslatedInterceptsPopulation(2, new NormalBoundaryDivisions(4));
        pop.add(solution(-10, -100));
        pop.add(solution(-5, -50));
        pop.add(solution(-1, -10));
        assertArrayEquals(new double[] {9, 90}, pop.interceptsOfMembers(), 1e-12);
    }

    @Test
    void regularHyperplaneKeepsMoeasIntercepts() {
        TranslatedInterceptsPopulation pop = new TranslatedInterceptsPopulation(2, new NormalBoundaryDivisions(4));
        // extreme points (0, 4) and (2, 0) after translation by the ideal (0, 0): the line x/2 + y/4 = 1
        pop.add(solution(0, 4));
        pop.add(solution(2, 0));
        pop.add(solution(1, 1));
        assertArrayEquals(new double[] {2, 4}, pop.interceptsOfMembers(), 1e-12);
    }
}
