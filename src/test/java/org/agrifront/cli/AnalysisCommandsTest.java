package org.agrifront.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agrifront.experiment.StudyFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands on small inputs: report of a study folder, indicators of run folders against a reference
 * front, parallel-coordinates plot of a run, and bench with quick options; and their bad input.
 */
class AnalysisCommandsTest {
    @TempDir
    Path root;
    Path problem;

    @BeforeEach
    void tinyProblem() throws IOException {
        problem = StudyFixtures.write(root.resolve("problems/tiny.json"), """
                {"type": "landuse", "name": "tiny", "synthetic": {"cells": 60, "biomes": 2, "units": 4, "seed": 5},
                 "scenario": {"rcp": "26", "period": "2090-2099"}, "constraintFactor": 0.5}
                """);
    }

    /** Runs the CLI: {exit code, stdout, stderr}. */
    static Object[] cli(String... args) {
        StringWriter err = new StringWriter();
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.execute(new PrintWriter(err, true), args);
        } finally {
            System.setOut(saved);
        }
        return new Object[] {code, out.toString(StandardCharsets.UTF_8), err.toString()};
    }

    static void assertOk(Object[] r) {
        assertEquals(0, r[0], "stderr: " + r[2]);
    }

    static void assertBadInput(Object[] r, String fragment) {
        String err = (String) r[2];
        assertEquals(2, r[0], "stderr: " + err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains(fragment), "'" + fragment + "' in " + err);
    }

    Path run(long seed) {
        Path dir = root.resolve("runs/seed-" + seed);
        assertOk(cli("run", problem.toString(), "--population", "12", "--generations", "5", "--seed", String.valueOf(seed),
                "--out", dir.toString(), "--quiet"));
        return dir;
    }

    @Test
    void indicatorsOfARunAgainstItsOwnFrontAreZeroDistanceAndEqualHypervolume() throws IOException {
        Path a = run(1), b = run(2);
        Path csv = root.resolve("ind.csv");
        Object[] r = cli("indicators", "--reference", a.resolve("front.csv").toString(), a.toString(), b.toString(), "--out", csv.toString());
        assertOk(r);
        Matcher ref = Pattern.compile("its own hypervolume (\\S+) \\(exact\\)").matcher((String) r[1]);
        assertTrue(ref.find(), (String) r[1]);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("run,problem,feasible,hypervolume,hypervolume_se,igd_plus,epsilon_additive,gd,spread,nondominated", rows.get(0));
        assertEquals(3, rows.size(), rows.toString());
        String[] self = rows.get(1).split(","), other = rows.get(2).split(",");
        assertEquals(0, Double.parseDouble(self[5]), "igd_plus of the reference itself");
        assertEquals(0, Double.parseDouble(self[6]), "epsilon_additive of the reference itself");
        assertEquals(Double.parseDouble(ref.group(1)), Double.parseDouble(self[3]), 5e-6, "hypervolume of the reference itself");
        assertTrue(Double.parseDouble(other[5]) >= 0 && Double.parseDouble(other[3]) <= Double.parseDouble(self[3]), rows.get(2));

        assertBadInput(cli("indicators", "--reference", root.resolve("nope.csv").toString(), a.toString()), "nope.csv");
        assertBadInput(cli("indicators", "--reference", a.resolve("front.csv").toString(), root.toString()), "run.json");
        assertBadInput(cli("indicators", "--normalise", "global", a.toString()), "--normalise");
        // a reference front that bounds made for another problem
        Path other2 = Files.createDirectories(root.resolve("bounds-other"));
        Files.copy(a.resolve("front.csv"), other2.resolve("reference-front.csv"));
        Files.writeString(other2.resolve("bounds.json"), "{\"problem\": \"landuse-rcp26-2090\"}");
        assertBadInput(cli("indicators", "--reference", other2.resolve("reference-front.csv").toString(), a.toString()),
                "reference front of problem 'landuse-rcp26-2090' (bounds.json) but " + a + " is a run of 'tiny'");
        // the same problem with other senses
        Files.writeString(other2.resolve("bounds.json"), "{\"problem\": \"tiny\", \"objectives\": [{\"name\": \"carbon\", \"sense\": \"min\"}]}");
        assertBadInput(cli("indicators", "--reference", other2.resolve("reference-front.csv").toString(), a.toString()),
                "objective 'carbon' is min in the reference");
    }

    @Test
    void plotParallelWritesAPng() throws IOException {
        Path a = run(3);
        Path png = root.resolve("pc.png");
        assertOk(cli("plot", "parallel", a.toString(), "--out", png.toString()));
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, "PNG signature");
        assertBadInput(cli("plot", "parallel", root.resolve("empty").toString(), "--out", root.resolve("x.png").toString()),
                "front.csv: file not found");
        assertFalse(Files.exists(root.resolve("x.png")));
    }

    @Test
    void reportOfAStudyFolderWritesTheSummaryAndTheHtml() throws IOException {
        Path spec = StudyFixtures.write(root.resolve("experiments/mini.json"), """
                {"name": "mini", "problems": [{"file": "problems/tiny.json"}],
                 "algorithms": [{"engine": "moea", "name": "nsga2", "population": 12},
                                {"engine": "jmetal", "name": "nsga2", "population": 12}],
                 "seeds": {"count": 3, "base": 1}, "budget": {"generations": 4}, "solutions": false,
                 "analysis": {"bootstrapResamples": 200}}
                """);
        Path out = root.resolve("results/mini");
        assertOk(cli("study", spec.toString(), "--out", out.toString(), "--quiet", "--threads", "1"));
        Files.delete(out.resolve("report.html"));
        Object[] r = cli("report", out.toString());
        assertOk(r);
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + 2 * 7, summary.size(), "header, 6 indicators and the feasible-run share per algorithm: " + summary);
        assertTrue(summary.get(1).startsWith("tiny,moea,nsga2,hypervolume,3,"), summary.get(1));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("# Study mini"));
        assertBadInput(cli("report", root.resolve("nowhere").toString()), "nowhere");

        // indicators without a reference pool the runs given, as the study pools all its runs: the same numbers
        List<String> runs = new java.util.ArrayList<>(List.of("indicators", "--out", root.resolve("pooled.csv").toString()));
        for (String alg : List.of("moea-nsga2", "jmetal-nsga2")) {
            for (int seed = 1; seed <= 3; seed++) runs.add(out.resolve("tiny/" + alg + "/seed-" + seed).toString());
        }
        assertOk(cli(runs.toArray(new String[0])));
        List<String> mine = Files.readAllLines(root.resolve("pooled.csv")), study = Files.readAllLines(out.resolve("indicators.csv"));
        assertEquals(7, mine.size());
        for (int k = 1; k <= 6; k++) {
            String[] m = mine.get(k).split(","), s = study.get(k).split(",");
            assertTrue(m[0].endsWith(s[1] + "-" + s[2] + "/seed-" + s[3]), m[0] + " vs " + study.get(k));
            for (int c = 0; c < 7; c++) assertEquals(Double.parseDouble(s[4 + c]), Double.parseDouble(m[3 + c]), 0.0, study.get(0) + ": " + mine.get(k) + " vs " + study.get(k));
        }
    }

    @Test
    void benchWithQuickOptionsWritesEverySection() throws IOException {
        Path out = root.resolve("bench");
        Object[] r = cli("bench", "--problem", problem.toString(), "--population", "8", "--generations", "2",
                "--repeats", "1", "--seconds", "0.05", "--out", out.toString());
        assertOk(r);
        List<String> rows = Files.readAllLines(out.resolve("bench.csv"));
        assertEquals("section,problem,subject,metric,value,unit,baseline,baseline_value,ratio", rows.get(0));
        for (String section : List.of("evaluation", "generations", "memory", "profile")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith(section + ",tiny,")), section + " rows in " + rows);
        }
        // the incremental evaluation is measured beside the full re-sum it must beat on one changed gene
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("evaluation,tiny,\"incremental, 1 changed gene\"")), rows.toString());
        assertTrue(Files.isRegularFile(out.resolve("bench.json")));
        assertBadInput(cli("bench", "--problem", root.resolve("missing.json").toString(), "--out", root.resolve("b2").toString()),
                "missing.json");
    }
}
