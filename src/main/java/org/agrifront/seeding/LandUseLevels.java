package org.agrifront.seeding;

import java.util.TreeMap;

import org.agrifront.problems.landuse.LandUseData;

/**
 * The three levels of the paper's hierarchy over one land-use instance: cells, food-producing units × biome
 * ({@code newFPU}) and biomes. Units and biomes are numbered in ascending order of their codes, so the numbering
 * (and every seeded run) does not depend on file order or hashing. Every unit lies in one biome (the code is the
 * intersection of a food-producing unit with a biome); an instance where it does not is rejected.
 */
public final class LandUseLevels {
    private final LandUseData cells;
    private final int[] unitOfCell;
    private final int[] biomeOfCell;
    private final int[] biomeOfUnit;
    private final int[] unitCodes;
    private final int[] biomeCodes;
    private final LandUseData units;
    private final LandUseData biomes;

    public LandUseLevels(LandUseData cells) {
        this.cells = cells;
        int n = cells.cells();
        TreeMap<Integer, Integer> unitIndex = index(n, c -> cells.unit(c));
        TreeMap<Integer, Integer> biomeIndex = index(n, c -> cells.biome(c));
        unitCodes = unitIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
        biomeCodes = biomeIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
        unitOfCell = new int[n];
        biomeOfCell = new int[n];
        biomeOfUnit = new int[unitCodes.length];
        java.util.Arrays.fill(biomeOfUnit, -1);
        for (int c = 0; c < n; c++) {
            int u = unitIndex.get(cells.unit(c)), b = biomeIndex.get(cells.biome(c));
            unitOfCell[c] = u;
            biomeOfCell[c] = b;
            if (biomeOfUnit[u] < 0) biomeOfUnit[u] = b;
            else if (biomeOfUnit[u] != b) {
                throw new IllegalArgumentException("unit " + cells.unit(c) + " spans biomes " + biomeCodes[biomeOfUnit[u]]
                        + " and " + cells.biome(c) + " (cell at " + cells.lon(c) + ", " + cells.lat(c)
                        + "); hierarchical seeding needs units nested in biomes");
            }
        }
        this.units = cells.aggregate(unitOfCell, unitCodes.length, "unit");
        this.biomes = cells.aggregate(biomeOfCell, biomeCodes.length, "biome");
    }

    private static TreeMap<Integer, Integer> index(int n, java.util.function.IntUnaryOperator code) {
        TreeMap<Integer, Integer> m = new TreeMap<>();
        for (int c = 0; c < n; c++) m.put(code.applyAsInt(c), 0);
        int i = 0;
        for (var e : m.entrySet()) e.setValue(i++);
        return m;
    }

    public LandUseData cellData() {
        return cells;
    }

    /** Per-unit totals (one "cell" per unit, in ascending unit-code order). */
    public LandUseData unitData() {
        return units;
    }

    /** Per-biome totals (one "cell" per biome, in ascending biome-code order). */
    public LandUseData biomeData() {
        return biomes;
    }

    public int unitCount() {
        return unitCodes.length;
    }

    public int biomeCount() {
        return biomeCodes.length;
    }

    public int biomeCode(int biomeIndex) {
        return biomeCodes[biomeIndex];
    }

    public int unitCode(int unitIndex) {
        return unitCodes[unitIndex];
    }

    /** A unit-level genome from a biome-level one: every unit takes its biome's land use. */
    public byte[] unitsFromBiomes(byte[] biomeGenes) {
        byte[] g = new byte[unitCodes.length];
        for (int u = 0; u < g.length; u++) g[u] = biomeGenes[biomeOfUnit[u]];
        return g;
    }

    /** A cell-level genome from a unit-level one: every cell takes its unit's land use. */
    public byte[] cellsFromUnits(byte[] unitGenes) {
        byte[] g = new byte[unitOfCell.length];
        for (int c = 0; c < g.length; c++) g[c] = unitGenes[unitOfCell[c]];
        return g;
    }

    /** A cell-level genome from a biome-level one. */
    public byte[] cellsFromBiomes(byte[] biomeGenes) {
        byte[] g = new byte[biomeOfCell.length];
        for (int c = 0; c < g.length; c++) g[c] = biomeGenes[biomeOfCell[c]];
        return g;
    }
}
