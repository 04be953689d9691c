package org.agrifront.cli;

import static org.agrifront.cli.BadInputTest.assertOneLineError;
import static org.agrifront.cli.BadInputTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.io.TextTable;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.agrifront.problems.landuse.RobustLandUseProblem;
import org.agrifront.problems.landuse.RobustLandUseType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crosseval's matrix on a two-scenario instance, and the robust problem file's bad input. */
class CrossEvalCommandTest {
    @TempDir
    Path dir;
    Path single;

    @BeforeEach
    void instance() throws IOException {
        Path data = dir.resolve("data");
        LandUseGenerator.generate(data, new LandUseGenerator.Params(50, 4, 8, 1));
        single = write("single.json", "{\"type\": \"landuse\", \"data\": \"" + slash(data) + "\", \"scenario\": {\"rcp\": \"26\", \"period\": \"2090-2099\"}}");
    }

    static String slash(Path p) {
        return p.toString().replace("\\", "/");
    }

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    Path robust(String extra, Path secondProblem) throws IOException {
        return write("robust.json", "{\"type\": \"landuse-robust\", " + extra + "\"scenarios\": [{\"name\": \"a\", \"problem\": \"" + slash(single)
                + "\"}, {\"name\": \"b\", \"problem\": \"" + slash(secondProblem) + "\", \"perturbation\": {\"seed\": 4, \"spread\": 0.2}}]}");
    }

    @Test
    void theCsvHoldsEveryScenarioGainAndTheViolatedConstraints() throws IOException {
        Path file = robust("", single);
        RobustLandUseProblem p = RobustLandUseType.loadRobust(ProblemSource.of(file, null));
        // a hand-made run folder: two allocations, all natural vegetation and all pasture
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        byte[] pnv = new byte[50], pasture = new byte[50];
        java.util.Arrays.fill(pasture, (byte) 9);
        StringBuilder sol = new StringBuilder("solution");
        for (int i = 0; i < 50; i++) sol.append(",cell_").append(i + 1);
        sol.append('\n');
        for (byte[] g : List.of(pnv, pasture)) {
            sol.append(g == pnv ? 0 : 1);
            for (byte b : g) sol.append(',').append(b);
            sol.append('\n');
        }
        Files.writeString(run.resolve("solutions.csv"), sol);
        // row 0 has the higher carbon, row 1 the higher crop: knee and bests come from these two rows
        Files.writeString(run.resolve("front.csv"), "carbon,crop,runoff,feasible\n2,1,1,false\n1,2,1,false\n");
        Files.writeString(run.resolve("run.json"), "{\"objectives\": [{\"name\": \"carbon\", \"sense\": \"max\"}, {\"name\": \"crop\", \"sense\": \"max\"},"
                + " {\"name\": \"runoff\", \"sense\": \"max\"}]}");
        Path out = dir.resolve("out");
        Object[] r = cli("crosseval", file.toString(), "--run", "hand=" + run, "--all", "--out", out.toString());
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(Files.isRegularFile(out.resolve("crosseval.png")));
        TextTable t = TextTable.read(out.resolve("crosseval.csv"), TextTable.Delimiter.COMMA);
        assertEquals(2, t.size());
        assertEquals("hand #0", t.text(0, "allocation"));
        byte[][] genomes = {pnv, pasture};
        String[] services = {"carbon", "crop", "runoff", "forage"};
        for (int row = 0; row < 2; row++) {
            double[][] g = p.gainsPercent(genomes[row]);
            int violated = 0;
            for (int s = 0; s < 2; s++) {
                for (int v = 0; v < 4; v++) {
                    assertEquals(g[s][v], t.number(row, (s == 0 ? "a" : "b") + "_" + services[v] + "_gain"), 1e-9);
                    // the reference is met exactly at 0 % gain (constraint factor 1)
                    if (g[s][v] < 0) {
                        violated++;
                        assertTrue(t.text(row, "violated").contains((s == 0 ? "a" : "b") + "_" + services[v]));
                    }
                }
            }
            for (int k = 0; k < 3; k++) assertEquals(Math.min(g[0][k], g[1][k]), t.number(row, "worst_" + services[k] + "_gain"), 1e-9);
            assertEquals(violated, t.integer(row, "violated_constraints"));
        }
        // natural vegetation everywhere produces no crop: the crop constraint fails in both scenarios
        assertTrue(t.text(0, "violated").contains("a_crop") && t.text(0, "violated").contains("b_crop"));
    }

    @Test
    void aScenarioWithOtherCellsNamesBothFiles() throws IOException {
        Path data2 = dir.resolve("data2");
        LandUseGenerator.generate(data2, new LandUseGenerator.Params(60, 4, 8, 1));
        Path other = write("other.json", "{\"type\": \"landuse\", \"data\": \"" + slash(data2) + "\", \"scenario\": {\"rcp\": \"26\", \"period\": \"2090-2099\"}}");
        Path file = robust("", other);
        assertOneLineError(cli("validate", file.toString()), "robust.json", "$.scenarios[1].problem", "other.json", "single.json", "60 cells");
    }

    @Test
    void badModeAndRegretWithoutOptima() throws IOException {
        assertOneLineError(cli("validate", robust("\"mode\": \"best\", ", single).toString()), "robust.json", "$.mode", "worst, mean or regret");
        assertOneLineError(cli("validate", robust("\"mode\": \"regret\", ", single).toString()), "robust.json", "$.scenarioOptima", "bounds");
        Path optima = write("optima.csv", "scenario,carbon_gain_percent,crop_gain_percent,runoff_gain_percent\na,1,2,3\n");
        assertOneLineError(cli("validate", robust("\"mode\": \"regret\", \"scenarioOptima\": \"" + slash(optima) + "\", ", single).toString()),
                "optima.csv", "no row for scenario 'b'");
        assertOneLineError(cli("crosseval", robust("", single).toString(), "--run", "x"), "--run x", "LABEL=RUN_DIR");
    }
}
