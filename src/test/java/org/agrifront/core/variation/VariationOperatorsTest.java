package org.agrifront.core.variation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.RealEncoding;
import org.junit.jupiter.api.Test;

/**
 * Structural and distributional properties of the variation operators with fixed seeds: bounds respected,
 * probability 0 changes nothing, children's genes come from the parents (and are a permutation of them), segment
 * and mutation counts match their expectations within several standard deviations.
 */
class VariationOperatorsTest {
    static final int N = 40;
    /** Mixed bounds, including a negative range and a zero-width gene. */
    static final RealEncoding ENC;

    static {
        double[] lo = new double[N], hi = new double[N];
        for (int i = 0; i < N; i++) {
            lo[i] = i % 3 == 0 ? -5 : 0;
            hi[i] = i % 3 == 0 ? 5 : i % 7 == 0 ? 0 : 1 + i;
        }
        ENC = new RealEncoding(lo, hi);
    }

    static double[] random(SplittableRandom rng) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) x[i] = ENC.lower(i) + rng.nextDouble() * (ENC.upper(i) - ENC.lower(i));
        return x;
    }

    static void assertWithinBounds(double[] x) {
        for (int i = 0; i < N; i++) {
            assertTrue(x[i] >= ENC.lower(i) && x[i] <= ENC.upper(i), "gene " + i + " = " + x[i] + " outside ["
                    + ENC.lower(i) + ", " + ENC.upper(i) + "]");
        }
    }

    static CategoricalGenome genome(SplittableRandom rng, int options) {
        byte[] g = new byte[N];
        for (int i = 0; i < N; i++) g[i] = (byte) rng.nextInt(options);
        return new CategoricalGenome(g, null);
    }

    // ---------------------------------------------------------------------------------------------- SBX

    @Test
    void sbxKeepsChildrenWithinBoundsOnEitherSideOfTheParentsMean() {
        SimulatedBinaryCrossover sbx = new SimulatedBinaryCrossover(ENC, 1.0, 15);
        SplittableRandom rng = new SplittableRandom(11);
        int changed = 0;
        for (int t = 0; t < 2000; t++) {
            double[] p1 = random(rng), p2 = random(rng), a = p1.clone(), b = p2.clone();
            sbx.cross(a, b, rng);
            assertWithinBounds(a);
            assertWithinBounds(b);
            for (int i = 0; i < N; i++) {
                if (a[i] != p1[i] || b[i] != p2[i]) changed++;
                // bounded SBX puts one child on each side of the parents' mean (c = mean -/+ betaq * spread / 2)
                double mean = 0.5 * (p1[i] + p2[i]), tol = 1e-12 * (1 + Math.abs(mean));
                assertTrue(Math.min(a[i], b[i]) <= mean + tol && Math.max(a[i], b[i]) >= mean - tol,
                        "children " + a[i] + ", " + b[i] + " on both sides of " + mean + " at gene " + i);
            }
        }
        // each gene is recombined with probability 1/2 (genes of zero width never change)
        int variable = (int) java.util.stream.IntStream.range(0, N).filter(i -> ENC.upper(i) > ENC.lower(i)).count();
        double share = changed / (2000.0 * variable);
        assertEquals(0.5, share, 0.03, "share of recombined genes");
    }

    @Test
    void sbxWithALargeEtaKeepsChildrenNearTheirParents() {
        SplittableRandom rng = new SplittableRandom(12);
        double near = 0, far = 0;
        for (double eta : new double[] {2, 200}) {
            SimulatedBinaryCrossover sbx = new SimulatedBinaryCrossover(ENC, 1.0, eta);
            double distance = 0;
            for (int t = 0; t < 1000; t++) {
                double[] p1 = random(rng), p2 = random(rng), a = p1.clone(), b = p2.clone();
                sbx.cross(a, b, rng);
                for (int i = 0; i < N; i++) distance += Math.min(Math.abs(a[i] - p1[i]) + Math.abs(b[i] - p2[i]),
                        Math.abs(a[i] - p2[i]) + Math.abs(b[i] - p1[i]));
            }
            if (eta == 2) far = distance;
            else near = distance;
        }
        assertTrue(near < far / 5, "eta 200 moves children " + near + ", eta 2 " + far);
    }

    @Test
    void sbxWithProbabilityZeroChangesNothing() {
        SimulatedBinaryCrossover sbx = new SimulatedBinaryCrossover(ENC, 0.0, 15);
        SplittableRandom rng = new SplittableRandom(13);
        for (int t = 0; t < 200; t++) {
            double[] p1 = random(rng), p2 = random(rng), a = p1.clone(), b = p2.clone();
            sbx.cross(a, b, rng);
            assertArrayEquals(p1, a);
            assertArrayEquals(p2, b);
        }
    }

    @Test
    void sbxOfIdenticalParentsGivesTheParents() {
        SimulatedBinaryCrossover sbx = new SimulatedBinaryCrossover(ENC, 1.0, 15);
        SplittableRandom rng = new SplittableRandom(14);
        double[] p = random(rng), a = p.clone(), b = p.clone();
        sbx.cross(a, b, rng);
        assertArrayEquals(p, a);
        assertArrayEquals(p, b);
    }

    @Test
    void probabilitiesOutsideZeroOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedBinaryCrossover(ENC, 1.5, 15));
        assertThrows(IllegalArgumentException.class, () -> new PolynomialMutation(ENC, -0.1, 20));
        assertThrows(IllegalArgumentException.class, () -> new UniformCrossover(2));
        assertThrows(IllegalArgumentException.class, () -> new PointCrossover(1, -1));
        assertThrows(IllegalArgumentException.class, () -> new PointCrossover(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ResetMutation(1.1, 4));
    }

    // ---------------------------------------------------------------------------------- polynomial mutation

    @Test
    void polynomialMutationRespectsBoundsAndItsRate() {
        PolynomialMutation pm = new PolynomialMutation(ENC, 0.25, 20);
        SplittableRandom rng = new SplittableRandom(21);
        int changed = 0, trials = 4000;
        for (int t = 0; t < trials; t++) {
            double[] p = random(rng), x = p.clone();
            pm.mutate(x, rng);
            assertWithinBounds(x);
            for (int i = 0; i < N; i++) if (x[i] != p[i]) changed++;
        }
        int variable = (int) java.util.stream.IntStream.range(0, N).filter(i -> ENC.upper(i) > ENC.lower(i)).count();
        double share = changed / (double) (trials * variable);
        assertEquals(0.25, share, 0.01, "share of mutated genes");
    }

    @Test
    void polynomialMutationAtTheBoundsStaysInside() {
        PolynomialMutation pm = new PolynomialMutation(ENC, 1.0, 5);
        SplittableRandom rng = new SplittableRandom(22);
        for (int t = 0; t < 500; t++) {
            double[] x = new double[N];
            for (int i = 0; i < N; i++) x[i] = t % 2 == 0 ? ENC.lower(i) : ENC.upper(i);
            pm.mutate(x, rng);
            assertWithinBounds(x);
        }
    }

    @Test
    void polynomialMutationIsUnbiasedInTheMiddleAndNarrowForALargeEta() {
        RealEncoding unit = RealEncoding.uniform(1, 0, 1);
        SplittableRandom rng = new SplittableRandom(23);
        double sum = 0, spreadSmall = 0, spreadLarge = 0;
        int trials = 20000;
        for (int t = 0; t < trials; t++) {
            double[] x = {0.5}, y = {0.5};
            new PolynomialMutation(unit, 1.0, 20).mutate(x, rng);
            new PolynomialMutation(unit, 1.0, 200).mutate(y, rng);
            sum += x[0] - 0.5;
            spreadSmall += Math.abs(x[0] - 0.5);
            spreadLarge += Math.abs(y[0] - 0.5);
        }
        assertEquals(0, sum / trials, 0.002, "mean shift from the middle");
        assertTrue(spreadLarge < spreadSmall / 3, "eta 200 " + spreadLarge + " vs eta 20 " + spreadSmall);
    }

    @Test
    void polynomialMutationWithRateZeroChangesNothing() {
        PolynomialMutation pm = new PolynomialMutation(ENC, 0.0, 20);
        SplittableRandom rng = new SplittableRandom(24);
        double[] p = random(rng), x = p.clone();
        pm.mutate(x, rng);
        assertArrayEquals(p, x);
    }

    // --------------------------------------------------------------------------------- k-point crossover

    /** Number of positions where the first child switches between the parents' genes. */
    static int switches(byte[] child, byte[] p1, byte[] p2) {
        int from = -1, switches = 0;
        for (int i = 0; i < child.length; i++) {
            int source = child[i] == p1[i] ? 1 : 2;
            if (from > 0 && source != from) switches++;
            from = source;
        }
        return switches;
    }

    @Test
    void kPointCrossoverExchangesKSegmentsAndKeepsEveryGeneOfTheParents() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int k : new int[] {1, 2, 3, 5}) {
            PointCrossover x = new PointCrossover(k, 1.0);
            for (int t = 0; t < 300; t++) {
                // parents that differ everywhere, so every cut shows in the child
                byte[] p1 = new byte[N], p2 = new byte[N];
                for (int i = 0; i < N; i++) {
                    p1[i] = (byte) rng.nextInt(5);
                    p2[i] = (byte) (5 + rng.nextInt(5));
                }
                CategoricalGenome a = new CategoricalGenome(p1.clone(), null), b = new CategoricalGenome(p2.clone(), null);
                x.cross(a, b, rng);
                for (int i = 0; i < N; i++) {
                    assertTrue(a.get(i) == p1[i] && b.get(i) == p2[i] || a.get(i) == p2[i] && b.get(i) == p1[i],
                            "gene " + i + " exchanged as a pair");
                }
                assertEquals(k, switches(a.genes(), p1, p2), k + "-point crossover: cut points");
                assertEquals(p1[0], a.get(0), "the first segment stays (cuts are in 1..n-1)");
            }
        }
    }

    @Test
    void kPointCrossoverCutsAreUniform() {
        SplittableRandom rng = new SplittableRandom(32);
        PointCrossover x = new PointCrossover(1, 1.0);
        int[] cutAt = new int[N];
        int trials = 39000;
        byte[] p1 = new byte[N], p2 = new byte[N];
        Arrays.fill(p2, (byte) 1);
        for (int t = 0; t < trials; t++) {
            CategoricalGenome a = new CategoricalGenome(p1.clone(), null), b = new CategoricalGenome(p2.clone(), null);
            x.cross(a, b, rng);
            int cut = 0;
            while (cut < N && a.get(cut) == 0) cut++;
            cutAt[cut]++;
        }
        assertEquals(0, cutAt[0]);
        for (int c = 1; c < N; c++) assertEquals(1000, cutAt[c], 130, "cut at " + c); // sd about 31
    }

    @Test
    void kPointCrossoverWithProbabilityZeroChangesNothing() {
        SplittableRandom rng = new SplittableRandom(33);
        CategoricalGenome p1 = genome(rng, 10), p2 = genome(rng, 10), a = p1.copy(), b = p2.copy();
        new PointCrossover(2, 0.0).cross(a, b, rng);
        assertArrayEquals(p1.genes(), a.genes());
        assertArrayEquals(p2.genes(), b.genes());
    }

    // --------------------------------------------------------------------------------- uniform crossover

    @Test
    void uniformCrossoverSwapsAboutHalfTheGenesAsPairs() {
        SplittableRandom rng = new SplittableRandom(41);
        UniformCrossover x = new UniformCrossover(1.0);
        int swapped = 0, trials = 2000;
        for (int t = 0; t < trials; t++) {
            byte[] p1 = new byte[N], p2 = new byte[N];
            for (int i = 0; i < N; i++) {
                p1[i] = (byte) rng.nextInt(5);
                p2[i] = (byte) (5 + rng.nextInt(5));
            }
            CategoricalGenome a = new CategoricalGenome(p1.clone(), null), b = new CategoricalGenome(p2.clone(), null);
            x.cross(a, b, rng);
            for (int i = 0; i < N; i++) {
                boolean kept = a.get(i) == p1[i] && b.get(i) == p2[i], swap = a.get(i) == p2[i] && b.get(i) == p1[i];
                assertTrue(kept || swap, "gene " + i + " comes from the parents as a pair");
                if (swap) swapped++;
            }
        }
        assertEquals(0.5, swapped / (double) (trials * N), 0.01, "share of swapped genes");
    }

    @Test
    void uniformCrossoverOfLongGenomesUsesFreshCoinsPastSixtyFourGenes() {
        SplittableRandom rng = new SplittableRandom(42);
        int n = 200;
        byte[] p1 = new byte[n], p2 = new byte[n];
        Arrays.fill(p2, (byte) 1);
        int[] swappedAt = new int[n];
        for (int t = 0; t < 2000; t++) {
            CategoricalGenome a = new CategoricalGenome(p1.clone(), null), b = new CategoricalGenome(p2.clone(), null);
            new UniformCrossover(1.0).cross(a, b, rng);
            for (int i = 0; i < n; i++) if (a.get(i) == 1) swappedAt[i]++;
        }
        for (int i = 0; i < n; i++) assertEquals(1000, swappedAt[i], 120, "gene " + i); // sd about 22
        assertNotEquals(swappedAt[3], swappedAt[3 + 64], "genes 64 apart use different coins");
    }

    @Test
    void uniformCrossoverWithProbabilityZeroChangesNothing() {
        SplittableRandom rng = new SplittableRandom(43);
        CategoricalGenome p1 = genome(rng, 10), p2 = genome(rng, 10), a = p1.copy(), b = p2.copy();
        new UniformCrossover(0.0).cross(a, b, rng);
        assertArrayEquals(p1.genes(), a.genes());
        assertArrayEquals(p2.genes(), b.genes());
    }

    // ------------------------------------------------------------------------------------ reset mutation

    @Test
    void resetMutationChangesGenesAtItsRateToOtherValidOptions() {
        SplittableRandom rng = new SplittableRandom(51);
        int options = 6;
        ResetMutation m = new ResetMutation(0.1, options);
        int changed = 0, trials = 5000;
        int[] picked = new int[options];
        for (int t = 0; t < trials; t++) {
            CategoricalGenome p = genome(rng, options), g = p.copy();
            m.mutate(g, rng);
            for (int i = 0; i < N; i++) {
                assertTrue(g.get(i) >= 0 && g.get(i) < options, "option in range");
                if (g.get(i) != p.get(i)) {
                    changed++;
                    picked[g.get(i)]++;
                }
            }
        }
        assertEquals(0.1, changed / (double) (trials * N), 0.005, "share of mutated genes");
        for (int o = 0; o < options; o++) assertEquals(changed / (double) options, picked[o], changed * 0.03, "option " + o);
    }

    @Test
    void resetMutationAtRateOneChangesEveryGene() {
        SplittableRandom rng = new SplittableRandom(52);
        CategoricalGenome p = genome(rng, 3), g = p.copy();
        new ResetMutation(1.0, 3).mutate(g, rng);
        for (int i = 0; i < N; i++) assertNotEquals(p.get(i), g.get(i), "gene " + i);
    }

    @Test
    void resetMutationWithRateZeroOrOneOptionChangesNothing() {
        SplittableRandom rng = new SplittableRandom(53);
        CategoricalGenome p = genome(rng, 5), g = p.copy();
        new ResetMutation(0.0, 5).mutate(g, rng);
        assertArrayEquals(p.genes(), g.genes());
        CategoricalGenome single = new CategoricalGenome(new byte[N], null);
        new ResetMutation(1.0, 1).mutate(single, rng);
        assertArrayEquals(new byte[N], single.genes());
    }

    @Test
    void operatorsAreDeterminedByTheirStream() {
        double[] p1 = random(new SplittableRandom(61)), p2 = random(new SplittableRandom(62));
        double[][] out = new double[2][];
        for (int r = 0; r < 2; r++) {
            double[] a = p1.clone(), b = p2.clone();
            SplittableRandom rng = new SplittableRandom(63);
            new SimulatedBinaryCrossover(ENC, 1.0, 15).cross(a, b, rng);
            new PolynomialMutation(ENC, 0.2, 20).mutate(a, rng);
            out[r] = a;
        }
        assertArrayEquals(out[0], out[1]);
    }
}
