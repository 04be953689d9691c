package org.agrifront.problems.cropswitch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.agrifront.core.Problem;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.problems.ProblemSource;
import org.junit.jupiter.api.Test;

/** The neutral start and the climb mutation keep every production and cell-income constraint. */
class ClimbTest {

    static double total(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    @Test
    void theNeutralStartIsTheDefaultFeasibleAndReproducibleOnTheSyntheticInstance() {
        CropSwitchProblem p = CropSwitchType.loadCropSwitch(ProblemSource.of(Path.of("problems/cropswitch-synthetic.json"), null));
        assertEquals(Problem.NEUTRAL, p.defaultInitialization());
        double[] o = new double[8], v = new double[p.numberOfConstraints()];
        SplittableRandom a = new SplittableRandom(4), b = new SplittableRandom(4);
        boolean moved = false;
        for (int i = 0; i < 30; i++) {
            double[] x = p.initialGenome(Problem.NEUTRAL, i, 30, a);
            assertArrayEquals(x, p.initialGenome(Problem.NEUTRAL, i, 30, b));
            p.evaluate(x, o, v);
            assertEquals(0, total(v), 0.0, "member " + i);
            if (i > 0 && !java.util.Arrays.equals(x, p.currentGenome())) moved = true;
        }
        assertTrue(moved, "the neutral start left every member on the current allocation");
    }

    /**
     * Tiny instance: only cells 0 and 1 have a choice (a or b). Cell 0 has the larger yield ratio b/a (1/2 vs 1/3),
     * so the only production-keeping exchange moves cell 0 from a to b and cell 1 from b to a. Per hectare of a
     * given up in cell 0, cell 1 grows 2/3 ha of a on 2/3 ha of b: blue water changes by (2 − 1) + 2/3 (3 − 1) =
     * 7/3 per ha (worse), income by (0.5 − 0.4) + 2/3 (0.9 − 0.3) = +0.5 per ha (better). So climbs raise income and
     * never lower blue water, and keep every constraint.
     */
    @Test
    void onTheTinyInstanceClimbsRaiseIncomeKeepConstraintsAndNeverSaveBlueWater() {
        CropSwitchProblem p = TinyCropSwitch.problem();
        var mutation = p.mutation(OperatorSpec.parse("climb:steps=6,random=0")).orElseThrow();
        @SuppressWarnings("unchecked")
        var m = (org.agrifront.core.variation.Mutation<double[]>) mutation;
        double[] o = new double[8], v = new double[p.numberOfConstraints()];
        double[] start = p.currentGenome();
        p.evaluate(start, o, v);
        double blue = o[Dimension.BLUE_WATER.ordinal()], income = o[Dimension.INCOME.ordinal()];
        double bestIncome = income;
        SplittableRandom rng = new SplittableRandom(11);
        for (int c = 0; c < 200; c++) {
            double[] x = start.clone();
            m.mutate(x, rng);
            p.evaluate(x, o, v);
            assertEquals(0, total(v), 0.0, "child " + c);
            assertTrue(o[Dimension.BLUE_WATER.ordinal()] >= blue - 1e-9, "child " + c);
            bestIncome = Math.max(bestIncome, o[Dimension.INCOME.ordinal()]);
        }
        assertTrue(bestIncome > income + 1e-6, "no climb raised income: " + bestIncome + " vs " + income);
    }
}
