package org.agrifront.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Distance indicators on fronts small enough to compute by hand. */
class DistancesTest {
    // reference front: three points on the line x + y = 1
    static final double[] Z = {0, 1, 0.5, 0.5, 1, 0};
    // approximation: each point 0.5 worse than the line in one objective
    static final double[] A = {0.5, 1, 1, 0.5};

    @Test
    void igdPlusCountsOnlyHowMuchWorseAPointIs() {
        // z=(0,1): min(|(0.5,0)|, |(1,0)|) = 0.5; z=(0.5,0.5): 0.5; z=(1,0): min(|(0,1)|, |(0,0.5)|) = 0.5
        assertEquals(0.5, Distances.igdPlus(A, 2, Z, 3, 2), 1e-15);
        // a front that dominates every reference point is at distance 0
        assertEquals(0.0, Distances.igdPlus(new double[] {0, 0}, 1, Z, 3, 2), 0);
        // one reference point missed by 0.3 in x and 0.4 in y: sqrt(0.09 + 0.16) = 0.5, others 0 -> 0.5 / 3
        assertEquals(0.5 / 3, Distances.igdPlus(new double[] {0, 1, 0.8, 0.9, 1, 0}, 3, Z, 3, 2), 1e-15);
    }

    @Test
    void generationalDistanceIsTheMeanDistanceToTheNearestReferencePoint() {
        assertEquals(0.5, Distances.generationalDistance(A, 2, Z, 3, 2), 1e-15);
        // (3, 5) is at distance 5 from (0, 1): sqrt(9 + 16); (1, 0) is on the front -> mean 2.5
        assertEquals(2.5, Distances.generationalDistance(new double[] {3, 5, 1, 0}, 2, Z, 3, 2), 1e-15);
    }

    @Test
    void additiveEpsilonIsTheShiftThatMakesTheFrontCoverTheReference() {
        assertEquals(0.5, Distances.additiveEpsilon(A, 2, Z, 3, 2), 1e-15);
        assertEquals(-1.0, Distances.additiveEpsilon(new double[] {0, 0}, 1, new double[] {1, 1}, 1, 2), 0);
        assertEquals(0.0, Distances.additiveEpsilon(Z, 3, Z, 3, 2), 0);
    }

    @Test
    void spreadOfAnEvenFrontThatReachesBothExtremesIsZero() {
        assertEquals(0.0, Distances.spread2d(Z, 3, Z, 3), 1e-15);
        assertEquals(0.0, Distances.generalizedSpread(Z, 3, Z, 3, 2), 1e-15);
    }

    @Test
    void spreadOfAnUnevenFrontByHand() {
        // gaps a = sqrt(2)/4 and b = 3 sqrt(2)/4, mean sqrt(2)/2: Deb's = (|a - mean| + |b - mean|) / (2 mean) = 0.5
        double[] uneven = {0, 1, 0.25, 0.75, 1, 0};
        assertEquals(0.5, Distances.spread2d(uneven, 3, new double[] {0, 1, 1, 0}, 2), 1e-15);
        // nearest-neighbour distances a, a, b: mean 5 sqrt(2)/12, deviations 8 sqrt(2)/12 -> 8 / 15
        assertEquals(8.0 / 15, Distances.generalizedSpread(uneven, 3, new double[] {0, 1, 1, 0}, 2, 2), 1e-15);
    }

    @Test
    void spreadGrowsWhenTheFrontMissesAnExtreme() {
        double[] half = {0, 1, 0.25, 0.75, 0.5, 0.5};
        // df = 0, dl = |(1,0) - (0.5,0.5)| = sqrt(0.5), equal gaps: (dl) / (dl + 2 gap) = 0.5
        assertEquals(0.5, Distances.spread2d(half, 3, Z, 3), 1e-15);
        // extremes (1,0) at sqrt(0.5) from the front, (0,1) on it; equal gaps g = sqrt(0.125): sqrt(0.5) / (sqrt(0.5) + 3g)
        assertEquals(0.4, Distances.generalizedSpread(half, 3, Z, 3, 2), 1e-15);
    }

    @Test
    void anEmptyFrontHasNoDistance() {
        assertTrue(Double.isNaN(Distances.igdPlus(new double[0], 0, Z, 3, 2)));
        assertTrue(Double.isNaN(Distances.additiveEpsilon(new double[0], 0, Z, 3, 2)));
    }
}
