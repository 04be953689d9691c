package org.agrifront.engine.moea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.Fitness;
import org.moeaframework.core.population.Population;

/** SMS-EMOA's contributions, hand-computed, and the same after translating the objectives (regression). */
class HypervolumeContributionTest {

    static double[] contributions(double offset, double shift1, double shift2) {
        Population front = new Population();
        double[][] f = {{0, 1}, {0.5, 0.5}, {1, 0}};
        for (double[] p : f) {
            Solution s = new Solution(0, 2, 0);
            s.setObjectiveValues(new double[] {p[0] * 10 + shift1, p[1] * 10 + shift2});
            front.add(s);
        }
        new HypervolumeContribution(offset).evaluate(front);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) out[i] = Fitness.getAttribute(front.get(i));
        return out;
    }

    @Test
    void contributionsOfThreePointsMatchTheHandComputedAreas() {
        // normalised points (0,1), (0.5,0.5), (1,0); reference (1 + offset) in both objectives
        assertArrayEquals(new double[] {0, 0.25, 0}, contributions(0, 0, 0), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.25, 0.5}, contributions(1, 0, 0), 1e-12);
    }

    @Test
    void negativeObjectivesFromMaximisationGiveTheSameContributions() {
        assertArrayEquals(contributions(1, 0, 0), contributions(1, -1e6, -20), 1e-9);
    }
}
