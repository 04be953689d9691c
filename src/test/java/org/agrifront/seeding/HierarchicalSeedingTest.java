package org.agrifront.seeding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Individual;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engines;
import org.agrifront.experiment.SolutionsFile;
import org.agrifront.problems.landuse.HierarchySettings;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.agrifront.problems.landuse.LandUseProblem;
import org.agrifront.problems.landuse.LandUseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HierarchicalSeedingTest {

    @Test
    void threeLevelsWriteTheirFrontsAndEachLevelsSeedsAreFeasibleAtItsFactor(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        LandUseGenerator.generate(data, new LandUseGenerator.Params(400, 6, 40, 31));
        LandUseProblem problem = new LandUseProblem("syn", LandUseReader.read(data, "26", "2090-2099", true), 1.0);
        HierarchySettings settings = HierarchySettings.DEFAULTS.withUnitGenerations(60).withUnitPopulation(40);
        AlgorithmSpec cellSpec = new AlgorithmSpec("nsga2", 40, null, OperatorSpec.of("reset", "genes", 1.0), null, "random", null);
        Path dir = tmp.resolve("run");
        HierarchicalSeeding.Outcome out = HierarchicalSeeding.run(Engines.get("moea"), problem, cellSpec, 3, 20, settings, 2,
                dir, true, Map.of(), null, new PrintStream(java.io.OutputStream.nullOutputStream()));

        assertEquals(List.of("biome", "unit", "cell"), out.levels().stream().map(m -> m.get("level")).toList());
        for (String f : List.of("biome/front.csv", "biome/solutions.csv", "biome/level.json", "unit/front.csv",
                "unit/run.json", "front.csv", "solutions.csv", "run.json")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        LandUseLevels levels = new LandUseLevels(problem.data());
        // Biome front: feasible at the biome factor (1.0), hence unit seeds feasible at the unit factor (0.98).
        LandUseProblem biome = new LandUseProblem("b", levels.biomeData(), settings.biomeFactor());
        LandUseProblem unit = new LandUseProblem("u", levels.unitData(), settings.unitFactor());
        List<byte[]> biomeFront = SolutionsFile.read(dir.resolve("biome/solutions.csv"), biome);
        assertTrue(!biomeFront.isEmpty());
        double[] obj = new double[3], viol = new double[4];
        for (byte[] g : biomeFront) {
            unit.evaluate(levels.unitsFromBiomes(g), obj, viol);
            assertEquals(0.0, viol[0] + viol[1] + viol[2] + viol[3], "unit seed infeasible at " + settings.unitFactor());
        }
        // Cell seeds: the unit front, copied down and repaired, is feasible at the problem's factor.
        List<byte[]> unitFront = SolutionsFile.read(dir.resolve("unit/solutions.csv"), unit);
        for (byte[] g : unitFront) {
            byte[] cells = levels.cellsFromUnits(g);
            problem.repair().orElseThrow().repair(cells);
            problem.evaluate(cells, obj, viol);
            assertEquals(0.0, viol[0] + viol[1] + viol[2] + viol[3], "repaired cell seed infeasible");
        }
        assertTrue(out.cell().front().stream().allMatch(Individual::feasible));
        String runJson = Files.readString(dir.resolve("run.json"));
        assertTrue(runJson.contains("\"seeding\""), runJson);
    }
}
