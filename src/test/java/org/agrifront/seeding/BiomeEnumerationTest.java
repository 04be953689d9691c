package org.agrifront.seeding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.agrifront.core.Dominance;
import org.agrifront.core.Individual;
import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseProblem;
import org.junit.jupiter.api.Test;

class BiomeEnumerationTest {

    /** 5 biomes × 2 cells, each cell its own unit, 6 land uses; reference = allocation "all option 0". */
    static LandUseData instance(long seed, int biomes, int options) {
        SplittableRandom rng = new SplittableRandom(seed);
        int cells = biomes * 2;
        long[] values = new long[cells * options * LandUseData.SERVICES];
        double[] lon = new double[cells], lat = new double[cells];
        int[] biome = new int[cells], unit = new int[cells];
        double[] reference = new double[LandUseData.SERVICES];
        for (int c = 0; c < cells; c++) {
            lon[c] = 0.5 + c;
            lat[c] = 0.5;
            biome[c] = 10 + c / 2;
            unit[c] = 100 + c;
            for (int o = 0; o < options; o++) {
                for (int s = 0; s < LandUseData.SERVICES; s++) {
                    double v = Math.floor(rng.nextDouble(0, 100) * 1000) / 1000;
                    values[(c * options + o) * LandUseData.SERVICES + s] = LandUseData.toFixed(v);
                    if (o == 0) reference[s] += v;
                }
            }
        }
        return new LandUseData(lon, lat, biome, unit, options, values, reference, Map.of("source", "test"));
    }

    @Test
    void enumerationEqualsBruteForceOverCellAllocations() {
        LandUseData data = instance(11, 5, 6);
        LandUseLevels levels = new LandUseLevels(data);
        BiomeEnumeration.Result r = BiomeEnumeration.enumerate(levels.biomeData(), 1.0, 2);
        assertEquals(7776, r.combinations());

        // Brute force along another path: every biome allocation copied to the cells, evaluated by the cell problem.
        LandUseProblem cellProblem = new LandUseProblem("tiny", data, 1.0);
        List<Individual<byte[]>> feasible = new ArrayList<>();
        byte[] b = new byte[5];
        for (int code = 0; code < 7776; code++) {
            int x = code;
            for (int i = 4; i >= 0; i--) {
                b[i] = (byte) (x % 6);
                x /= 6;
            }
            byte[] cells = levels.cellsFromBiomes(b);
            double[] obj = new double[3], viol = new double[4];
            cellProblem.evaluate(cells, obj, viol);
            Individual<byte[]> ind = new Individual<>(b.clone(), obj, viol);
            if (ind.feasible()) feasible.add(ind);
        }
        assertEquals(feasible.size(), r.feasible());
        assertTrue(r.feasible() > 10, "the instance should have a non-trivial feasible set");
        TreeSet<String> expected = new TreeSet<>();
        for (Individual<byte[]> ind : Dominance.nondominated(feasible, Dominance.senses(cellProblem))) {
            expected.add(key(ind.objectives()[0], ind.objectives()[1], ind.objectives()[2]));
        }
        TreeSet<String> actual = new TreeSet<>();
        for (BiomeEnumeration.Allocation a : r.front()) {
            actual.add(key(a.totals()[0] / 1e6, a.totals()[1] / 1e6, a.totals()[2] / 1e6));
            double[] obj = new double[3], viol = new double[4];
            cellProblem.evaluate(levels.cellsFromBiomes(a.landUseOfBiome()), obj, viol);
            assertArrayEquals(new double[] {a.totals()[0] / 1e6, a.totals()[1] / 1e6, a.totals()[2] / 1e6}, obj, 1e-9);
        }
        assertEquals(expected, actual);
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() {
        LandUseData data = instance(5, 6, 8);
        LandUseData biomes = new LandUseLevels(data).biomeData();
        BiomeEnumeration.Result one = BiomeEnumeration.enumerate(biomes, 0.97, 1);
        BiomeEnumeration.Result three = BiomeEnumeration.enumerate(biomes, 0.97, 3);
        assertEquals(one.feasible(), three.feasible());
        assertEquals(one.front().size(), three.front().size());
        for (int i = 0; i < one.front().size(); i++) {
            assertArrayEquals(one.front().get(i).landUseOfBiome(), three.front().get(i).landUseOfBiome());
        }
    }

    @Test
    void levelsCopyAllocationsDownWithoutChangingTotals() {
        LandUseData data = instance(3, 4, 5);
        LandUseLevels levels = new LandUseLevels(data);
        assertEquals(4, levels.biomeCount());
        assertEquals(8, levels.unitCount());
        byte[] biomeGenes = {1, 4, 0, 2};
        LandUseProblem biome = new LandUseProblem("b", levels.biomeData(), 1.0);
        LandUseProblem unit = new LandUseProblem("u", levels.unitData(), 1.0);
        LandUseProblem cell = new LandUseProblem("c", data, 1.0);
        double[] ob = new double[3], ou = new double[3], oc = new double[3], v = new double[4];
        biome.evaluate(biomeGenes, ob, v);
        unit.evaluate(levels.unitsFromBiomes(biomeGenes), ou, v);
        cell.evaluate(levels.cellsFromUnits(levels.unitsFromBiomes(biomeGenes)), oc, v);
        assertArrayEquals(ob, ou, 1e-9);
        assertArrayEquals(ob, oc, 1e-9);
    }

    private static String key(double a, double b, double c) {
        return String.format(java.util.Locale.ROOT, "%.6f/%.6f/%.6f", a, b, c);
    }
}
