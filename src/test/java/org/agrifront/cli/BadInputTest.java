package org.agrifront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.agrifront.problems.landuse.LandUseReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one line naming file, line (or JSON path) and field, exit code 2, and no stack trace. */
class BadInputTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void instance() {
        data = dir.resolve("data");
        LandUseGenerator.generate(data, new LandUseGenerator.Params(50, 4, 8, 1));
    }

    Path problem(String json) throws IOException {
        Path p = dir.resolve("problem.json");
        Files.writeString(p, json);
        return p;
    }

    String validProblem() {
        return "{\"type\": \"landuse\", \"data\": \"" + data.toString().replace("\\", "/") + "\",\n"
                + " \"scenario\": {\"rcp\": \"26\", \"period\": \"2090-2099\"}}\n";
    }

    /** Runs the CLI and returns {exit code, stderr}. */
    static Object[] cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), args);
        return new Object[] {code, err.toString()};
    }

    static void assertOneLineError(Object[] result, String... fragments) {
        String err = (String) result[1];
        assertEquals(2, result[0], "exit code; stderr was: " + err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertTrue(err.startsWith("error: "), err);
        assertFalse(err.contains("Exception"), "no stack trace or exception names: " + err);
        for (String f : fragments) assertTrue(err.contains(f), "'" + f + "' in: " + err);
    }

    @Test
    void theValidProblemValidates() throws IOException {
        Object[] r = cli("validate", problem(validProblem()).toString());
        assertEquals(0, r[0], (String) r[1]);
    }

    @Test
    void missingDataFile() throws IOException {
        Path f = LandUseReader.esquantFile(data, "26", "2090-2099", LandUseData.Service.RUNOFF, true);
        Files.delete(f);
        assertOneLineError(cli("validate", problem(validProblem()).toString()), f.getFileName().toString(), "file not found");
    }

    @Test
    void tableWithAWrongColumnCount() throws IOException {
        Path f = LandUseReader.esquantFile(data, "26", "2090-2099", LandUseData.Service.CROP, true);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.set(7, lines.get(7).substring(0, lines.get(7).lastIndexOf('\t'))); // drop the ID column of line 8
        Files.write(f, lines);
        assertOneLineError(cli("validate", problem(validProblem()).toString()), f.getFileName() + ":8:",
                "expected 13 columns", "found 12");
    }

    @Test
    void nonNumericValue() throws IOException {
        Path f = LandUseReader.esquantFile(data, "26", "2090-2099", LandUseData.Service.CARBON, true);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        String[] cells = lines.get(4).split("\t");
        cells[2] = "12,5"; // PNV of line 5
        lines.set(4, String.join("\t", cells));
        Files.write(f, lines);
        assertOneLineError(cli("validate", problem(validProblem()).toString()), f.getFileName() + ":5:",
                "field 'PNV'", "expected a number, found '12,5'");
    }

    @Test
    void problemJsonWithAnUnknownField() throws IOException {
        Path p = problem(validProblem().replace("\"scenario\"", "\"senario\""));
        assertOneLineError(cli("validate", p.toString()), "problem.json:2:", "'$.senario'", "unknown field", "known:");
    }

    @Test
    void problemJsonWithAMissingRequiredField() throws IOException {
        Path p = problem(validProblem().replace(", \"period\": \"2090-2099\"", ""));
        assertOneLineError(cli("validate", p.toString()), "problem.json", "'$.scenario.period'", "missing required field");
    }

    @Test
    void malformedJson() throws IOException {
        Path p = problem("{\"type\": \"landuse\",\n \"data\": ");
        assertOneLineError(cli("validate", p.toString()), "problem.json:2:", "malformed JSON");
    }

    @Test
    void unknownProblemTypeEngineAndAlgorithm() throws IOException {
        assertOneLineError(cli("validate", problem("{\"type\": \"forest\"}").toString()), "'$.type'",
                "unknown problem type 'forest'", "landuse");
        Path p = problem(validProblem());
        assertOneLineError(cli("run", p.toString(), "--engine", "deap", "--out", dir.resolve("o").toString()),
                "unknown engine 'deap'", "moea, jmetal");
        assertOneLineError(cli("run", p.toString(), "--algorithm", "spea3", "--out", dir.resolve("o").toString()),
                "unknown algorithm 'spea3'", "nsga2");
        assertOneLineError(cli("run", p.toString(), "--mutation", "flip", "--out", dir.resolve("o").toString()),
                "unknown mutation 'flip'", "reset");
        assertFalse(Files.exists(dir.resolve("o").resolve("front.csv")), "nothing half-written");
    }

    @Test
    void badHierarchicalSeedingSettings() throws IOException {
        Path p = problem(validProblem().replace("\"scenario\"", "\"seeding\": {\"unitFactor\": -1},\n \"scenario\""));
        assertOneLineError(cli("validate", p.toString()), "problem.json", "'$.seeding'", "unitFactor", "(0, 10]");
        p = problem(validProblem().replace("\"scenario\"", "\"seeding\": {\"unitFactr\": 0.9},\n \"scenario\""));
        assertOneLineError(cli("validate", p.toString()), "problem.json:2:", "'$.seeding.unitFactr'", "unknown field", "unitFactor");
        p = problem(validProblem());
        assertOneLineError(cli("run", p.toString(), "--seeding", "hier", "--out", dir.resolve("o").toString()),
                "--seeding", "random or hierarchical");
        assertOneLineError(cli("run", p.toString(), "--seeding", "hierarchical", "--biome-factor", "5",
                "--out", dir.resolve("o").toString()), "no biome-level allocation", "--biome-factor");
        assertFalse(Files.exists(dir.resolve("o").resolve("front.csv")), "nothing half-written");
    }
}
