package org.agrifront.problems.manure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.agrifront.problems.ProblemSource;
import org.junit.jupiter.api.Test;

class ManureProblemTest {
    private static final double KM_AB = 10 * Math.PI / 180 * GreatCircle.EARTH_RADIUS_KM;
    private static final double KM_AC = 5 * Math.PI / 180 * GreatCircle.EARTH_RADIUS_KM;
    private static final double MOVED_P = 1.9 * 7 / 11;

    @Test
    void aTransferThatOverloadsARecipientIsInfeasible() {
        ManureProblem p = TinyManure.problem();
        double[] obj = new double[2], viol = new double[2];
        p.evaluate(new double[] {0, 1}, obj, viol); // all 7 t N to C, whose room is 4 t
        assertEquals((1 + 7) / 5.0 - 1, viol[0], 1e-12);
        assertEquals((0.2 + MOVED_P) / 1.0 - 1, viol[1], 1e-12);
        assertEquals((7 + MOVED_P) * KM_AC, obj[0], 1e-9);
        double co2eC = (0.005 + 0.2 * 0.01 + 0.3 * 0.0075) * 44 / 28 * 298 + 25;
        assertEquals(7 * co2eC, obj[1], 1e-9);

        p.evaluate(new double[] {1, 0}, obj, viol); // all to B: 7.5 / 10 and 1.31 / 2, within capacity
        assertArrayEquals(new double[] {0, 0}, viol);
        assertEquals((7 + MOVED_P) * KM_AB, obj[0], 1e-9);
    }

    @Test
    void sharesAreNormalisedPerSourceAndAllExcessLeaves() {
        ManureProblem p = TinyManure.problem();
        double[] a = new double[2], b = new double[2], v = new double[2];
        p.evaluate(new double[] {0.2, 0.6}, a, v);
        p.evaluate(new double[] {0.25, 0.75}, b, v);
        assertArrayEquals(a, b, 1e-9);
        TransferPlan plan = new TransferPlan(p.network(), new double[] {0, 0}); // all zero: equal split
        assertEquals(0.5, plan.share(0), 1e-15);
        assertEquals(7, plan.movedN(), 1e-12);
        assertEquals(1.0, plan.lccsrNAfter(0), 1e-12); // the source ends at its capacity
    }

    @Test
    void theRepairMovesTheOverloadToTheOtherRecipientAndKeepsEveryRecipientWithinCapacity() {
        ManureProblem p = TinyManure.problem();
        double[] g = {0, 1};
        p.repair().orElseThrow().repair(g);
        assertEquals(3.0 / 7, g[0], 1e-12);
        assertEquals(4.0 / 7, g[1], 1e-12); // C filled to exactly its 4 t N
        double[] obj = new double[2], viol = new double[2];
        p.evaluate(g, obj, viol);
        assertArrayEquals(new double[] {0, 0}, viol);
    }

    @Test
    void theRepairKeepsEveryRecipientOfTheChinaDatasetWithinCapacity() {
        ManureProblem p = ManureType.loadManure(ProblemSource.of(Path.of("problems/manure-china-2020.json"), null));
        TransferNetwork net = p.network();
        SplittableRandom rng = new SplittableRandom(42);
        double[] obj = new double[2], viol = new double[2], shares = new double[net.links()];
        double[] loadN = new double[net.recipients()], loadP = new double[net.recipients()];
        int infeasibleBefore = 0;
        for (int trial = 0; trial < 2000; trial++) {
            double[] g = p.encoding().random(rng);
            for (int l = 0; l < g.length; l++) if (rng.nextInt(3) == 0) g[l] = 0; // sparse plans overload more
            p.evaluate(g, obj, viol);
            if (viol[0] + viol[1] > 0) infeasibleBefore++;
            p.repair().orElseThrow().repair(g);
            p.evaluate(g, obj, viol);
            assertEquals(0, viol[0], "N overload left after repair, trial " + trial);
            assertEquals(0, viol[1], "P overload left after repair, trial " + trial);
            net.shares(g, shares);
            net.loads(shares, loadN, loadP);
            for (int k = 0; k < net.recipients(); k++) {
                int r = net.recipient(k);
                assertTrue(loadN[k] <= net.capacityN(k) + 1e-9 * net.balance().demandN(r));
                assertTrue(loadP[k] <= net.capacityP(k) + 1e-9 * net.balance().demandP(r));
            }
            for (int s = 0; s < net.sourceCount(); s++) {
                double sum = 0;
                for (int l = net.firstLink(s); l < net.endLink(s); l++) sum += g[l];
                assertEquals(1, sum, 1e-12, "a source must still send its whole excess");
            }
        }
        assertTrue(infeasibleBefore > 100, "the test needs overloaded plans to repair; got " + infeasibleBefore);
    }
}
