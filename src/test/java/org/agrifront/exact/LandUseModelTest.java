package org.agrifront.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.agrifront.problems.landuse.LandUseReader;
import org.agrifront.problems.landuse.LandUseProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandUseModelTest {
    static final int CELLS = 6, OPTIONS = 4;

    /**
     * A random instance: carbon in [0, 100), crop in [0, 1e7) (seven orders of magnitude above), runoff in
     * [−50, 500), forage in [0, 50) with zeros, 2 decimals; the reference is the totals of a random allocation
     * (so some allocation is feasible) shifted by up to ±5%.
     */
    static LandUseProblem tiny(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] values = new long[CELLS * OPTIONS * LandUseData.SERVICES];
        double[][] scale = {{0, 100}, {0, 1e7}, {-50, 500}, {0, 50}};
        for (int c = 0; c < CELLS; c++) {
            for (int o = 0; o < OPTIONS; o++) {
                for (int s = 0; s < LandUseData.SERVICES; s++) {
                    double v = Math.round((scale[s][0] + rng.nextDouble() * (scale[s][1] - scale[s][0])) * 100) / 100.0;
                    if (s == 3 && rng.nextInt(3) == 0) v = 0;
                    values[(c * OPTIONS + o) * LandUseData.SERVICES + s] = LandUseData.toFixed(v);
                }
            }
        }
        double[] reference = new double[LandUseData.SERVICES];
        for (int c = 0; c < CELLS; c++) {
            int o = rng.nextInt(OPTIONS);
            for (int s = 0; s < LandUseData.SERVICES; s++) {
                reference[s] += values[(c * OPTIONS + o) * LandUseData.SERVICES + s] / (double) LandUseData.SCALE;
            }
        }
        for (int s = 0; s < LandUseData.SERVICES; s++) reference[s] *= 0.95 + 0.1 * rng.nextDouble();
        double[] lon = new double[CELLS], lat = new double[CELLS];
        int[] biome = new int[CELLS], unit = new int[CELLS];
        for (int c = 0; c < CELLS; c++) lon[c] = c + 0.5;
        return new LandUseProblem("tiny" + seed, new LandUseData(lon, lat, biome, unit, OPTIONS, values, reference,
                Map.of("source", "test")), 1.0);
    }

    /** Objectives of every feasible allocation (brute force over OPTIONS^CELLS). */
    static List<double[]> feasibleObjectives(LandUseProblem p) {
        List<double[]> out = new ArrayList<>();
        byte[] g = new byte[CELLS];
        double[] viol = new double[LandUseData.SERVICES];
        for (int code = 0; code < Math.pow(OPTIONS, CELLS); code++) {
            for (int c = 0, r = code; c < CELLS; c++, r /= OPTIONS) g[c] = (byte) (r % OPTIONS);
            double[] obj = new double[3];
            p.evaluate(g, obj, viol);
            boolean ok = true;
            for (double v : viol) ok &= v == 0;
            if (ok) out.add(obj);
        }
        return out;
    }

    @Test
    void integralOptimaEqualBruteForceAndTheFrontIsNotBeaten() {
        int instances = 0, frontPoints = 0;
        for (long seed = 1; seed <= 40; seed++) {
            LandUseProblem p = tiny(seed);
            List<double[]> all = feasibleObjectives(p);
            if (all.isEmpty()) continue;
            instances++;
            BoundsResult r = new LandUseModel().solve(p, new BoundsOptions(9, true, 10_000));
            @SuppressWarnings("unchecked")
            Map<String, Double> lpBounds = (Map<String, Double>) r.metadata().get("lpBounds");
            for (int k = 0; k < 3; k++) {
                double best = Double.NEGATIVE_INFINITY;
                for (double[] o : all) best = Math.max(best, o[k]);
                ExactPoint e = r.optima().get(k);
                assertTrue(e.feasible(), "seed " + seed + " " + e.label());
                assertEquals(best, e.objectives()[k], 0.0, "seed " + seed + " " + e.label());
                assertEquals("OPTIMAL", e.status(), "seed " + seed + " " + e.label());
                double lp = lpBounds.get(p.objectives().get(k).name());
                assertTrue(lp >= best - 1e-9 * Math.abs(best), "seed " + seed + ": LP bound " + lp + " < " + best);
                assertTrue(e.gap() >= -1e-9, "seed " + seed);
                // the genome evaluates to the reported point
                double[] obj = new double[3], viol = new double[4];
                p.evaluate((byte[]) e.genome(), obj, viol);
                assertEquals(e.objectives()[k], obj[k], 0.0);
            }
            assertFalse(r.referenceFront().isEmpty(), "seed " + seed);
            for (ExactPoint e : r.referenceFront()) {
                frontPoints++;
                assertTrue(e.feasible(), "seed " + seed + " " + e.label());
                double[] q = e.objectives();
                for (double[] b : all) {
                    // an epsilon-constraint optimum: nothing at least as good in crop and runoff has more carbon
                    boolean beaten = b[1] >= q[1] && b[2] >= q[2] && b[0] > q[0] + 1e-9 * Math.abs(q[0]);
                    assertFalse(beaten, "seed " + seed + " " + e.label() + " beaten by " + java.util.Arrays.toString(b));
                }
            }
        }
        assertTrue(instances >= 20, "feasible instances: " + instances);
        assertTrue(frontPoints >= 3 * instances, "front points: " + frontPoints);
    }

    @Test
    void theRoundedOptimaOfTheSyntheticInstanceAreFeasibleAndCloseToTheLpBound(@TempDir Path dir) {
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(1000, 8, 80, 2023));
        LandUseProblem p = new LandUseProblem("synthetic", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
        BoundsResult r = new LandUseModel().solve(p, new BoundsOptions(25, true, 30_000));
        @SuppressWarnings("unchecked")
        Map<String, Double> lpBounds = (Map<String, Double>) r.metadata().get("lpBounds");
        for (int k = 0; k < 3; k++) {
            ExactPoint e = r.optima().get(k);
            assertTrue(e.feasible(), e.label());
            assertNotNull(e.genome());
            double lp = lpBounds.get(p.objectives().get(k).name());
            assertTrue(lp >= e.objectives()[k], e.label());
            // 1,000 cells: one cell is ~1e-3 of a total; rounding costs a fraction of one cell
            assertTrue(e.gap() < 1e-3, e.label() + " gap " + e.gap());
            // the optimum of one objective beats every other optimum's value of it
            for (ExactPoint other : r.optima()) assertTrue(e.objectives()[k] >= other.objectives()[k] - 1e-4 * Math.abs(lp));
        }
        assertTrue(r.referenceFront().size() >= 25, "front points: " + r.referenceFront().size());
        for (ExactPoint e : r.referenceFront()) {
            assertTrue(e.feasible(), e.label());
            assertTrue(e.objectives()[0] <= lpBounds.get("carbon"), e.label());
            assertTrue(e.objectives()[1] <= lpBounds.get("crop"), e.label());
            assertTrue(e.objectives()[2] <= lpBounds.get("runoff"), e.label());
        }
    }
}
