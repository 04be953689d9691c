package org.agrifront.problems.croplivestock;

import java.util.List;
import java.util.Map;

/** Hand-made crop-livestock instances whose numbers a test can check on paper. */
public final class TinyQtp {
    static final int A = Activity.COUNT;

    private TinyQtp() {
    }

    /** Per-unit water, GHG, N, P, output of each activity (same in every cell). */
    static final double[][] PER_UNIT = {
            {4000, 1, 20, 2, 10000},   // barley
            {5000, 1, 10, 1, 12000},   // wheat
            {4000, 1, 20, 2, 10000},   // rapeseed
            {4000, 1, 20, 2, 10000},   // potatoes
            {4000, 1, 20, 2, 10000},   // maize
            {20, 1.5, 5, 1, 4000},     // cattle
            {0.1, 0.01, 0.05, 0.01, 60}, // chickens
            {3, 0.2, 1, 0.2, 800},     // goats
            {3, 0.2, 1, 0.2, 800},     // sheep
            {8, 0.3, 3, 0.8, 2000}};   // pigs
    static final double[] BIOMASS_PER_HEAD = {0, 0, 0, 0, 0, 2, 0, 0.4, 0.5, 0};
    static final double[] CONFLICT_WEIGHT = {0, 0, 0, 0, 0, 0.7, 0.01, 0.1, 0.1, 0.2};
    static final double[] MAX_GROWTH = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.1,
            Double.NaN, Double.NaN, 0.2};

    /**
     * Four cells on a 2 × 2 grid, one region, basin 1 (exorheic, runoff 2e6 m³) = cells 0 and 1, basin 2
     * (endorheic, 1e6 m³) = cells 2 and 3; cell 3 protected, cell 2 high-conflict. Today: cell 0 barley 100 ha and
     * cattle 50; cell 1 wheat 50 ha and sheep 200; cell 2 cattle 10, pigs 20, chickens 100; cell 3 sheep 100.
     */
    public static QtpData fourCells() {
        double[] current = new double[4 * A];
        set(current, 0, Activity.BARLEY, 100);
        set(current, 0, Activity.CATTLE, 50);
        set(current, 1, Activity.WHEAT, 50);
        set(current, 1, Activity.SHEEP, 200);
        set(current, 2, Activity.CATTLE, 10);
        set(current, 2, Activity.PIGS, 20);
        set(current, 2, Activity.CHICKENS, 100);
        set(current, 3, Activity.SHEEP, 100);
        double[][] safe = {
                {300_000, 300_000, 1000, 1000},
                {200, 100, 20, 100},
                {3000, 600, 500, 500},
                {300, 100, 30, 30}};
        double[][] human = {{1000, 0, 0, 0}, {10, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
        return build(2, 2, new int[] {0, 0, 0, 0}, new int[] {0, 0, 1, 1},
                new boolean[] {false, false, false, true}, new boolean[] {false, false, true, false},
                new double[] {100, 50, 0, 0}, new double[] {120, 90, 10, 60}, new double[] {0.1, 0.2, 0.5, 0.0},
                current, safe, human, new double[] {700_000, 300, 3000, 400}, new double[] {2e6, 1e6}, new boolean[] {true, false});
    }

    public static void set(double[] current, int cell, Activity a, double value) {
        current[cell * A + a.ordinal()] = value;
    }

    /** An instance from per-cell arrays; one region with allowance {@code just}; basins with {@code runoff}. */
    public static QtpData build(int width, int height, int[] region, int[] basin, boolean[] prot, boolean[] high, double[] cropland,
                         double[] biomass, double[] conflict, double[] current, double[][] safe, double[][] human,
                         double[] just, double[] runoff, boolean[] exorheic) {
        int n = cropland.length;
        int[] pixel = new int[n];
        for (int i = 0; i < n; i++) pixel[i] = i;
        Grid grid = new Grid(width, height, 90, 35, 1, -1, "EPSG:4326", pixel);
        double[][] perUnit = new double[Quantity.COUNT][n * A];
        double[] conflictPerUnit = new double[n * A];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < A; a++) {
                for (int q = 0; q < Quantity.COUNT; q++) perUnit[q][i * A + a] = PER_UNIT[a][q];
                conflictPerUnit[i * A + a] = conflict[i] * CONFLICT_WEIGHT[a];
            }
        }
        Coefficients c = new Coefficients(perUnit, conflictPerUnit, BIOMASS_PER_HEAD.clone(), biomass, human, runoff);
        List<QtpData.Basin> basins = new java.util.ArrayList<>();
        for (int b = 0; b < runoff.length; b++) basins.add(new QtpData.Basin(b + 1, "basin " + (b + 1), exorheic[b]));
        return new QtpData(grid, region, basin, prot, high, cropland, current, safe, MAX_GROWTH.clone(),
                List.of(new QtpData.Region(1, "region", 1000, just)), basins, c, Map.of());
    }
}
