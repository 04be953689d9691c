package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The capacity decoder, its inverse, and the cell repair on the four-cell instance. */
class CropLivestockProblemTest {
    final CropLivestockProblem problem = new CropLivestockProblem("tiny", TinyQtp.fourCells());

    int variable(int cell, Activity a) {
        for (int v = 0; v < problem.variables(); v++) {
            if (problem.entry(v) == cell * Activity.COUNT + a.ordinal()) return v;
        }
        return -1;
    }

    @Test
    void genesExistOnlyWhereACellHasRoom() {
        // cell 0: 5 crops + 3 grazers; cell 1: the same; cell 2: 3 grazers, chickens, pigs; cell 3: 3 grazers
        assertEquals(24, problem.variables());
        assertEquals(-1, variable(0, Activity.PIGS)); // no pigs today: growth cap 0
        assertEquals(-1, variable(2, Activity.BARLEY)); // no cropland
        assertEquals(60, problem.upper(variable(0, Activity.CATTLE)), 1e-12);  // 120 t / 2 t per head
        assertEquals(24, problem.upper(variable(2, Activity.PIGS)), 1e-12);    // 20 * (1 + 0.2)
    }

    @Test
    void cropsShareTheCroplandAndGrazersTheBiomass() {
        double[] g = new double[problem.variables()];
        g[variable(0, Activity.BARLEY)] = 1;
        g[variable(0, Activity.WHEAT)] = 1;
        g[variable(0, Activity.CATTLE)] = 0.5;
        g[variable(0, Activity.SHEEP)] = 1;
        double[] x = problem.decode(g);
        assertEquals(50, x[Activity.BARLEY.ordinal()], 1e-12);
        assertEquals(50, x[Activity.WHEAT.ordinal()], 1e-12);
        // grazer genes sum to 1.5: cattle 60 * 0.5 / 1.5 = 20 heads, sheep 240 / 1.5 = 160 heads -> 40 + 80 = 120 t
        assertEquals(20, x[Activity.CATTLE.ordinal()], 1e-12);
        assertEquals(160, x[Activity.SHEEP.ordinal()], 1e-12);
        double[] v = new double[Bound.COUNT];
        problem.evaluate(g, new double[6], v);
        assertEquals(0, v[Bound.CROPLAND.ordinal()]);
        assertEquals(0, v[Bound.GRAZING.ordinal()]);
    }

    @Test
    void encodeInvertsDecodeWithinCapacityAndClipsBeyondIt() {
        double[] x = problem.decode(problem.encode(problem.data().current()));
        double[] expected = problem.data().current().clone();
        TinyQtp.set(expected, 1, Activity.SHEEP, 180); // 90 t of biomass feed 180 sheep, not 200
        TinyQtp.set(expected, 2, Activity.CATTLE, 5);  // 10 t feed 5 cattle, not 10
        assertArrayEquals(expected, x, 1e-9);
    }

    @Test
    void repairBringsEveryCellWithinItsSafeBoundaries() {
        double[] g = new double[problem.variables()];
        java.util.Arrays.fill(g, 1);
        problem.repair().orElseThrow().repair(g);
        double[] v = new double[Bound.COUNT];
        problem.evaluate(g, new double[6], v);
        for (int k = 0; k < 4; k++) assertEquals(0, v[Bound.cell(k).ordinal()], Bound.cell(k).label);
        for (double gene : g) assertTrue(gene >= 0 && gene <= 1);
    }

    @Test
    void activityScaleMovesOneActivityTogetherAndStaysInBounds() {
        org.agrifront.core.variation.Mutation<?> m = problem.mutation(
                org.agrifront.core.variation.OperatorSpec.parse("activity-scale:genes=0,blocks=1,sigma=0.5")).orElseThrow();
        double[] before = new double[problem.variables()];
        java.util.Arrays.fill(before, 0.5);
        double[] g = before.clone();
        org.agrifront.core.variation.Operators.mutate(m, g, new java.util.SplittableRandom(4));
        // exactly one activity changed, all its genes by the same factor
        java.util.Set<Activity> changed = new java.util.HashSet<>();
        double factor = Double.NaN;
        for (int v = 0; v < g.length; v++) {
            assertTrue(g[v] >= 0 && g[v] <= 1);
            if (g[v] != before[v]) {
                changed.add(problem.activityOf(v));
                double f = g[v] / before[v];
                if (g[v] < 1) {
                    if (!Double.isNaN(factor)) assertEquals(factor, f, 1e-12);
                    factor = f;
                }
            }
        }
        assertEquals(1, changed.size(), "one activity moved: " + changed);
    }
}
