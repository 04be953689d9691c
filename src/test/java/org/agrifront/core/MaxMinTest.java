package org.agrifront.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The max–min compromise against the knee on a skewed front where they differ. */
class MaxMinTest {
    private static final Sense[] MAX2 = {Sense.MAX, Sense.MAX};

    @Test
    void maxMinKeepsTheWorstObjectiveHighestWhereTheKneeTradesItAway() {
        // range-scaled: row 0 (1, 0), row 1 (0.9, 0.35), row 2 (0.6, 0.6), row 3 (0, 1)
        double[][] front = {{10, 0}, {9, 3.5}, {6, 6}, {0, 10}};
        assertEquals(2, MaxMin.index(front, MAX2, null), "worst scaled objective 0.6 beats 0.35");
        // knee: squared distances to (1, 1) in minimisation form: row 1 0.01 + 0.4225 = 0.4325, row 2 0.16 + 0.16 = 0.32
        assertEquals(2, Knee.index(front, MAX2));
        assertEquals(1, Knee.index(new double[][] {{10, 0}, {9.8, 4}, {6, 5.5}, {0, 10}}, MAX2), "0.0004 + 0.36 < 0.16 + 0.2025");
        assertEquals(2, MaxMin.index(new double[][] {{10, 0}, {9.8, 4}, {6, 5.5}, {0, 10}}, MAX2, null), "0.55 beats 0.4");
    }

    @Test
    void withReferenceValuesTheWorstRelativeGainDecides() {
        double[][] front = {{12, 9}, {11, 11}, {9, 13}};
        double[] reference = {10, 10};
        // relative gains: row 0 (+20%, −10%), row 1 (+10%, +10%), row 2 (−10%, +30%)
        assertEquals(1, MaxMin.index(front, MAX2, reference));
        // an objective without a reference value does not count: then only the first decides
        assertEquals(0, MaxMin.index(front, MAX2, new double[] {10, Double.NaN}));
        assertEquals(-1, MaxMin.index(front, MAX2, new boolean[3], reference));
    }
}
