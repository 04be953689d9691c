package org.agrifront.cli;

import static org.agrifront.cli.BadInputTest.assertOneLineError;
import static org.agrifront.cli.BadInputTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.RasterGrid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crop-livestock commands end to end on a 100-cell synthetic plateau (generate, validate, bounds, scenarios, a
 * short NSGA-III run seeded with the LP scenarios, Monte Carlo of its compromise), and bad input at the command line.
 */
class QtpCommandsTest {
    @TempDir
    Path dir;
    Path data;
    Path problem;

    @BeforeEach
    void instance() throws IOException {
        data = dir.resolve("data");
        assertEquals(0, cli("generate", "qtp", "--cells", "100", "--seed", "3", "--out", data.toString())[0]);
        problem = dir.resolve("qtp.json");
        Files.writeString(problem, "{\"type\": \"croplivestock\", \"name\": \"qtp-test\", \"data\": \""
                + data.toString().replace("\\", "/") + "\"}\n");
    }

    @Test
    void generateBoundsScenariosRunAndMonteCarloWorkTogether() throws IOException {
        assertEquals(0, cli("validate", problem.toString())[0]);
        Path bounds = dir.resolve("bounds");
        assertEquals(0, cli("bounds", problem.toString(), "--points", "10", "--out", bounds.toString())[0]);
        List<String> optima = Files.readAllLines(bounds.resolve("optima.csv"));
        assertEquals(7, optima.size()); // header + 6 objectives
        assertTrue(optima.get(0).startsWith("water,ghg,n_surplus,p_surplus,conflict,output,"), optima.get(0));
        Path scen = dir.resolve("scenarios");
        assertEquals(0, cli("scenarios", problem.toString(), "--out", scen.toString())[0]);
        assertEquals(1 + 1 + 6 + 32, Files.readAllLines(scen.resolve("scenarios.csv")).size());
        assertEquals(1 + 38, Files.readAllLines(scen.resolve("solutions.csv")).size());
        Path run = dir.resolve("run");
        Object[] r = cli("run", problem.toString(), "--algorithm", "nsga3", "--population", "40", "--param", "divisions=2",
                "--generations", "3", "--init", "current", "--constraint-handling", "repair",
                "--initial-solutions", scen.resolve("solutions.csv").toString(), "--out", run.toString(), "--quiet");
        assertEquals(0, r[0], (String) r[1]);
        for (String f : List.of("front.csv", "solutions.csv", "compromise.json", "compromise-cells.csv",
                "change-crop-area.tif", "change-crop-area.png", "change-livestock-heads.tif", "change-livestock-heads.png")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        assertEquals(6 + 6, GeoTiff.read(run.resolve("change-by-activity.tif")).bands().size() + 2);
        r = cli("montecarlo", run.toString(), "--problem", problem.toString(), "--draws", "50", "--seed", "5");
        assertEquals(0, r[0], (String) r[1]);
        String first = Files.readString(run.resolve("montecarlo-knee").resolve("montecarlo.json"));
        cli("montecarlo", run.toString(), "--problem", problem.toString(), "--draws", "50", "--seed", "5");
        assertEquals(first, Files.readString(run.resolve("montecarlo-knee").resolve("montecarlo.json")), "same seed, same numbers");
        assertEquals(51, Files.readAllLines(run.resolve("montecarlo-knee").resolve("montecarlo-draws.csv")).size());
        // maxmin: the row core.MaxMin picks against the problem's reference (today's) values
        r = cli("montecarlo", run.toString(), "--problem", problem.toString(), "--draws", "50", "--seed", "5", "--solution", "maxmin");
        assertEquals(0, r[0], (String) r[1]);
        com.fasterxml.jackson.databind.JsonNode mc = org.agrifront.io.Json.tree(run.resolve("montecarlo-maxmin").resolve("montecarlo.json"));
        assertTrue(mc.toString().contains("max-min compromise"), mc.toString());
        org.agrifront.problems.croplivestock.CropLivestockProblem p = (org.agrifront.problems.croplivestock.CropLivestockProblem)
                org.agrifront.problems.Problems.load(org.agrifront.problems.ProblemSource.of(problem, null));
        assertEquals(MonteCarloCommand.pick(p, run.resolve("front.csv"), true), mc.findValue("solution").asInt());
    }

    @Test
    void mismatchedRasterSizesAreOneLineNamingFileAndField() {
        GeoRaster region = GeoTiff.read(data.resolve("region.tif"));
        RasterGrid g = region.grid();
        RasterGrid wider = new RasterGrid(g.west(), g.north(), g.cellWidth(), g.cellHeight(), g.width() + 2, g.height());
        GeoTiff.write(data.resolve("safe_n.tif"), GeoRaster.of(wider, GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("safe_n", "kg N", new double[wider.size()])));
        assertOneLineError(cli("validate", problem.toString()), "safe_n.tif", "field 'safe_n'",
                (g.width() + 2) + " x " + g.height(), "region.tif");
    }

    @Test
    void negativeBiomassIsOneLineNamingFileAndField() {
        GeoRaster b = GeoTiff.read(data.resolve("biomass.tif"));
        double[] v = b.band(0).values().clone();
        for (int p = 0; p < v.length; p++) if (!Double.isNaN(v[p])) {
            v[p] = -1;
            break;
        }
        GeoTiff.write(data.resolve("biomass.tif"), GeoRaster.of(b.grid(), GeoRaster.SampleType.FLOAT64, Double.NaN,
                GeoRaster.Band.continuous("biomass", "t DM/yr", v)));
        assertOneLineError(cli("validate", problem.toString()), "biomass.tif", "field 'biomass'", "expected a value >= 0, found -1");
    }

    @Test
    void aBasinIdNotInTheBasinTableIsOneLineNamingFileAndField() throws IOException {
        Path basins = data.resolve("basins.csv");
        List<String> lines = Files.readAllLines(basins);
        Files.write(basins, List.of(lines.get(0), lines.get(1))); // keep only the first basin
        assertOneLineError(cli("validate", problem.toString()), "basin.tif", "field 'basin'", "is not in basins.csv");
    }
}
