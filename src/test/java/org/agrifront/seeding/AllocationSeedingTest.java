package org.agrifront.seeding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.agrifront.cli.Main;
import org.agrifront.core.Individual;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engines;
import org.agrifront.experiment.SeedingMethod;
import org.agrifront.problems.Problems;
import org.agrifront.problems.allocation.AllocationProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hierarchical seeding over an allocation problem's groups (region -> zone -> cell) on an eight-cell instance. */
class AllocationSeedingTest {
    @TempDir
    Path dir;

    Path write() throws IOException {
        Files.writeString(dir.resolve("problem.json"), """
                {"type": "allocation", "name": "tiny", "cells": "cells.csv", "options": ["forest", "crop", "pasture"],
                 "values": {"carbon": "carbon.csv", "food": "food.csv", "water": "water.csv"},
                 "objectives": [{"name": "carbon", "sense": "max"}, {"name": "food", "sense": "max"}],
                 "constraints": [{"value": "water", "min": 30}, {"value": "food", "min": 20}],
                 "baseline": "current", "groups": ["region", "zone"]}
                """);
        Files.writeString(dir.resolve("cells.csv"), """
                id,region,zone,current
                c1,a,a1,crop
                c2,a,a1,forest
                c3,a,a2,pasture
                c4,b,b1,forest
                c5,b,b1,crop
                c6,b,b2,pasture
                c7,b,b2,crop
                c8,b,b2,forest
                """);
        Files.writeString(dir.resolve("carbon.csv"), """
                id,forest,crop,pasture
                c1,10,2,5
                c2,12,3,6
                c3,9,2.5,7
                c4,11,,4
                c5,8,3,5.5
                c6,10.5,1,4
                c7,9.5,2,6
                c8,13,4,5
                """);
        Files.writeString(dir.resolve("food.csv"), """
                id,forest,crop,pasture
                c1,0,9,3
                c2,0,6,2
                c3,0,7,4
                c4,0,,1
                c5,0,10,3
                c6,0,5,2.5
                c7,0,8,3
                c8,0,4,1
                """);
        Files.writeString(dir.resolve("water.csv"), """
                id,forest,crop,pasture
                c1,3,5,6
                c2,2,4,5
                c3,3,4,6
                c4,2,,4
                c5,3,6,5
                c6,2,3,5
                c7,3,5,6
                c8,2,4,4
                """);
        return dir.resolve("problem.json");
    }

    @Test
    void aGroupsOptionGoesToItsCellsExceptWhereNotAllowed() throws IOException {
        AllocationProblem p = (AllocationProblem) Problems.load(write());
        byte[] filler = AllocationSeeding.filler(p);
        AllocationSeeding.GroupLevel region = new AllocationSeeding.GroupLevel(p, 0, filler);
        AllocationSeeding.GroupLevel zone = new AllocationSeeding.GroupLevel(p, 1, filler);
        // region a pasture, region b crop: c4 cannot be crop and keeps its baseline forest
        assertArrayEquals(new byte[] {2, 2, 2, 0, 1, 1, 1, 1}, region.cells(new byte[] {2, 1}));
        // zones a1, a2 follow region a; b1, b2 follow region b
        assertArrayEquals(new byte[] {2, 2, 1, 1}, zone.from(region, new byte[] {2, 1}));
        double[] o = new double[2], v = new double[2];
        region.evaluate(new byte[] {2, 1}, o, v);
        // carbon 5+6+7 + 11+3+1+2+4 = 39; food 3+2+4 + 0+10+5+8+4 = 36
        assertArrayEquals(new double[] {39, 36}, o, 1e-12);
    }

    @Test
    void theCoarsestLevelIsEnumeratedExhaustively() throws IOException {
        AllocationProblem p = (AllocationProblem) Problems.load(write());
        AllocationSeeding.GroupLevel region = new AllocationSeeding.GroupLevel(p, 0, AllocationSeeding.filler(p));
        List<Individual<byte[]>> front = new ArrayList<>(AllocationSeeding.enumerate(region));
        // brute force over the 9 region allocations: feasible ones, then those no other feasible one dominates
        List<double[]> feasible = new ArrayList<>();
        List<byte[]> genomes = new ArrayList<>();
        for (byte a = 0; a < 3; a++) {
            for (byte b = 0; b < 3; b++) {
                double[] o = new double[2], v = new double[2];
                region.evaluate(new byte[] {a, b}, o, v);
                if (v[0] + v[1] == 0) {
                    feasible.add(o);
                    genomes.add(new byte[] {a, b});
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < feasible.size(); i++) {
            boolean dominated = false;
            for (double[] q : feasible) {
                double[] x = feasible.get(i);
                if (q[0] >= x[0] && q[1] >= x[1] && (q[0] > x[0] || q[1] > x[1])) dominated = true;
            }
            if (!dominated) expected.add(java.util.Arrays.toString(genomes.get(i)));
        }
        front.sort(Comparator.comparing(ind -> java.util.Arrays.toString(ind.genome())));
        expected.sort(null);
        assertTrue(expected.size() >= 2, "a trade-off at region level: " + expected);
        assertEquals(expected, front.stream().map(ind -> java.util.Arrays.toString(ind.genome())).toList());
    }

    @Test
    void theChainSeedsTheCellLevelWithFeasibleAllocations() throws IOException {
        AllocationProblem p = (AllocationProblem) Problems.load(write());
        SeedingMethod.Seeds seeds = AllocationSeeding.prepare(Engines.get("moea"), p, AlgorithmSpec.of("nsga2", 8), 3,
                new AllocationSeeding.Settings(5, 8), dir.resolve("levels"), new PrintStream(java.io.OutputStream.nullOutputStream()));
        assertTrue(!seeds.genomes().isEmpty() && seeds.genomes().size() <= 8);
        for (Object g : seeds.genomes()) {
            double[] o = new double[2], v = new double[2];
            p.evaluate((byte[]) g, o, v);
            assertEquals(0, v[0] + v[1], 1e-12, "seeds repaired to the constraints");
        }
        assertEquals("hierarchical (region -> zone -> cell)", seeds.summary().get("method"));
        assertTrue(Files.exists(dir.resolve("levels/level-region/front.csv")));
        assertTrue(Files.exists(dir.resolve("levels/level-zone/front.csv")));
        assertTrue(new HierarchicalSeedingMethod().supports(p));
    }

    @Test
    void aHierarchicalRunIsLabelledInformedAndReproducible() throws IOException {
        Path problem = write();
        for (String run : new String[] {"a", "b"}) {
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(err, true), "run", problem.toString(), "--seeding", "hierarchical",
                    "--generations", "5", "--population", "8", "--unit-generations", "3", "--unit-population", "8",
                    "--seed", "2", "--out", dir.resolve(run).toString(), "--quiet");
            assertEquals(0, code, err.toString());
        }
        assertEquals(Files.readString(dir.resolve("a/front.csv")), Files.readString(dir.resolve("b/front.csv")));
        String runJson = Files.readString(dir.resolve("a/run.json"));
        assertTrue(runJson.contains("\"kind\" : \"informed\"") || runJson.contains("\"kind\":\"informed\""), runJson);
        assertTrue(runJson.contains("seeding hierarchical (region -> zone -> cell)"), runJson);
    }
}
