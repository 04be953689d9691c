package org.agrifront.problems.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.cli.Main;
import org.agrifront.io.TextTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * problems/examples/external (ZDT1 in Python, standard library only) through the command line: a short NSGA-II run
 * approaches the known front f2 = 1 - sqrt(f1), and a study running two seeds on two threads (one process each)
 * writes the same fronts as on one thread.
 */
class PythonExampleTest {
    static final Path PROBLEM = Path.of("problems", "examples", "external", "problem.json").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPython() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            ok = p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        Assumptions.assumeTrue(ok, "python3 is not on the PATH: skipping the Python example");
    }

    static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), args);
        assertEquals(0, code, err.toString());
        return code;
    }

    @Test
    void nsga2ApproachesTheZdt1Front() {
        cli("run", PROBLEM.toString(), "--generations", "60", "--seed", "1", "--out", dir.resolve("run").toString(), "--quiet");
        TextTable t = TextTable.read(dir.resolve("run/front.csv"), TextTable.Delimiter.COMMA);
        assertTrue(t.size() >= 20, "front points: " + t.size());
        double worst = 0;
        for (int r = 0; r < t.size(); r++) {
            double f1 = t.number(r, "f1"), f2 = t.number(r, "f2");
            assertTrue(f2 >= 1 - Math.sqrt(f1) - 1e-12, "no point beyond the true front");
            worst = Math.max(worst, f2 - (1 - Math.sqrt(f1)));
        }
        assertTrue(worst < 0.5, "every point within 0.5 of the front after 60 generations, worst " + worst);
    }

    @Test
    void aStudyOnTwoThreadsEqualsOneThread() throws IOException {
        for (int threads : new int[] {1, 2}) {
            Path study = dir.resolve("study" + threads + ".json");
            Files.writeString(study, """
                    {"name": "zdt1-%d", "problems": [{"file": "%s"}],
                     "algorithms": [{"engine": "moea", "name": "nsga2", "population": 20}],
                     "seeds": {"count": 2, "base": 1}, "budget": {"generations": 10}, "threads": %d}
                    """.formatted(threads, PROBLEM.toString().replace("\\", "/"), threads));
            cli("study", study.toString(), "--out", dir.resolve("out" + threads).toString());
        }
        List<Path> fronts;
        try (var s = Files.walk(dir.resolve("out1"))) {
            fronts = s.filter(p -> p.getFileName().toString().equals("front.csv")).toList();
        }
        assertEquals(2, fronts.size());
        for (Path f : fronts) {
            Path other = dir.resolve("out2").resolve(dir.resolve("out1").relativize(f));
            assertEquals(Files.readString(f), Files.readString(other), f.toString());
        }
    }

    @Test
    void initExternalWritesAWorkingModelWhoseBatchModeGivesTheSameRun() throws IOException {
        Path model = dir.resolve("my-model");
        cli("init", "external", model.toString());
        cli("validate", model.resolve("problem.json").toString());
        cli("run", model.resolve("problem.json").toString(), "--generations", "5", "--population", "20", "--seed", "3",
                "--out", dir.resolve("line").toString(), "--quiet");
        String json = Files.readString(model.resolve("problem.json"));
        Files.writeString(model.resolve("problem.json"), json.replace("\"batch\": false", "\"batch\": true")
                .replace("[\"python3\", \"model.py\"]", "[\"python3\", \"model.py\", \"--batch\"]"));
        cli("run", model.resolve("problem.json").toString(), "--generations", "5", "--population", "20", "--seed", "3",
                "--out", dir.resolve("batch").toString(), "--quiet");
        String front = Files.readString(dir.resolve("line/front.csv"));
        assertTrue(front.startsWith("yield,leaching,budget,feasible"), front.lines().findFirst().orElse(""));
        assertEquals(front, Files.readString(dir.resolve("batch/front.csv")));
        TextTable t = TextTable.read(dir.resolve("line/front.csv"), TextTable.Delimiter.COMMA);
        for (int r = 0; r < t.size(); r++) {
            assertTrue(t.number(r, "yield") > 0 && t.number(r, "yield") < 12 * 1.09 + 1e-9, "yield within the model's range");
            assertTrue(t.number(r, "leaching") >= 5 - 1e-9, "leaching at least its floor of 5");
        }
    }
}
