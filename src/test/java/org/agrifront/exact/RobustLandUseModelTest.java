package org.agrifront.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.RobustLandUseProblem;
import org.agrifront.problems.landuse.RobustLandUseProblem.Mode;
import org.junit.jupiter.api.Test;

/** The robust LP/MILP against brute force over every allocation of tiny two- and three-scenario instances. */
class RobustLandUseModelTest {

    static RobustLandUseProblem tiny(Mode mode, long... seeds) {
        List<String> names = new java.util.ArrayList<>();
        List<LandUseData> data = new java.util.ArrayList<>();
        for (long s : seeds) {
            names.add("s" + s);
            data.add(LandUseModelTest.tiny(s).data());
        }
        return new RobustLandUseProblem("robust-tiny", names, data, mode, 0.8, null);
    }

    /** Best value of each objective over all feasible allocations; NaN when none is feasible. */
    static double[] bruteForce(RobustLandUseProblem p) {
        int n = p.encoding().length(), k = 4;
        double[] best = {Double.NaN, Double.NaN, Double.NaN};
        byte[] g = new byte[n];
        double[] obj = new double[3], viol = new double[p.constraints().size()];
        for (int code = 0; code < Math.pow(k, n); code++) {
            int c = code;
            for (int i = 0; i < n; i++) {
                g[i] = (byte) (c % k);
                c /= k;
            }
            p.evaluate(g, obj, viol);
            boolean feasible = true;
            for (double v : viol) if (v > 0) feasible = false;
            if (!feasible) continue;
            for (int j = 0; j < 3; j++) if (Double.isNaN(best[j]) || obj[j] > best[j]) best[j] = obj[j];
        }
        return best;
    }

    @Test
    void worstAndMeanOptimaEqualBruteForce() {
        int checked = 0;
        Object[][] cases = {{Mode.WORST, new long[] {3, 4, 5}}, {Mode.MEAN, new long[] {1, 2}}};
        for (Object[] cs : cases) {
            Mode mode = (Mode) cs[0];
            long[] seeds = (long[]) cs[1];
            {
                RobustLandUseProblem p = tiny(mode, seeds);
                double[] brute = bruteForce(p);
                if (Double.isNaN(brute[0])) continue;
                BoundsResult r = new RobustLandUseModel().solve(p, new BoundsOptions(1, true, 20_000));
                for (int j = 0; j < 3; j++) {
                    ExactPoint pt = r.optima().get(j);
                    assertEquals("OPTIMAL", pt.status(), mode + " " + pt.label());
                    assertTrue(pt.feasible(), pt.label());
                    assertEquals(brute[j], pt.objectives()[j], 1e-9, mode + " seeds " + java.util.Arrays.toString(seeds) + " " + pt.label());
                    // the LP bound is an upper bound of the integral optimum
                    assertTrue(pt.gap() >= 0, pt.label());
                }
                for (ExactPoint pt : r.referenceFront()) {
                    assertTrue(pt.feasible());
                    double[] obj = new double[3], viol = new double[p.constraints().size()];
                    p.evaluate((byte[]) pt.genome(), obj, viol);
                    for (int j = 0; j < 3; j++) {
                        assertEquals(obj[j], pt.objectives()[j], 0.0);
                        assertTrue(obj[j] <= brute[j] + 1e-9);
                    }
                }
                checked++;
            }
        }
        assertEquals(2, checked, "too few feasible tiny instances: " + checked);
    }

    @Test
    void regretModeUsesTheScenarioOptimaAndWritesThem() {
        RobustLandUseProblem p = tiny(Mode.WORST, 1, 2);
        BoundsResult r = new RobustLandUseModel().solve(p, new BoundsOptions(1, true, 20_000));
        String csv = r.files().get(RobustLandUseModel.SCENARIO_OPTIMA);
        assertNotNull(csv);
        String[] lines = csv.split("\n");
        assertEquals(3, lines.length, csv);
        double[][] optima = new double[2][3];
        for (int s = 0; s < 2; s++) {
            String[] f = lines[s + 1].split(",");
            assertEquals("s" + (s + 1), f[0]);
            for (int k = 0; k < 3; k++) optima[s][k] = Double.parseDouble(f[k + 1]);
            // a scenario's own optimum is at least the robust (max-min) optimum
            for (int k = 0; k < 3; k++) assertTrue(optima[s][k] >= r.optima().get(k).objectives()[k] - 1e-9);
        }
        // each scenario's own optimum = brute force of the one-scenario problem
        for (int s = 0; s < 2; s++) {
            RobustLandUseProblem single = new RobustLandUseProblem("one", List.of("s" + (s + 1)), List.of(p.scenarios().get(s)),
                    Mode.WORST, p.constraintFactor(), null);
            double[] brute = bruteForce(single);
            for (int k = 0; k < 3; k++) assertEquals(brute[k], optima[s][k], 1e-9);
        }
        RobustLandUseProblem regret = p.withMode(Mode.REGRET, optima);
        BoundsResult rr = new RobustLandUseModel().solve(regret, new BoundsOptions(1, true, 20_000));
        for (int k = 0; k < 3; k++) {
            // minimal regret by brute force: max over feasible of -regret
            double best = Double.POSITIVE_INFINITY;
            byte[] g = new byte[6];
            double[] obj = new double[3], viol = new double[8];
            for (int code = 0; code < 4096; code++) {
                int c = code;
                for (int i = 0; i < 6; i++) {
                    g[i] = (byte) (c % 4);
                    c /= 4;
                }
                regret.evaluate(g, obj, viol);
                boolean feasible = true;
                for (double v : viol) if (v > 0) feasible = false;
                if (feasible) best = Math.min(best, obj[k]);
            }
            assertEquals(best, rr.optima().get(k).objectives()[k], 1e-9);
            assertTrue(best >= -1e-9, "regret is never negative");
        }
        assertTrue(regret.isInformed("neutral"), "regret runs are informed by bounds");
        assertFalse(p.isInformed("neutral"));
    }
}
