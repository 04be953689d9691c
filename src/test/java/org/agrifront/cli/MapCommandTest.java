package org.agrifront.cli;

import static org.agrifront.cli.BadInputTest.assertOneLineError;
import static org.agrifront.cli.BadInputTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.core.Knee;
import org.agrifront.core.Sense;
import org.agrifront.io.GeoRaster;
import org.agrifront.io.GeoTiff;
import org.agrifront.io.TextTable;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseMaps;
import org.agrifront.problems.landuse.LandUseProblem;
import org.agrifront.problems.landuse.LandUseType;
import org.agrifront.experiment.SolutionsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code map} end to end on a short run of a 300-cell synthetic land-use instance, and its bad input. */
class MapCommandTest {
    @TempDir
    static Path dir;
    static Path problem;
    static Path run;

    @BeforeAll
    static void shortRun() throws IOException {
        problem = dir.resolve("landuse-small.json");
        Files.writeString(problem, "{\"type\": \"landuse\", \"name\": \"landuse-small\",\n"
                + " \"synthetic\": {\"cells\": 300, \"biomes\": 4, \"units\": 20, \"seed\": 5},\n"
                + " \"scenario\": {\"rcp\": \"26\", \"period\": \"2090-2099\"}}\n");
        run = dir.resolve("run");
        Object[] r = cli("run", problem.toString(), "--init", "scalarized", "--population", "20", "--generations", "5",
                "--out", run.toString(), "--quiet");
        assertEquals(0, r[0], "run: " + r[1]);
    }

    static LandUseProblem load() {
        return LandUseType.loadLandUse(ProblemSource.of(problem, null));
    }

    @Test
    void mapsTheKneeAndTheFrontFrequencies() {
        Path prefix = dir.resolve("maps").resolve("knee");
        Object[] r = cli("map", run.toString(), "--solution", "knee", "--out", prefix.toString());
        assertEquals(0, r[0], "map: " + r[1]);
        for (String f : List.of("knee.tif", "knee.tif.aux.xml", "knee.png", "knee-frequency.tif", "knee-frequency.png")) {
            assertTrue(Files.isRegularFile(prefix.resolveSibling(f)), f + " written");
        }
        LandUseProblem p = load();
        TextTable front = TextTable.read(run.resolve("front.csv"), TextTable.Delimiter.COMMA);
        double[][] obj = new double[front.size()][3];
        boolean[] feasible = new boolean[front.size()];
        for (int i = 0; i < front.size(); i++) {
            for (int k = 0; k < 3; k++) obj[i][k] = front.number(i, p.objectives().get(k).name());
            feasible[i] = front.text(i, "feasible").equals("true");
        }
        int knee = Knee.index(obj, new Sense[] {Sense.MAX, Sense.MAX, Sense.MAX}, feasible);
        List<byte[]> genomes = SolutionsFile.read(run.resolve("solutions.csv"), p);
        byte[] genome = genomes.get(knee);

        GeoRaster map = GeoTiff.read(prefix.resolveSibling("knee.tif"));
        assertEquals(LandUseData.LAND_USES, map.band(0).categories());
        int[] cells = LandUseMaps.gridCells(p.data(), map.grid());
        for (int c = 0; c < cells.length; c++) assertEquals(genome[c], map.band(0).values()[cells[c]], "cell " + c);

        GeoRaster shares = GeoTiff.read(prefix.resolveSibling("knee-frequency.tif"));
        int nFeasible = 0;
        for (boolean f : feasible) if (f) nFeasible++;
        assertTrue(nFeasible > 0);
        for (int c = 0; c < cells.length; c++) {
            double sum = 0;
            for (int o = 0; o < 10; o++) sum += shares.band(o).values()[cells[c]];
            assertEquals(1.0, sum, 1e-6, "cell " + c);
            // the share of the knee's own land use counts the knee itself
            assertTrue(shares.band(genome[c]).values()[cells[c]] >= 1.0 / nFeasible - 1e-6);
        }
    }

    @Test
    void bestObjectiveAndIndexChoicesAndAnExtensionOnOut() {
        Object[] r = cli("map", run.toString(), "--solution", "best-crop", "--out", dir.resolve("m/crop.tif").toString());
        assertEquals(0, r[0], "map: " + r[1]);
        assertTrue(Files.isRegularFile(dir.resolve("m/crop.tif")));
        assertTrue(Files.isRegularFile(dir.resolve("m/crop.png")));
        r = cli("map", run.toString(), "--solution", "0", "--out", dir.resolve("m/zero").toString());
        assertEquals(0, r[0], "map: " + r[1]);
        // maxmin: the row core.MaxMin picks against the problem's reference values, as plot parallel and the report do
        r = cli("map", run.toString(), "--solution", "maxmin", "--out", dir.resolve("m/maxmin").toString());
        assertEquals(0, r[0], "map: " + r[1]);
        LandUseProblem p = load();
        TextTable front = TextTable.read(run.resolve("front.csv"), TextTable.Delimiter.COMMA);
        double[][] obj = new double[front.size()][3];
        boolean[] feasible = new boolean[front.size()];
        for (int i = 0; i < front.size(); i++) {
            for (int k = 0; k < 3; k++) obj[i][k] = front.number(i, p.objectives().get(k).name());
            feasible[i] = front.text(i, "feasible").equals("true");
        }
        int pick = org.agrifront.core.MaxMin.index(obj, new Sense[] {Sense.MAX, Sense.MAX, Sense.MAX}, feasible,
                org.agrifront.core.MaxMin.reference(p.objectives(), p.objectiveReferences()));
        byte[] genome = SolutionsFile.read(run.resolve("solutions.csv"), p).get(pick);
        GeoRaster map = GeoTiff.read(dir.resolve("m/maxmin.tif"));
        int[] cells = LandUseMaps.gridCells(p.data(), map.grid());
        for (int c = 0; c < cells.length; c++) assertEquals(genome[c], map.band(0).values()[cells[c]], "cell " + c);
        assertTrue(Files.isRegularFile(dir.resolve("m/zero-frequency.tif")));
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws IOException {
        Path out = dir.resolve("bad/x");
        assertOneLineError(cli("map", dir.resolve("nowhere").toString(), "--out", out.toString()), "nowhere", "not found");
        assertOneLineError(cli("map", run.toString(), "--solution", "best-forage", "--out", out.toString()),
                "no objective 'forage'", "best-carbon");
        assertOneLineError(cli("map", run.toString(), "--solution", "middle", "--out", out.toString()), "knee");
        assertOneLineError(cli("map", run.toString(), "--solution", "9999", "--out", out.toString()), "front.csv", "no solution 9999");

        Path noSolutions = dir.resolve("run-copy");
        Files.createDirectories(noSolutions);
        for (String f : List.of("front.csv", "run.json")) Files.copy(run.resolve(f), noSolutions.resolve(f));
        assertOneLineError(cli("map", noSolutions.toString(), "--out", out.toString()), "solutions.csv", "not found");
        Files.delete(noSolutions.resolve("run.json"));
        assertOneLineError(cli("map", noSolutions.toString(), "--out", out.toString()), "run.json", "not found");
    }

    @Test
    void runsOfOtherProblemsAreRefused() throws IOException {
        Path other = dir.resolve("cropswitch-small.json");
        Files.writeString(other, "{\"type\": \"cropswitch\", \"name\": \"cropswitch-small\", \"synthetic\": {\"cells\": 40, \"seed\": 1}}\n");
        Path otherRun = dir.resolve("run-cropswitch");
        Object[] r = cli("run", other.toString(), "--population", "12", "--generations", "2", "--out", otherRun.toString(), "--quiet");
        assertEquals(0, r[0], "run: " + r[1]);
        assertOneLineError(cli("map", otherRun.toString(), "--out", dir.resolve("cs").toString()), "land-use", "cropswitch-small");
    }
}
