package org.agrifront.problems.manure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.agrifront.core.Problem;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.junit.jupiter.api.Test;

/** The neutral start: random shares within the recipients' capacity. */
class NeutralStartTest {

    @Test
    void everyMemberOfTheShippedInstanceIsFeasibleAndReproducible() {
        Problem<?> loaded = Problems.load(ProblemSource.of(Path.of("problems/manure-china-2020.json"), null));
        ManureProblem p = (ManureProblem) loaded;
        assertEquals(Problem.NEUTRAL, p.defaultInitialization());
        double[] o = new double[2], v = new double[2];
        SplittableRandom r1 = new SplittableRandom(5), r2 = new SplittableRandom(5);
        for (int i = 0; i < 50; i++) {
            double[] g = p.initialGenome(Problem.NEUTRAL, i, 50, r1);
            assertArrayEquals(g, p.initialGenome(Problem.NEUTRAL, i, 50, r2));
            p.evaluate(g, o, v);
            assertArrayEquals(new double[] {0, 0}, v, "member " + i);
        }
    }

    @Test
    void onTheTinyInstanceTheStartSendsAtMostCsRoom() {
        // C takes at most 0.8 / 1.20909 of A's P excess (its binding nutrient); the rest goes to B
        ManureProblem p = TinyManure.problem();
        double[] o = new double[2], v = new double[2];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 50; i++) {
            double[] g = p.initialGenome(Problem.NEUTRAL, i, 50, rng);
            p.evaluate(g, o, v);
            assertArrayEquals(new double[] {0, 0}, v, "member " + i);
            double toC = g[1] / (g[0] + g[1]);
            org.junit.jupiter.api.Assertions.assertTrue(toC <= 0.8 / (1.9 * 7 / 11) + 1e-9, "member " + i + ": " + toC);
        }
    }
}
