package org.agrifront.problems.cropswitch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.agrifront.core.variation.OperatorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CropSwitchProblemTest {

    @Test
    void theTinyInstanceHasTwoCellsWithAChoiceAndFourGenes() {
        CropSwitchProblem p = TinyCropSwitch.problem();
        assertEquals(4, p.encoding().length());
        assertEquals(8, p.numberOfObjectives());
        assertEquals(4, p.numberOfConstraints()); // production a, b, c and cell income
        assertEquals(4, p.data().groups()); // {a,b}, {a,b}, {a}, {c}
        assertArrayEquals(new double[] {0.5, 0.5, 0.25, 0.75}, p.currentGenome(), 1e-15);
    }

    @Test
    void evaluationMatchesTheHandComputedTotals() {
        CropSwitchProblem p = TinyCropSwitch.problem();
        // cell 0: a 5, b 15 ha; cell 1: a 20, b 20 ha; cell 2 fixed: a 5, c 5 ha. Weights need not sum to 1.
        double[] x = {0.1, 0.3, 0.5, 0.5};
        double[] obj = new double[8], viol = new double[4];
        p.evaluate(x, obj, viol);
        // blue: 5*1 + 15*2 + 20*3 + 20*1 + 5*1 + 5*2 = 130
        // green: 5*2 + 15*1 + 20*1 + 20*1 + 5 + 10 = 80; ghg: 15 + 15 + 40 + 20 + 5 + 10 = 105
        // N: 20 + 15 + 20 + 40 + 5 + 10 = 110; P: 25 + 30 + 20 + 20 + 5 + 10 = 110; K: 30 + 15 + 40 + 20 + 5 + 10 = 120
        // pesticides: 35 + 15 + 20 + 60 + 5 + 10 = 145; income: 2 + 7.5 + 18 + 6 + 0.5 + 1 = 35
        assertArrayEquals(new double[] {130, 80, 105, 110, 110, 120, 145, 35}, obj, 1e-9);
        // production a: 5*2 + 20*3 + 5 = 75 >= 55; b: 15 + 20 = 35 < 40 -> (40-35)/40; c: 5 = 5
        // income cell 0: 2 + 7.5 = 9.5 >= 9; cell 1: 18 + 6 = 24 >= 18; so no shortfall
        assertArrayEquals(new double[] {0, 0.125, 0, 0}, viol, 1e-12);
        // all of cell 0 on a: income 8 < 9, shortfall 1 over national income 9 + 18 + 1.5
        p.evaluate(new double[] {1, 0, 0.25, 0.75}, obj, viol);
        assertEquals(1 / 28.5, viol[3], 1e-12);
    }

    @Test
    void theCurrentAllocationIsFeasibleAndGivesTheCurrentTotals() {
        CropSwitchProblem p = TinyCropSwitch.problem();
        double[] obj = new double[8], viol = new double[4];
        p.evaluate(p.currentGenome(), obj, viol);
        assertArrayEquals(p.currentTotals(), obj, 1e-12);
        assertArrayEquals(new double[4], viol);
        // blue: 10 + 20 + 30 + 30 + 5 + 10 = 105; income 4 + 5 + 9 + 9 + 0.5 + 1 = 28.5
        assertEquals(105, obj[0], 1e-12);
        assertEquals(28.5, obj[7], 1e-12);
    }

    @Test
    void repairKeepsEveryGroupsAreaAndOnlyPresentCropsAndRestoresIncome() {
        CropSwitchProblem p = TinyCropSwitch.problem();
        SplittableRandom rng = new SplittableRandom(3);
        for (int t = 0; t < 200; t++) {
            double[] x = p.encoding().random(rng);
            if (t % 10 == 0) x[0] = x[1] = 0; // an all-zero group keeps its current shares
            p.repairGenome(x);
            double[] a = p.areas(x);
            CropSwitchData d = p.data();
            for (int g = 0; g < d.groups(); g++) {
                double sum = 0;
                for (int e = d.firstEntry(g); e < d.endEntry(g); e++) sum += a[e];
                assertEquals(d.groupArea(g), sum, 1e-9, "area of group " + g);
            }
            // entries are the present crops only: cell 2 still grows a and c, 5 ha each (no rotation a-c)
            assertEquals(5, a[4], 1e-12);
            assertEquals(5, a[5], 1e-12);
            double[] obj = new double[8], viol = new double[4];
            p.evaluate(x, obj, viol);
            assertEquals(0, viol[3], "every cell's income restored");
        }
    }

    @Test
    void exchangesAndBlendsKeepAGeneratedInstanceFeasible(@TempDir Path dir) {
        CropSwitchGenerator.generate(dir, new CropSwitchGenerator.Params(60, 4));
        CropSwitchProblem p = new CropSwitchProblem("g", CropSwitchReader.read(dir, "CHN"));
        SplittableRandom rng = new SplittableRandom(9);
        double[] a = p.initialGenome(CropSwitchProblem.CURRENT, 5, 10, rng);
        double[] b = p.initialGenome(CropSwitchProblem.CURRENT, 9, 10, rng);
        double[] obj = new double[8], viol = new double[p.numberOfConstraints()];
        @SuppressWarnings("unchecked")
        org.agrifront.core.variation.Mutation<double[]> exchange = (org.agrifront.core.variation.Mutation<double[]>)
                p.mutation(OperatorSpec.parse("exchange:swaps=20")).orElseThrow();
        @SuppressWarnings("unchecked")
        org.agrifront.core.variation.Crossover<double[]> blend = (org.agrifront.core.variation.Crossover<double[]>)
                p.crossover(OperatorSpec.of("blend", "probability", 1.0)).orElseThrow();
        double[] current = p.currentTotals();
        boolean moved = false;
        for (int t = 0; t < 100; t++) {
            exchange.mutate(a, rng);
            blend.cross(a, b, rng);
            for (double[] x : new double[][] {a, b}) {
                p.evaluate(x, obj, viol);
                for (int i = 0; i < viol.length; i++) assertEquals(0, viol[i], p.constraints().get(i).name() + " after step " + t);
                moved |= Math.abs(obj[0] - current[0]) > 1e-6 * current[0];
            }
        }
        assertTrue(moved, "exchanges change the allocation");
    }
}
