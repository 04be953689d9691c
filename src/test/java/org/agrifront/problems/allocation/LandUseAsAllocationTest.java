package org.agrifront.problems.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseData.Service;
import org.agrifront.problems.landuse.LandUseProblem;
import org.agrifront.problems.landuse.LandUseType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real land-use problem (problems/landuse-rcp26-2090.json) written out as an allocation problem (cells.csv with
 * coordinates, biome and unit; one values table per service with the exact six-decimal values; the four reference
 * totals as minimum bounds) evaluates every allocation alike: the same fixed-point totals, objectives equal to
 * one ulp, the same relative constraint shortfalls to 1e-9; on 200 random or nearly uniform allocations and 20 feasible
 * ones (the land-use problem's neutral start).
 */
class LandUseAsAllocationTest {
    static final Path DATA = Path.of("..", "shared", "data", "lpjguess");

    @TempDir
    Path dir;

    @Test
    void sameEvaluationsAsTheLandUseProblem() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("ESquant")),
                "../shared/data/lpjguess is absent: skipping the land-use-as-allocation equivalence");
        LandUseProblem land = LandUseType.loadLandUse(ProblemSource.of(Path.of("problems", "landuse-rcp26-2090.json"), null));
        LandUseData d = land.data();
        int n = d.cells(), k = d.options();
        List<String> ids = new ArrayList<>();
        String[] biome = new String[n], unit = new String[n];
        double[] lon = new double[n], lat = new double[n];
        for (int c = 0; c < n; c++) {
            ids.add("c" + (c + 1));
            lon[c] = d.lon(c);
            lat[c] = d.lat(c);
            biome[c] = Integer.toString(d.biome(c));
            unit[c] = Integer.toString(d.unit(c));
        }
        Map<String, String[]> cols = new LinkedHashMap<>();
        cols.put("biome", biome);
        cols.put("unit", unit);
        AllocationWriter.writeCells(dir.resolve("cells.csv"), ids, lon, lat, cols);
        List<String> options = LandUseData.LAND_USES.subList(0, k);
        StringBuilder values = new StringBuilder(), constraints = new StringBuilder();
        for (Service s : Service.values()) {
            long[] fixed = new long[n * k];
            for (int c = 0; c < n; c++) for (int o = 0; o < k; o++) fixed[c * k + o] = d.value(c, o, s);
            AllocationWriter.writeValues(dir.resolve(s.label + ".csv"), ids, options, fixed, 6);
            values.append(values.length() == 0 ? "" : ", ").append('"').append(s.label).append("\": \"").append(s.label).append(".csv\"");
            constraints.append(constraints.length() == 0 ? "" : ", ").append("{\"value\": \"").append(s.label)
                    .append("\", \"min\": ").append(d.reference(s) * land.constraintFactor()).append('}');
        }
        StringBuilder opts = new StringBuilder();
        for (String o : options) opts.append(opts.length() == 0 ? "" : ", ").append('"').append(o).append('"');
        Files.writeString(dir.resolve("problem.json"), "{\"type\": \"allocation\", \"name\": \"landuse-as-allocation\", "
                + "\"cells\": \"cells.csv\", \"options\": [" + opts + "], \"values\": {" + values + "}, "
                + "\"objectives\": [{\"name\": \"carbon\", \"sense\": \"max\"}, {\"name\": \"crop\", \"sense\": \"max\"}, "
                + "{\"name\": \"runoff\", \"sense\": \"max\"}], \"constraints\": [" + constraints + "], \"groups\": [\"biome\", \"unit\"]}");
        AllocationProblem alloc = AllocationReader.read(ProblemSource.of(dir.resolve("problem.json"), null));
        assertEquals(n, alloc.data().cells());

        SplittableRandom rng = new SplittableRandom(2026);
        double[] o1 = new double[3], v1 = new double[4], o2 = new double[3], v2 = new double[4];
        double maxObjective = 0, maxViolation = 0;
        int identicalObjectives = 0, feasible = 0, totals = 0;
        for (int trial = 0; trial < 220; trial++) {
            byte[] g = new byte[n];
            // random allocations, allocations near the constraints (mostly one land use plus noise), and the land-use
            // problem's neutral start (random allocations repaired to feasibility)
            int main = rng.nextInt(k);
            double noise = rng.nextDouble();
            if (trial >= 200) g = land.initialGenome(org.agrifront.core.Problem.NEUTRAL, trial - 200, 20, rng);
            else for (int c = 0; c < n; c++) g[c] = (byte) (trial % 2 == 0 || rng.nextDouble() < noise ? rng.nextInt(k) : main);
            land.evaluate(g, o1, v1);
            alloc.evaluate(g, o2, v2);
            // the fixed-point totals are the same integers (the allocation tables may keep fewer decimals where the
            // files have trailing zeros); as doubles the objectives then agree to the last bit or one ulp
            for (Service s : Service.values()) {
                int t = alloc.data().valueIndex(s.label);
                long exact = d.total(g, s), scaled = alloc.data().total(t, g);
                for (int e = alloc.data().decimals()[t]; e < 6; e++) scaled *= 10;
                assertEquals(exact, scaled, s.label + " total of trial " + trial);
            }
            for (int i = 0; i < 3; i++) assertEquals(o1[i], o2[i], Math.ulp(o1[i]), "objective " + i + " of trial " + trial);
            for (int s = 0; s < 4; s++) assertEquals(v1[s], v2[s], 1e-9, "violation " + s + " of trial " + trial);
            totals += Service.values().length;
            if (java.util.Arrays.equals(o1, o2)) identicalObjectives++;
            if (java.util.Arrays.stream(v1).sum() == 0) feasible++;
            for (int i = 0; i < 3; i++) maxObjective = Math.max(maxObjective, Math.abs(o1[i] - o2[i]) / Math.abs(o1[i]));
            for (int s = 0; s < 4; s++) maxViolation = Math.max(maxViolation, Math.abs(v1[s] - v2[s]));
        }
        System.out.printf(java.util.Locale.ROOT, "land use as allocation: %d cells, 220 allocations (%d feasible): %d of %d "
                + "fixed-point totals equal, objectives bit-identical in %d, largest relative objective difference %.3g, "
                + "largest violation difference %.3g%n", n, feasible, totals, totals, identicalObjectives, maxObjective, maxViolation);
    }
}
