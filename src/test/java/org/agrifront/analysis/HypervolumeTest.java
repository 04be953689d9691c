package org.agrifront.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-computed cases, an inclusion–exclusion oracle on seeded random fronts, Monte Carlo, immutability. */
class HypervolumeTest {

    @Test
    void aSinglePointAtTheCentreOfTheUnitSquareDominatesAQuarter() {
        // MOEA Framework's HypervolumeTest cases: (0.5, 0.5) -> 0.25 and the ideal (0, 0) -> 1.0 with ref (1, 1)
        assertEquals(0.25, Hypervolume.exact(new double[] {0.5, 0.5}, 1, 2, new double[] {1, 1}), 0);
        assertEquals(1.0, Hypervolume.exact(new double[] {0, 0}, 1, 2, new double[] {1, 1}), 0);
    }

    @Test
    void fourPointsIn2dGive38AsInMoocoresExample() {
        // staircase (2,7) (4,6) (5,5) (7,4) to (10,10): 2*3 + 1*4 + 2*5 + 3*6 = 38
        double[] p = {5, 5, 4, 6, 2, 7, 7, 4};
        assertEquals(38.0, Hypervolume.exact(p, 4, 2, new double[] {10, 10}), 1e-12);
    }

    @Test
    void twoOverlappingBoxesIn3dGive5() {
        // (1,0,1): 1*2*1 = 2; (0,1,0): 2*1*2 = 4; overlap from (1,1,1): 1 -> 2 + 4 - 1 = 5
        double[] p = {1, 0, 1, 0, 1, 0};
        assertEquals(5.0, Hypervolume.exact(p, 2, 3, new double[] {2, 2, 2}), 1e-12);
    }

    @Test
    void pointsOnOrBeyondTheReferenceAndDominatedPointsAddNothing() {
        double[] ref = {10, 10};
        double[] withJunk = {5, 5, 4, 6, 2, 7, 7, 4, 10, 1, 11, 0, 6, 6, 5, 5};
        assertEquals(38.0, Hypervolume.exact(withJunk, 8, 2, ref), 1e-12);
        assertEquals(0.0, Hypervolume.exact(new double[] {10, 10}, 1, 2, ref), 0);
        assertEquals(0.0, Hypervolume.exact(new double[0], 0, 3, new double[] {1, 1, 1}), 0);
    }

    @Test
    void aDenseSampleOfTheUnitSphereOctantApproachesOneMinusPiOverSix() {
        // the region of the unit cube outside the sphere has volume 1 - pi/6; a finite sample dominates a bit less
        int k = 60;
        double[] p = new double[k * k * 3];
        int n = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double theta = Math.PI / 2 * a / (k - 1), phi = Math.PI / 2 * b / (k - 1);
                p[n * 3] = Math.sin(theta) * Math.cos(phi);
                p[n * 3 + 1] = Math.sin(theta) * Math.sin(phi);
                p[n * 3 + 2] = Math.cos(theta);
                n++;
            }
        }
        double hv = Hypervolume.exact(p, n, 3, new double[] {1, 1, 1});
        double limit = 1 - Math.PI / 6;
        assertTrue(hv < limit && hv > limit - 0.02, "hv " + hv + " vs limit " + limit);
    }

    @ParameterizedTest(name = "{0} objectives")
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void exactEqualsInclusionExclusionOnSeededRandomFronts(int d) {
        Random random = new Random(17L);
        double[] ref = new double[d];
        Arrays.fill(ref, 1.0);
        for (int trial = 0; trial < 30; trial++) {
            int n = 1 + random.nextInt(10);
            double[] p = randomFront(random, n, d);
            double oracle = inclusionExclusion(p, n, d, ref);
            assertEquals(oracle, Hypervolume.exact(p, n, d, ref), 1e-12, "trial " + trial);
        }
    }

    @ParameterizedTest(name = "{0} objectives")
    @ValueSource(ints = {2, 3, 4})
    void wfgAloneAgreesWithTheSweepsOnLargerFronts(int d) {
        Random random = new Random(17L);
        double[] ref = new double[d];
        Arrays.fill(ref, 1.1);
        for (int trial = 0; trial < 5; trial++) {
            int n = 40 + random.nextInt(40);
            double[] p = Fronts.nondominated(randomFront(random, n, d), n, d);
            double sweep = Hypervolume.exact(p, p.length / d, d, ref);
            double wfg = Hypervolume.wfg(p, d, ref, 1);
            assertEquals(sweep, wfg, 1e-12 * Math.max(1, sweep));
        }
    }

    @ParameterizedTest(name = "{0} objectives")
    @ValueSource(ints = {3, 5, 8})
    void monteCarloLiesWithinFourStandardErrorsOfTheExactValue(int d) {
        Random random = new Random(17L);
        double[] ref = new double[d];
        Arrays.fill(ref, 1.0);
        int n = 12;
        double[] p = randomFront(random, n, d);
        double exact = Hypervolume.exact(p, n, d, ref);
        Hypervolume.Estimate e = Hypervolume.monteCarlo(p, n, d, ref, 200_000, 3);
        assertTrue(e.standardError() > 0);
        assertTrue(Math.abs(e.value() - exact) < 4 * e.standardError(),
                "MC " + e.value() + " +- " + e.standardError() + " vs exact " + exact);
        assertEquals(e, Hypervolume.monteCarlo(p, n, d, ref, 200_000, 3), "same seed, same estimate");
    }

    @Test
    void kernelsLeaveTheirInputsUntouched() {
        Random random = new Random(17L);
        for (int d = 2; d <= 5; d++) {
            double[] p = randomFront(random, 15, d);
            double[] ref = new double[d];
            Arrays.fill(ref, 1.0);
            double[] pCopy = p.clone(), refCopy = ref.clone();
            Hypervolume.exact(p, 15, d, ref);
            Hypervolume.monteCarlo(p, 15, d, ref, 1000, 1);
            Fronts.nondominated(p, 15, d);
            Distances.igdPlus(p, 15, p, 15, d);
            Distances.additiveEpsilon(p, 15, p, 15, d);
            Distances.generationalDistance(p, 15, p, 15, d);
            Distances.generalizedSpread(p, 15, p, 15, d);
            if (d == 2) Distances.spread2d(p, 15, p, 15);
            assertArrayEquals(pCopy, p, 0);
            assertArrayEquals(refCopy, ref, 0);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Hypervolume.exact(new double[] {1, 2, 3}, 2, 2, new double[] {5, 5}));
        assertThrows(IllegalArgumentException.class, () -> Hypervolume.exact(new double[] {1, Double.NaN}, 1, 2, new double[] {5, 5}));
        assertThrows(IllegalArgumentException.class, () -> Hypervolume.exact(new double[] {1, 2}, 1, 2, new double[] {5}));
        assertThrows(IllegalArgumentException.class, () -> Hypervolume.exact(new double[] {1, 2}, 1, 2, new double[] {5, Double.POSITIVE_INFINITY}));
    }

    /** Points with a mix of dominated and non-dominated rows, coordinates in [0, 1): some on shared values. */
    static double[] randomFront(Random random, int n, int d) {
        double[] p = new double[n * d];
        for (int i = 0; i < p.length; i++) p[i] = random.nextInt(4) == 0 ? 0.5 : random.nextDouble();
        return p;
    }

    /** HV = Σ over non-empty subsets S of (−1)^(|S|+1) · vol(box of the componentwise max of S). */
    static double inclusionExclusion(double[] p, int n, int d, double[] ref) {
        double total = 0;
        for (int mask = 1; mask < 1 << n; mask++) {
            double[] corner = new double[d];
            Arrays.fill(corner, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 0) continue;
                for (int j = 0; j < d; j++) corner[j] = Math.max(corner[j], p[i * d + j]);
            }
            double vol = 1;
            for (int j = 0; j < d; j++) vol *= Math.max(0, ref[j] - corner[j]);
            total += (Integer.bitCount(mask) % 2 == 1 ? 1 : -1) * vol;
        }
        return total;
    }
}
