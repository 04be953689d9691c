package org.agrifront.engine.jmetal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MoeadWeightsTest {
    @Test
    void twoObjectivesAreEvenlySpaced() {
        double[][] w = MoeadAlgorithm.weights(2, 5);
        assertEquals(0.25, w[1][0], 1e-12);
        assertEquals(0.75, w[1][1], 1e-12);
        assertEquals(1.0, w[4][0], 1e-12);
    }

    /** 3 objectives, 100 weights: from the 105 points of the 13-division lattice, axes included, no duplicates. */
    @Test
    void moreObjectivesTakeDistinctLatticePointsWithTheAxes() {
        double[][] w = MoeadAlgorithm.weights(3, 100);
        assertEquals(100, w.length);
        Set<String> seen = new HashSet<>();
        for (double[] v : w) {
            assertEquals(1.0, v[0] + v[1] + v[2], 1e-9);
            for (double x : v) assertEquals(Math.round(x * 13), x * 13, 1e-9, "a 13-division lattice point");
            assertTrue(seen.add(java.util.Arrays.toString(v)), "distinct");
        }
        for (int axis = 0; axis < 3; axis++) assertEquals(1.0, w[axis][axis], 0);
    }
}
