package org.agrifront.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agrifront.core.Sense;
import org.agrifront.problems.croplivestock.Activity;
import org.agrifront.problems.croplivestock.CropLivestockProblem;
import org.agrifront.problems.croplivestock.QtpData;
import org.agrifront.problems.croplivestock.TinyQtp;
import org.junit.jupiter.api.Test;

/** The LP against brute force over the evolutionary encoding on a one-cell instance with three grazer genes. */
class CropLivestockModelTest {
    /**
     * One cell with 100 t of grazing biomass (so 50 cattle, 250 goats or 200 sheep at most), 20 cattle and 40 sheep
     * today, a GHG room of 60 t and conflict probability 0.5.
     */
    static CropLivestockProblem oneCell() {
        double[] current = new double[Activity.COUNT];
        TinyQtp.set(current, 0, Activity.CATTLE, 20);
        TinyQtp.set(current, 0, Activity.SHEEP, 40);
        double big = 1e12;
        double[][] safe = {{big}, {60}, {big}, {big}};
        double[][] human = {{0}, {0}, {0}, {0}};
        QtpData d = TinyQtp.build(1, 1, new int[] {0}, new int[] {0}, new boolean[] {false}, new boolean[] {false},
                new double[] {0}, new double[] {100}, new double[] {0.5}, current, safe, human,
                new double[] {big, big, big, big}, new double[] {1e9}, new boolean[] {true});
        return new CropLivestockProblem("one-cell", d);
    }

    @Test
    void everySingleObjectiveOptimumMatchesBruteForceOverTheGenome() {
        CropLivestockProblem p = oneCell();
        assertEquals(3, p.variables());
        List<ExactPoint> optima;
        try (CropLivestockLp lp = new CropLivestockLp(p)) {
            optima = CropLivestockModel.optima(p, lp, 10_000);
        }
        // brute force: every genome on a 0.01 grid of [0, 1]^3, decoded and evaluated by the problem
        int steps = 100;
        double[] best = new double[6];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        double[] g = new double[3], obj = new double[6], viol = new double[p.numberOfConstraints()];
        Sense[] senses = org.agrifront.core.Dominance.senses(p);
        int feasible = 0;
        for (int a = 0; a <= steps; a++) {
            for (int b = 0; b <= steps; b++) {
                for (int c = 0; c <= steps; c++) {
                    g[0] = a / (double) steps;
                    g[1] = b / (double) steps;
                    g[2] = c / (double) steps;
                    p.evaluate(g, obj, viol);
                    boolean ok = true;
                    for (double v : viol) ok &= v == 0;
                    if (!ok) continue;
                    feasible++;
                    for (int k = 0; k < 6; k++) best[k] = Math.min(best[k], senses[k].toMinimization(obj[k]));
                }
            }
        }
        assertTrue(feasible > 1000, "the grid has feasible genomes: " + feasible);
        for (int k = 0; k < 6; k++) {
            ExactPoint pt = optima.get(k);
            assertTrue(pt.feasible(), pt.label() + " is feasible when evaluated by the problem");
            double lp = senses[k].toMinimization(pt.objectives()[k]);
            double brute = best[k];
            // the LP is never worse than a feasible grid point (up to its 1e-6 row margin) ...
            assertTrue(lp <= brute + 1e-5 * Math.abs(brute), pt.label() + ": LP " + lp + " vs brute force " + brute);
            // ... and the grid (step 0.01) comes within 1% of it
            assertTrue(brute - lp <= 0.01 * Math.abs(lp), pt.label() + ": LP " + lp + " vs brute force " + brute);
        }
        // hand check: the exorheic basin may not use more than today's 520 m3 (20 cattle x 20 + 40 sheep x 3); goats
        // and sheep give the most output per m3 (800 yuan / 3 m3), so the most output is 520 x 800 / 3 yuan
        assertEquals(520 * 800 / 3.0, optima.get(5).objectives()[5], 520 * 800 / 3.0 * 2e-6);
        // least water for today's output (112,000 yuan): goats or sheep at 3.75e-3 m3 per yuan -> 420 m3
        assertEquals(420, optima.get(0).objectives()[0], 420 * 2e-6);
    }

    @Test
    void thePapersSchemesAreThirtyTwoZeroOneWeightings() {
        CropLivestockProblem p = oneCell();
        try (CropLivestockLp lp = new CropLivestockLp(p)) {
            List<ExactPoint> schemes = CropLivestockModel.schemes(p, lp, CropLivestockModel.optima(p, lp, 10_000), 10_000);
            assertEquals(32, schemes.size());
            assertEquals("scheme 00000", schemes.get(0).label());
            assertEquals("scheme 10000", schemes.get(16).label()); // water only
            for (ExactPoint s : schemes) assertTrue(s.feasible(), s.label());
            // weight on output alone reaches the output optimum
            assertEquals(520 * 800 / 3.0, schemes.get(1).objectives()[5], 1);
        }
    }

    @Test
    void dasDennisWeightsCoverTheSimplex() {
        assertEquals(126, CropLivestockModel.dasDennis(6, 4).size());
        for (double[] w : CropLivestockModel.dasDennis(6, 4)) assertEquals(1, java.util.Arrays.stream(w).sum(), 1e-12);
    }
}
