package org.agrifront.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KneeTest {
    static final Sense[] MAX_MAX_MIN = {Sense.MAX, Sense.MAX, Sense.MIN};

    /**
     * By hand, over the feasible rows 0, 1, 2, 4: in minimisation form objective 0 spans [-10, 0], objective 1
     * [-10, 0], objective 2 [0, 10]. Scaled: row 0 (0, 1, .5) → d² 1.25; row 1 (1, 0, .5) → 1.25; row 2 (.4, .4, 0) →
     * .32; row 4 (.6, .2, 1) → 1.40. Row 2 is the knee. The infeasible row 3 would dominate everything: it must neither
     * be chosen nor stretch the ranges.
     */
    static final double[][] FRONT = {
        {10, 0, 5},
        {0, 10, 5},
        {6, 6, 0},
        {100, 100, 0},
        {4, 8, 10},
    };
    static final boolean[] FEASIBLE = {true, true, true, false, true};

    @Test
    void handComputedFront() {
        assertEquals(2, Knee.index(FRONT, MAX_MAX_MIN, FEASIBLE));
    }

    @Test
    void withEveryRowEligibleTheIdealRowWins() {
        assertEquals(3, Knee.index(FRONT, MAX_MAX_MIN));
    }

    @Test
    void scalingMakesUnitsIrrelevant() {
        // objective 0 in thousands: unscaled, row 0 would be nearest the ideal (1000, 1); scaled, (600, .6) is at
        // (.4, .4) against (0, 1) and (1, 0)
        double[][] f = {{1000, 0}, {0, 1}, {600, 0.6}};
        assertEquals(2, Knee.index(f, new Sense[] {Sense.MAX, Sense.MAX}));
    }

    @Test
    void tiesGoToTheLowestIndexAndConstantObjectivesCountZero() {
        double[][] f = {{1, 0, 7}, {0, 1, 7}};
        assertEquals(0, Knee.index(f, new Sense[] {Sense.MAX, Sense.MAX, Sense.MIN}));
        assertEquals(0, Knee.index(new double[][] {{3, 3}}, new Sense[] {Sense.MIN, Sense.MIN}));
    }

    @Test
    void noEligibleRowGivesMinusOne() {
        assertEquals(-1, Knee.index(FRONT, MAX_MAX_MIN, new boolean[5]));
        assertEquals(-1, Knee.index(new double[0][], MAX_MAX_MIN));
    }

    @Test
    void badShapesAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> Knee.index(FRONT, MAX_MAX_MIN, new boolean[2]));
        assertThrows(IllegalArgumentException.class, () -> Knee.index(FRONT, new Sense[] {Sense.MAX}));
        assertThrows(IllegalArgumentException.class,
                () -> Knee.index(new double[][] {{Double.NaN, 1, 1}}, MAX_MAX_MIN));
    }
}
