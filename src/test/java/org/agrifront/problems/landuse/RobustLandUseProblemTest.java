package org.agrifront.problems.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.problems.landuse.RobustLandUseProblem.Mode;
import org.junit.jupiter.api.Test;

class RobustLandUseProblemTest {
    static final int[] ONE = {1, 1};

    /** Scenario A and B of two cells and two land uses (values in file units, {@code [service][cell][option]}). */
    static LandUseData scenarioA() {
        return TinyLandUse.of(new double[][][] {
                {{10, 20}, {30, 10}}, {{5, 1}, {1, 5}}, {{2, 2}, {3, 1}}, {{1, 1}, {1, 1}}},
                new double[] {40, 6, 4, 2}, ONE, ONE);
    }

    static LandUseData scenarioB() {
        return TinyLandUse.of(new double[][][] {
                {{12, 18}, {24, 12}}, {{4, 2}, {2, 4}}, {{1, 3}, {2, 2}}, {{1, 1}, {1, 1}}},
                new double[] {36, 5, 4, 2}, ONE, ONE);
    }

    static RobustLandUseProblem tiny(Mode mode, double[][] optima) {
        return new RobustLandUseProblem("tiny", List.of("A", "B"), List.of(scenarioA(), scenarioB()), mode, 1.0, optima);
    }

    @Test
    void evaluationCombinesTheScenariosAsComputedByHand() {
        double[] obj = new double[3], viol = new double[8];
        // cells (PNV, PNV): A carbon 40 crop 6 runoff 5 (0, 0, +25 %); B carbon 36 crop 6 runoff 3 (0, +20, -25 %)
        tiny(Mode.WORST, null).evaluate(new byte[] {0, 0}, obj, viol);
        assertArrayEquals(new double[] {0, 0, -25}, obj, 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0.25, 0}, viol, 1e-12);
        tiny(Mode.MEAN, null).evaluate(new byte[] {0, 0}, obj, viol);
        assertArrayEquals(new double[] {0, 10, 0}, obj, 1e-12);

        // (land use 1, PNV): A carbon 50 crop 2 runoff 5 (+25, -66.67, +25 %); B carbon 42 crop 4 runoff 5 (+16.67, -20, +25 %)
        byte[] g = {1, 0};
        tiny(Mode.WORST, null).evaluate(g, obj, viol);
        assertArrayEquals(new double[] {100.0 / 6, -200.0 / 3, 25}, obj, 1e-12);
        assertArrayEquals(new double[] {0, 4.0 / 6, 0, 0, 0, 0.2, 0, 0}, viol, 1e-12);
        tiny(Mode.MEAN, null).evaluate(g, obj, viol);
        assertArrayEquals(new double[] {(25 + 100.0 / 6) / 2, (-200.0 / 3 - 20) / 2, 25}, obj, 1e-12);
        double[][] optima = {{30, 10, 30}, {20, 25, 30}};
        tiny(Mode.REGRET, optima).evaluate(g, obj, viol);
        assertArrayEquals(new double[] {5, 10 + 200.0 / 3, 5}, obj, 1e-12);

        // and the per-scenario gains are those of each single-scenario problem
        double[][] gains = tiny(Mode.WORST, null).gainsPercent(g);
        LandUseData[] data = {scenarioA(), scenarioB()};
        for (int s = 0; s < 2; s++) {
            LandUseProblem single = new LandUseProblem("single", data[s], 1.0);
            double[] o = new double[3], v = new double[4];
            single.evaluate(g, o, v);
            double[] expected = single.gainsPercent(o);
            for (int k = 0; k < 3; k++) assertEquals(expected[k], gains[s][k], 1e-12);
            for (int t = 0; t < 4; t++) assertEquals(v[t], viol[s * 4 + t], 0.0);
        }
        tiny(Mode.WORST, null).evaluate(g, obj, viol);
        for (int k = 0; k < 3; k++) assertEquals(Math.min(gains[0][k], gains[1][k]), obj[k], 0.0);
    }

    /** Three scenarios of a 300-cell synthetic instance: the base and two seeded perturbations. */
    static RobustLandUseProblem synthetic(Mode mode) {
        LandUseData base = LandUseProblemTest.syntheticData();
        LandUseData warm = RobustLandUseType.perturb(base, new RobustLandUseSpec.Perturbation(1L, 0.05));
        LandUseData hot = RobustLandUseType.perturb(base, new RobustLandUseSpec.Perturbation(2L, 0.05));
        return new RobustLandUseProblem("synthetic-robust", List.of("base", "warm", "hot"), List.of(base, warm, hot), mode, 1.0, null);
    }

    @Test
    void incrementalEqualsFullEvaluationAfterRandomMutations() {
        RobustLandUseProblem p = synthetic(Mode.WORST);
        assertEquals(12, p.stateLength());
        SplittableRandom rng = new SplittableRandom(5);
        CategoricalGenome genome = CategoricalGenome.of(p, p.encoding().random(rng));
        double[] a = new double[3], va = new double[12], b = new double[3], vb = new double[12];
        genome.evaluate(p, a, va);
        for (int step = 0; step < 2000; step++) {
            genome.set(rng.nextInt(genome.length()), rng.nextInt(10));
            if (step % 100 != 99) continue;
            genome.evaluate(p, a, va);
            p.evaluate(genome.genes(), b, vb);
            assertArrayEquals(b, a, 0.0);
            assertArrayEquals(vb, va, 0.0);
        }
    }

    @Test
    void neutralAndScalarizedStartsAreFeasibleAndTheExchangeKeepsThemSo() {
        RobustLandUseProblem p = synthetic(Mode.WORST);
        SplittableRandom rng = new SplittableRandom(3);
        double[] obj = new double[3], viol = new double[12], before = new double[3];
        @SuppressWarnings("unchecked")
        Mutation<CategoricalGenome> exchange = (Mutation<CategoricalGenome>) p.mutation(OperatorSpec.of("exchange")).orElseThrow();
        for (String init : List.of("neutral", "scalarized")) {
            for (int i = 0; i < 4; i++) {
                CategoricalGenome g = CategoricalGenome.of(p, p.initialGenome(init, i, 4, rng));
                g.evaluate(p, obj, viol);
                for (double v : viol) assertEquals(0.0, v, init + " member " + i);
                for (int m = 0; m < 5; m++) {
                    exchange.mutate(g, rng);
                    g.evaluate(p, obj, viol);
                    for (double v : viol) assertEquals(0.0, v, init + " after exchange");
                }
            }
        }
        // the scalarized extremes beat the neutral start in their own objective
        for (int k = 0; k < 3; k++) {
            p.evaluate(p.initialGenome("scalarized", k, 4, rng), obj, viol);
            p.evaluate(p.initialGenome("neutral", k, 4, rng), before, viol);
            assertTrue(obj[k] > before[k], "objective " + k + ": " + obj[k] + " vs neutral " + before[k]);
        }
        assertTrue(p.isInformed("scalarized"));
        assertTrue(!p.isInformed("neutral"));
    }
}
