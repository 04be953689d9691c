package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Monte Carlo draws are reproducible from the seed and behave like their distribution. */
class MonteCarloTest {
    final CropLivestockProblem problem = new CropLivestockProblem("tiny", TinyQtp.fourCells());
    final double[] genome = problem.encode(problem.data().current());

    MonteCarlo.Result run(long seed, double cv, MonteCarlo.Distribution dist, MonteCarlo.Scope scope) {
        return MonteCarlo.run(problem, genome, new MonteCarlo.Settings(400, cv, dist, scope, seed));
    }

    @Test
    void theSameSeedGivesTheSameDrawsAndAnotherSeedOthers() {
        for (MonteCarlo.Scope scope : MonteCarlo.Scope.values()) {
            MonteCarlo.Result a = run(7, 0.1, MonteCarlo.Distribution.NORMAL, scope);
            MonteCarlo.Result b = run(7, 0.1, MonteCarlo.Distribution.NORMAL, scope);
            MonteCarlo.Result c = run(8, 0.1, MonteCarlo.Distribution.NORMAL, scope);
            for (int r = 0; r < a.objectives().length; r++) {
                assertArrayEquals(a.objectives()[r], b.objectives()[r]);
                assertArrayEquals(a.violations()[r], b.violations()[r]);
            }
            assertFalse(java.util.Arrays.equals(a.objectives()[0], c.objectives()[0]));
            assertEquals(MonteCarlo.summary(problem, a).toString(), MonteCarlo.summary(problem, b).toString());
        }
    }

    @Test
    void withoutVariationEveryDrawIsTheNominalEvaluation() {
        MonteCarlo.Result r = run(1, 0, MonteCarlo.Distribution.LOGNORMAL, MonteCarlo.Scope.CELL);
        for (double[] o : r.objectives()) assertArrayEquals(r.nominalObjectives(), o, 1e-9 * 3e6);
        Map<String, Object> s = MonteCarlo.summary(problem, r);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> cons = (Map<String, Map<String, Object>>) s.get("constraints");
        assertEquals(1.0, cons.get("cropland_current").get("probabilityHolds"));
        assertEquals(0.0, cons.get("cell_water_safe").get("probabilityHolds")); // violated today, in every draw
    }

    @Test
    void drawnWaterUseHasTheRequestedSpreadWhenFactorsAreShared() {
        // shared scope: total water = sum_a factor_a * water_a; dominated by barley (400,000 of ~652,000 m3)
        MonteCarlo.Result r = run(3, 0.1, MonteCarlo.Distribution.NORMAL, MonteCarlo.Scope.SHARED);
        Map<String, Object> s = MonteCarlo.summary(problem, r);
        @SuppressWarnings("unchecked")
        Map<String, Object> water = ((Map<String, Map<String, Object>>) s.get("objectives")).get("water");
        double mean = (Double) water.get("mean"), sd = (Double) water.get("sd");
        double[] today = problem.evaluator().currentObjectives();
        // today's activities: barley 400,000, wheat 250,000, the rest 2,270 m3; sd = 0.1 * sqrt(sum of squares)
        double expectedSd = 0.1 * Math.sqrt(400_000.0 * 400_000 + 250_000.0 * 250_000 + 1000.0 * 1000 + 760.0 * 760 + 160.0 * 160
                + 10.0 * 10 + 600.0 * 600 - 2 * 600 * 600 + 900.0 * 900);
        assertEquals(today[0], mean, 4 * expectedSd / Math.sqrt(400));
        assertTrue(Math.abs(sd / expectedSd - 1) < 0.15, "sd " + sd + " vs " + expectedSd);
    }
}
