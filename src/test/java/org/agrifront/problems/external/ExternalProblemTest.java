package org.agrifront.problems.external;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrifront.cli.Main;
import org.agrifront.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external-process protocol against scripted fake models (POSIX sh), one per failure mode. */
class ExternalProblemTest {
    @TempDir
    Path dir;

    Path problem(String script, String extra) throws IOException {
        return problem(script, "", extra);
    }

    /** The fake model {@code script} (from the test resources) with argument {@code argument} (if not empty). */
    Path problem(String script, String argument, String extra) throws IOException {
        try (InputStream in = ExternalProblemTest.class.getResourceAsStream("/external/" + script)) {
            Files.write(dir.resolve(script), in.readAllBytes());
        }
        Files.writeString(dir.resolve("problem.json"), """
                {"type": "external", "name": "fake", "command": ["sh", "%s"],
                 "variables": [{"name": "x", "count": 2, "type": "real", "lower": 0, "upper": 2}],
                 "objectives": [{"name": "sum", "sense": "min"}, {"name": "diff", "sense": "max"}],
                 "constraints": [{"name": "g"}]%s}
                """.formatted(script + (argument.isEmpty() ? "" : "\", \"" + argument), extra));
        return dir.resolve("problem.json");
    }

    static Object[] cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), args);
        return new Object[] {code, err.toString()};
    }

    /** Runs a short NSGA-II on the fake model and checks the one-line error, exit code 2 and no run folder. */
    void assertRunFails(Path problem, String... fragments) {
        assertRunFailsIn("moea", problem, fragments);
    }

    void assertRunFailsIn(String engine, Path problem, String... fragments) {
        Path out = dir.resolve("run");
        Object[] r = cli("run", problem.toString(), "--engine", engine, "--generations", "3", "--population", "8",
                "--out", out.toString(), "--quiet");
        String err = (String) r[1];
        assertEquals(2, r[0], "exit code; stderr: " + err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertTrue(err.startsWith("error: command [sh, "), err);
        for (String f : fragments) assertTrue(err.contains(f), "'" + f + "' in: " + err);
        assertFalse(Files.exists(out.resolve("front.csv")) || Files.exists(out.resolve("run.json")), "no half-written run folder");
    }

    @Test
    void answersAreObjectivesThenConstraintViolations() throws IOException {
        ExternalProblem p = (ExternalProblem) Problems.load(problem("sum.sh", ""));
        double[] obj = new double[2], viol = new double[1];
        try {
            p.evaluate(new double[] {0.25, 1.5}, obj, viol);
            assertArrayEquals(new double[] {1.75, -1.25}, obj);
            assertArrayEquals(new double[] {0.75}, viol); // 1 - 0.25 > 0: violated by 0.75
            p.evaluate(new double[] {1.5, 0.5}, obj, viol);
            assertArrayEquals(new double[] {2.0, 1.0}, obj);
            assertArrayEquals(new double[] {0.0}, viol); // 1 - 1.5 <= 0: satisfied
        } finally {
            p.closeSession();
        }
    }

    @Test
    void aRunOfTheFakeModelSucceedsAndIsReproducible() throws IOException {
        Path problem = problem("sum.sh", "");
        for (String run : new String[] {"a", "b"}) {
            Object[] r = cli("run", problem.toString(), "--generations", "5", "--population", "8", "--seed", "4",
                    "--out", dir.resolve(run).toString(), "--quiet");
            assertEquals(0, r[0], (String) r[1]);
        }
        assertEquals(Files.readString(dir.resolve("a/front.csv")), Files.readString(dir.resolve("b/front.csv")));
        assertEquals(Files.readString(dir.resolve("a/solutions.csv")), Files.readString(dir.resolve("b/solutions.csv")));
    }

    @Test
    void integersAndCategoricalsAreSentRoundedWithinTheirRange() throws IOException {
        problem("sum.sh", "");
        Files.writeString(dir.resolve("mixed.json"), """
                {"type": "external", "command": ["sh", "sum.sh"],
                 "variables": [{"name": "n", "type": "integer", "lower": -2, "upper": 3},
                               {"name": "c", "type": "categorical", "options": ["a", "b", "c"]}],
                 "objectives": [{"name": "f", "sense": "min"}]}
                """);
        ExternalProblem p = (ExternalProblem) Problems.load(dir.resolve("mixed.json"));
        assertEquals("-2 0", p.line(new double[] {-2.5, -0.5}));
        assertEquals("3 2", p.line(new double[] {3.5, 2.5}));
        assertEquals("1 1", p.line(new double[] {0.6, 1.2}));
    }

    @Test
    void failsToStart() throws IOException {
        Path problem = problem("sum.sh", "");
        Files.writeString(problem, Files.readString(problem).replace("[\"sh\", \"sum.sh\"]", "[\"sh-does-not-exist-here\", \"sum.sh\"]"));
        Path out = dir.resolve("run");
        Object[] r = cli("run", problem.toString(), "--generations", "3", "--population", "8", "--out", out.toString(), "--quiet");
        String err = (String) r[1];
        assertEquals(2, r[0], err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains("command [sh-does-not-exist-here, sum.sh] failed to start in " + dir.toAbsolutePath()), err);
        assertFalse(Files.exists(out.resolve("front.csv")));
    }

    @Test
    void exitsEarly() throws IOException {
        assertRunFails(problem("exits-early.sh", ""), "exited with code 3 before answering evaluation 2 ('",
                "its last error line: 'model crashed: division by zero'");
    }

    @Test
    void wrongNumberOfValues() throws IOException {
        assertRunFails(problem("wrong-count.sh", ""), "answered '1.5 2.5' to evaluation 1: expected 2 objectives and 1 constraint = 3 numbers, found 2");
    }

    @Test
    void notANumber() throws IOException {
        assertRunFails(problem("not-a-number.sh", ""), "answered '1.5 abc 0' to evaluation 1: value 2 ('abc') is not a finite number");
    }

    @Test
    void nan() throws IOException {
        assertRunFails(problem("nan.sh", ""), "answered 'NaN 1 0' to evaluation 1: value 1 ('NaN') is not a finite number");
    }

    @Test
    void missesTheTimeout() throws IOException {
        assertRunFails(problem("too-slow.sh", ", \"timeoutSeconds\": 0.5"), "did not answer evaluation 1 ('", "within 0.5 s (timeoutSeconds)");
    }

    // ---- batch mode: whole populations through the engines' population-level hook ----

    @Test
    void batchRunsEqualLineByLineRunsInBothEngines() throws IOException {
        for (String engine : new String[] {"moea", "jmetal"}) {
            for (String algorithm : new String[] {"nsga2", "nsga3"}) {
                problem("sum.sh", "");
                Object[] line = cli("run", dir.resolve("problem.json").toString(), "--engine", engine, "--algorithm", algorithm,
                        "--generations", "4", "--population", "8", "--seed", "7", "--out", dir.resolve(engine + algorithm + "-line").toString(), "--quiet");
                assertEquals(0, line[0], (String) line[1]);
                Files.deleteIfExists(dir.resolve("batches.log"));
                problem("batch.sh", ", \"batch\": true");
                Object[] batch = cli("run", dir.resolve("problem.json").toString(), "--engine", engine, "--algorithm", algorithm,
                        "--generations", "4", "--population", "8", "--seed", "7", "--out", dir.resolve(engine + algorithm + "-batch").toString(), "--quiet");
                assertEquals(0, batch[0], (String) batch[1]);
                for (String f : new String[] {"front.csv", "solutions.csv"}) {
                    assertEquals(Files.readString(dir.resolve(engine + algorithm + "-line").resolve(f)),
                            Files.readString(dir.resolve(engine + algorithm + "-batch").resolve(f)), engine + " " + algorithm + " " + f);
                }
                // the start and each of the 4 generations: one batch of the whole population
                assertEquals(java.util.List.of("8", "8", "8", "8", "8"), Files.readAllLines(dir.resolve("batches.log")), engine + " " + algorithm);
            }
        }
    }

    @Test
    void aNumericBatchSplitsPopulations() throws IOException {
        Path problem = problem("batch.sh", ", \"batch\": 5");
        Object[] r = cli("run", problem.toString(), "--generations", "2", "--population", "8", "--out", dir.resolve("run").toString(), "--quiet");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(java.util.List.of("5", "3", "5", "3", "5", "3"), Files.readAllLines(dir.resolve("batches.log")));
    }

    @Test
    void aBadBatchValueIsAnInputError() throws IOException {
        Path problem = problem("batch.sh", ", \"batch\": 0");
        Object[] r = cli("validate", problem.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("$.batch"), (String) r[1]);
    }

    @Test
    void batchModelAnswersTooFewLines() throws IOException {
        for (String engine : new String[] {"moea", "jmetal"}) {
            assertRunFailsIn(engine, problem("batch.sh", "short", ", \"batch\": true, \"timeoutSeconds\": 0.5"),
                    "did not answer evaluation 8 ('", "within 0.5 s (timeoutSeconds)");
        }
    }

    @Test
    void batchModelAnswersTooManyLines() throws IOException {
        for (String engine : new String[] {"moea", "jmetal"}) {
            assertRunFailsIn(engine, problem("batch.sh", "extra", ", \"batch\": true"),
                    "answered an extra line '", "expected one answer line per evaluation");
        }
    }

    @Test
    void batchModelAnswersNaN() throws IOException {
        for (String engine : new String[] {"moea", "jmetal"}) {
            assertRunFailsIn(engine, problem("batch.sh", "nan", ", \"batch\": true"),
                    "answered '1 NaN 0' to evaluation 3: value 2 ('NaN') is not a finite number");
        }
    }

    @Test
    void batchModelExitsEarly() throws IOException {
        for (String engine : new String[] {"moea", "jmetal"}) {
            assertRunFailsIn(engine, problem("batch.sh", "exit", ", \"batch\": true"),
                    "exited with code 4 before answering evaluation 9 ('", "its last error line: 'batch model failed: out of memory'");
        }
    }
}
