package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The four-cell instance of {@link TinyQtp}, evaluated by hand (numbers in the comments). */
class QtpEvaluatorTest {
    final QtpData data = TinyQtp.fourCells();
    final QtpEvaluator ev = new QtpEvaluator(data, data.nominal());

    double[] violations(double[] x, double[] objectives) {
        double[] v = new double[Bound.COUNT];
        ev.evaluate(x, objectives, v);
        return v;
    }

    @Test
    void todaysObjectivesAreTheHandComputedTotals() {
        double[] obj = new double[6];
        violations(data.current(), obj);
        // water: 100*4000 + 50*20 + 50*5000 + 200*3 + 10*20 + 20*8 + 100*0.1 + 100*3
        assertArrayEquals(new double[] {652_270, 307, 3165, 387, 13.5, 2_126_000}, obj, 1e-6);
        assertArrayEquals(obj, ev.currentObjectives(), 1e-9);
    }

    @Test
    void todaysViolationsAreTheHandComputedRelativeExcesses() {
        double[] v = violations(data.current(), new double[6]);
        // cell 0 uses 401,000 m3 against a room of 300,000 - 1,000 (human); rooms sum to 601,000
        assertEquals(102_000.0 / 601_000, v[Bound.CELL_WATER.ordinal()], 1e-12);
        assertEquals(2.0 / 410, v[Bound.CELL_GHG.ordinal()], 1e-12);      // cell 2: 22 t against 20
        assertEquals(100.0 / 4600, v[Bound.CELL_N.ordinal()], 1e-12);     // cell 1: 700 kg against 600
        assertEquals(0, v[Bound.CELL_P.ordinal()]);
        assertEquals(20.0 / 280, v[Bound.GRAZING.ordinal()], 1e-12);      // cells 1 and 2 eat 10 t too much each
        assertEquals(0, v[Bound.JUST_WATER.ordinal()]);
        assertEquals(17.0 / 300, v[Bound.JUST_GHG.ordinal()], 1e-12);     // 307 + 10 human > 300
        assertEquals(165.0 / 3000, v[Bound.JUST_N.ordinal()], 1e-12);
        assertEquals(0, v[Bound.JUST_P.ordinal()]);
        assertEquals(0, v[Bound.CROPLAND.ordinal()]);
        assertEquals(0, v[Bound.BASIN_WATER.ordinal()]);
        // basin 1: 2,950 kg N + 0.002 kg/m3 * 652,600 m3 used > 0.002 * 2e6 runoff
        assertEquals(255.2 / 6000, v[Bound.BASIN_N.ordinal()], 1e-12);
        assertEquals(0, v[Bound.BASIN_P.ordinal()]);
        // masked cells 2 and 3 against 2 x protected cell 3: water 670/600, GHG 42/40, N 215/200, P 47/40
        assertEquals(70.0 / 600 + 2.0 / 40 + 15.0 / 200 + 7.0 / 40, v[Bound.PROTECTED.ordinal()], 1e-12);
        assertEquals(0, v[Bound.OUTPUT.ordinal()]);
        assertEquals(0, v[Bound.CHICKEN_CAP.ordinal()]);
        assertEquals(0, v[Bound.PIG_CAP.ordinal()]);
    }

    @Test
    void lessBarleyIsAnOutputShortfallAndMorePigsBreakTheGrowthCap() {
        double[] x = data.current().clone();
        TinyQtp.set(x, 0, Activity.BARLEY, 50);
        TinyQtp.set(x, 2, Activity.PIGS, 30); // cap 20 * 1.2 = 24
        double[] obj = new double[6];
        double[] v = violations(x, obj);
        assertEquals(2_126_000 - 500_000 + 20_000, obj[QtpEvaluator.OUTPUT], 1e-6);
        assertEquals((500_000.0 - 20_000) / 2_126_000, v[Bound.OUTPUT.ordinal()], 1e-12);
        assertEquals(6.0 / 24, v[Bound.PIG_CAP.ordinal()], 1e-12);
        assertEquals(0, v[Bound.CELL_WATER.ordinal()]); // 201,000 m3 now fits cell 0's room
    }

    @Test
    void cellsOverBoundariesAreCountedWithNonAgriculturalLoads() {
        // cell 0: water; cell 1: N and grazing; cell 2: GHG and grazing; cell 3: none
        assertArrayEquals(new int[] {1, 2, 2, 0}, ev.exceedances(data.current()));
    }

    @Test
    void roundOffBelowTheToleranceIsNoViolation() {
        assertEquals(0, QtpEvaluator.excess(1_000_000 * (1 + 5e-8), 1_000_000));
        assertTrue(QtpEvaluator.excess(1_000_000 * (1 + 1e-6), 1_000_000) > 0);
        assertEquals(0, QtpEvaluator.excess(0, 0));
    }
}
