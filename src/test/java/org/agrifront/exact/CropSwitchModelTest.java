package org.agrifront.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agrifront.problems.cropswitch.CropSwitchProblem;
import org.agrifront.problems.cropswitch.Dimension;
import org.agrifront.problems.cropswitch.Improvements;
import org.agrifront.problems.cropswitch.TinyCropSwitch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LP against brute force on the 3-cell instance: its two free shares (crop a in cells 0 and 1) span a triangle
 * with corners (0, 5/12), (0, 1/2) and (1/2, 1/4) (the current allocation); a grid of step 1/2000 over the unit
 * square, checked with the problem's own evaluation, gives the optima up to the grid's resolution.
 */
class CropSwitchModelTest {
    static final int STEPS = 2000;
    static CropSwitchProblem problem;
    static double[] current;
    /** Brute force: best improvement per dimension (G1), with no other dimension degrading (G2), best max-min (G3). */
    static double[] g1 = new double[Dimension.COUNT], g2 = new double[Dimension.COUNT];
    static double g3;
    static int feasible;

    @BeforeAll
    static void bruteForce() {
        problem = TinyCropSwitch.problem();
        current = problem.currentTotals();
        java.util.Arrays.fill(g1, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(g2, Double.NEGATIVE_INFINITY);
        g3 = Double.NEGATIVE_INFINITY;
        double[] obj = new double[8], viol = new double[4];
        for (int i = 0; i <= STEPS; i++) {
            for (int j = 0; j <= STEPS; j++) {
                double s0 = (double) i / STEPS, s1 = (double) j / STEPS;
                problem.evaluate(new double[] {s0, 1 - s0, s1, 1 - s1}, obj, viol);
                boolean ok = true;
                for (double v : viol) ok &= v == 0;
                if (!ok) continue;
                feasible++;
                double[] g = Improvements.of(obj, current);
                double min = Double.POSITIVE_INFINITY;
                for (int d = 0; d < g.length; d++) {
                    g1[d] = Math.max(g1[d], g[d]);
                    min = Math.min(min, g[d]);
                    boolean othersKept = true;
                    for (int e = 0; e < g.length; e++) if (e != d && g[e] < -1e-12) othersKept = false;
                    if (othersKept) g2[d] = Math.max(g2[d], g[d]);
                }
                g3 = Math.max(g3, min);
            }
        }
    }

    @Test
    void theGridSeesATriangleOfFeasibleAllocations() {
        // area of the triangle 1/48 of the unit square: about 2001^2 / 48 grid points
        assertEquals(2001.0 * 2001 / 48, feasible, 0.02 * 2001 * 2001 / 48);
    }

    @Test
    void g1AndG2OptimaMatchBruteForce() {
        try (CropSwitchModel.Formulation f = new CropSwitchModel.Formulation(problem, 0)) {
            for (Dimension d : Dimension.values()) {
                for (boolean g2Goal : new boolean[] {false, true}) {
                    ExactPoint p = f.single(d, g2Goal, d.label);
                    assertTrue(p.feasible(), d + " LP point feasible under the problem's evaluation");
                    double[] g = Improvements.of(p.objectives(), current);
                    double brute = g2Goal ? g2[d.ordinal()] : g1[d.ordinal()];
                    // the LP is at least as good as any grid point (up to its 1e-7 safety margin) and the grid is
                    // within its resolution of the LP
                    assertTrue(g[d.ordinal()] >= brute - 1e-6, d + (g2Goal ? " G2 " : " G1 ") + g[d.ordinal()] + " vs grid " + brute);
                    assertEquals(brute, g[d.ordinal()], 2e-3, d + (g2Goal ? " G2" : " G1"));
                    if (g2Goal) for (double v : g) assertTrue(v >= -1e-6, "G2 degrades no dimension: " + java.util.Arrays.toString(g));
                }
            }
        }
    }

    @Test
    void g1ForIncomeIsTheHandComputedCorner() {
        // income = 10 - 2 s0 + 12 + 24 s1 + 1.5 is largest at (0, 1/2): 35.5 against 28.5 today
        try (CropSwitchModel.Formulation f = new CropSwitchModel.Formulation(problem, 0)) {
            ExactPoint p = f.single(Dimension.INCOME, false, "income");
            assertEquals(35.5, p.objectives()[Dimension.INCOME.ordinal()], 1e-5);
        }
    }

    @Test
    void g3WithEveryDimensionWeightedMaximisesTheSmallestImprovement() {
        try (CropSwitchModel.Formulation f = new CropSwitchModel.Formulation(problem, 0)) {
            ExactPoint p = f.balanced((1 << CropSwitchModel.ENVIRONMENTAL) - 1, "all");
            assertTrue(p.feasible());
            double min = Double.POSITIVE_INFINITY;
            for (double v : Improvements.of(p.objectives(), current)) min = Math.min(min, v);
            assertTrue(min >= g3 - 1e-6, "LP max-min " + min + " vs grid " + g3);
            assertEquals(g3, min, 2e-3);
            // with nothing weighted but income, G3 is G2 for income
            ExactPoint income = f.balanced(0, "income only");
            assertEquals(g2[Dimension.INCOME.ordinal()], Improvements.of(income.objectives(), current)[Dimension.INCOME.ordinal()], 2e-3);
        }
    }

    @Test
    void boundsWritesG1AsOptimaAndTheGoalTables() {
        BoundsResult r = new CropSwitchModel().solve(problem, new BoundsOptions(5, false, 0));
        assertEquals(8, r.optima().size());
        assertEquals(List.of("goals.csv", "goals.md"), r.files().keySet().stream().sorted().toList());
        assertEquals(1 + 8 + 8 + 128, r.files().get("goals.csv").lines().count());
        for (ExactPoint p : r.referenceFront()) assertTrue(p.feasible());
    }
}
