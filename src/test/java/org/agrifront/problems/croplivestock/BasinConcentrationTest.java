package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One basin of one cell, runoff 1e6 m³: N concentration = load / (runoff − water use) must stay ≤ 2 mg/L
 * (0.002 kg/m³), P ≤ 0.4 mg/L.
 */
class BasinConcentrationTest {
    static QtpData oneCell(double sheep, double humanWater, double humanN) {
        double[] current = new double[Activity.COUNT];
        TinyQtp.set(current, 0, Activity.SHEEP, sheep);
        double big = 1e12;
        double[][] safe = {{big}, {big}, {big}, {big}};
        double[][] human = {{humanWater}, {0}, {humanN}, {0}};
        return TinyQtp.build(1, 1, new int[] {0}, new int[] {0}, new boolean[] {false}, new boolean[] {false},
                new double[] {0}, new double[] {1e9}, new double[] {0}, current, safe, human,
                new double[] {big, big, big, big}, new double[] {1e6}, new boolean[] {false});
    }

    static double[] violations(QtpData d) {
        double[] v = new double[Bound.COUNT];
        new QtpEvaluator(d, d.nominal()).evaluate(d.current(), new double[6], v);
        return v;
    }

    @Test
    void nitrogenAtTheLimitHoldsAndAboveItIsAViolation() {
        // 1,000 sheep: 1,000 kg N and 3,000 m3; human: 997,000 m3 more water and 0 kg N
        // surface water = 1e6 - 3,000 - 497,000 = 500,000 m3; 1,000 kg / 500,000 m3 = 2 mg/L exactly
        assertEquals(0, violations(oneCell(1000, 497_000, 0))[Bound.BASIN_N.ordinal()]);
        // 10 kg more human-waste N: 1,010 kg in 500,000 m3 = 2.02 mg/L; excess 10 kg relative to 0.002 * runoff
        double v = violations(oneCell(1000, 497_000, 10))[Bound.BASIN_N.ordinal()];
        assertEquals(10.0 / 2000, v, 1e-12);
    }

    @Test
    void usingMoreWaterConcentratesTheSameLoad() {
        // same 1,000 kg N, but 5,000 m3 more water use leaves 495,000 m3: 2.0202 mg/L
        double v = violations(oneCell(1000, 502_000, 0))[Bound.BASIN_N.ordinal()];
        assertEquals(0.002 * 5000 / 2000, v, 1e-12);
        assertTrue(v > 0);
    }

    @Test
    void phosphorusUsesThePointFourLimit() {
        // 1,000 sheep: 200 kg P; 200 / (1e6 - 3,000 - 497,000) = 0.4 mg/L exactly; 1,001 sheep exceed it
        assertEquals(0, violations(oneCell(1000, 497_000, 0))[Bound.BASIN_P.ordinal()]);
        double v = violations(oneCell(1001, 497_000, 0))[Bound.BASIN_P.ordinal()];
        // load 200.2 + 0.0004 * (3,003 + 497,000) = 400.2012 against 0.0004 * 1e6 = 400
        assertEquals(0.2012 / 400, v, 1e-9);
    }
}
