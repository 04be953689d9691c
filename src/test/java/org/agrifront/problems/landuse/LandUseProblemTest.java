package org.agrifront.problems.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.junit.jupiter.api.Test;

class LandUseProblemTest {

    /**
     * Three cells, three land uses. Carbon/crop/runoff/forage per (cell, use), chosen so totals are easy to add by
     * hand.
     */
    static LandUseData threeCells() {
        double[][][] v = {
                // carbon: use 0 (natural) stores most
                {{10, 4, 6}, {20, 8, 12}, {30, 12, 18}},
                // crop: only use 1
                {{0, 5, 0}, {0, 7, 0}, {0, 9, 0}},
                // runoff
                {{1, 2, 1.5}, {1, 2, 1.5}, {1, 2, 1.5}},
                // forage: only use 2
                {{0, 0, 3}, {0, 0, 4}, {0, 0, 5}},
        };
        // reference: carbon 40, crop 7, runoff 4, forage 4
        return TinyLandUse.of(v, new double[] {40, 7, 4, 4}, new int[] {1, 1, 2}, new int[] {1001, 1001, 2001});
    }

    @Test
    void evaluatesAHandMadeAllocation() {
        LandUseProblem p = new LandUseProblem("tiny", threeCells(), 1.0);
        // cell 0 natural, cell 1 crop, cell 2 pasture
        byte[] genes = {0, 1, 2};
        double[] obj = new double[3], viol = new double[4];
        p.evaluate(genes, obj, viol);
        // carbon 10 + 8 + 18 = 36; crop 0 + 7 + 0 = 7; runoff 1 + 2 + 1.5 = 4.5; forage 5
        assertArrayEquals(new double[] {36, 7, 4.5}, obj, 0.0);
        // carbon misses 40 by 4 -> 4/40 = 0.1; crop meets 7 exactly; runoff and forage exceed
        assertArrayEquals(new double[] {0.1, 0, 0, 0}, viol, 1e-15);
        double[] forage = new double[1];
        p.computeOutputs(genes, forage);
        assertEquals(5.0, forage[0], 0.0);
    }

    @Test
    void constraintFactorScalesTheTargets() {
        LandUseProblem p = new LandUseProblem("tiny", threeCells(), 0.9);
        double[] obj = new double[3], viol = new double[4];
        p.evaluate(new byte[] {0, 1, 2}, obj, viol);
        // carbon target 36 is met exactly at factor 0.9
        assertArrayEquals(new double[] {0, 0, 0, 0}, viol, 0.0);
    }

    @Test
    void incrementalEvaluationIsBitIdenticalToFullEvaluation() {
        LandUseData data = syntheticData();
        LandUseProblem p = new LandUseProblem("synthetic", data, 1.0);
        SplittableRandom rng = new SplittableRandom(42);
        CategoricalGenome g = CategoricalGenome.of(p, p.encoding().random(rng));
        double[] inc = new double[3], incV = new double[4], full = new double[3], fullV = new double[4];
        g.evaluate(p, inc, incV); // fills the accumulators
        for (int step = 0; step < 2000; step++) {
            int changes = 1 + rng.nextInt(20);
            for (int k = 0; k < changes; k++) g.set(rng.nextInt(g.length()), rng.nextInt(p.data().options()));
            g.evaluate(p, inc, incV);
            p.evaluate(g.genes(), full, fullV);
            assertArrayEquals(full, inc, 0.0, "objectives after step " + step);
            assertArrayEquals(fullV, incV, 0.0, "violations after step " + step);
        }
    }

    @Test
    void copiesCarryValidAccumulators() {
        LandUseProblem p = new LandUseProblem("synthetic", syntheticData(), 1.0);
        SplittableRandom rng = new SplittableRandom(7);
        CategoricalGenome a = CategoricalGenome.of(p, p.encoding().random(rng));
        double[] o1 = new double[3], v1 = new double[4], o2 = new double[3], v2 = new double[4];
        a.evaluate(p, o1, v1);
        CategoricalGenome b = a.copy();
        b.set(3, (b.get(3) + 1) % 10);
        b.evaluate(p, o2, v2);
        double[] full = new double[3], fullV = new double[4];
        p.evaluate(b.genes(), full, fullV);
        assertArrayEquals(full, o2, 0.0);
        a.evaluate(p, o2, v2);
        assertArrayEquals(o1, o2, 0.0, "changing the copy must not change the original");
    }

    @Test
    void scalarizedInitialisationStartsFeasibleOnTheSyntheticInstance() {
        LandUseProblem p = new LandUseProblem("synthetic", syntheticData(), 1.0);
        SplittableRandom rng = new SplittableRandom(3);
        double[] obj = new double[3], viol = new double[4];
        int feasible = 0;
        for (int i = 0; i < 20; i++) {
            p.evaluate(p.initialGenome(LandUseProblem.SCALARIZED, i, 20, rng), obj, viol);
            if (viol[0] + viol[1] + viol[2] + viol[3] == 0) feasible++;
        }
        assertEquals(20, feasible);
        // random allocations, by contrast, are infeasible (too little forage and carbon)
        p.evaluate(p.encoding().random(rng), obj, viol);
        assertTrue(viol[0] + viol[3] > 0);
    }

    static LandUseData cached;

    static synchronized LandUseData syntheticData() {
        if (cached == null) {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("landuse-test");
                LandUseGenerator.generate(dir, new LandUseGenerator.Params(300, 8, 40, 11));
                cached = LandUseReader.read(dir, "26", "2090-2099", true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return cached;
    }
}
