package org.agrifront.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agrifront.experiment.StudyFixtures;
import org.agrifront.experiment.StudyReader;
import org.agrifront.experiment.StudyRunner;
import org.agrifront.io.TextTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the report of a tiny land-use study in headless Chromium (Debian's {@code chromium}, which {@code .ci/run}
 * installs) and checks that the front explorer's script ran: one SVG point per row of every run's {@code front.csv},
 * a point selected through the page address shows its objective values and its allocation map, and a brush keeps
 * exactly the rows inside it. Skips with a message where no Chromium is installed.
 */
class ExplorerChromiumTest {
    @TempDir
    Path root;

    @Test
    void theExplorerDrawsEveryFrontRowAndShowsTheAllocationOfTheSelectedPoint() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "Chromium not installed (apt-get install chromium): explorer not checked in a browser");
        StudyFixtures.landUse(root);
        Path spec = StudyFixtures.write(root.resolve("experiments/tiny.json"), """
                {"name": "tiny",
                 "problems": [{"file": "problems/tiny-landuse.json"}],
                 "algorithms": [{"engine": "moea", "name": "nsga2", "population": 12},
                                {"engine": "jmetal", "name": "nsga2", "population": 12}],
                 "seeds": {"count": 2, "base": 1},
                 "budget": {"generations": 5}, "traceInterval": 1,
                 "analysis": {"bootstrapResamples": 200}}
                """);
        Path out = root.resolve("results/tiny");
        StudyRunner.run(StudyReader.read(spec), out, 1, null, null);
        Report.write(out);

        // every front.csv row of every run, and the carbon values of one run's rows for the brush
        int rows = 0;
        Path chosen = out.resolve("tiny-landuse/moea-nsga2/seed-2");
        for (String alg : List.of("moea-nsga2", "jmetal-nsga2")) {
            for (int seed = 1; seed <= 2; seed++) rows += TextTable.read(out.resolve("tiny-landuse/" + alg + "/seed-" + seed + "/front.csv"), TextTable.Delimiter.COMMA).size();
        }
        TextTable front = TextTable.read(chosen.resolve("front.csv"), TextTable.Delimiter.COMMA);
        int index = front.size() - 1;
        List<Double> carbon = new ArrayList<>();
        for (String alg : List.of("moea-nsga2", "jmetal-nsga2")) {
            for (int seed = 1; seed <= 2; seed++) {
                TextTable t = TextTable.read(out.resolve("tiny-landuse/" + alg + "/seed-" + seed + "/front.csv"), TextTable.Delimiter.COMMA);
                for (int r = 0; r < t.size(); r++) carbon.add(t.number(r, "carbon"));
            }
        }
        List<Double> sorted = carbon.stream().sorted().toList();
        double lo = sorted.get(0), hi = sorted.get(sorted.size() / 2); // keeps the lower half (and ties)
        long inside = carbon.stream().filter(c -> c >= lo && c <= hi).count();

        String dom = dump(chromium, out.resolve(Report.HTML), "#select=moea-nsga2/seed-2:" + index + "&brush=carbon:" + lo + ":" + hi);
        assertTrue(dom.contains("data-explorer=\"ready\""), "the script did not finish: " + attribute(dom, "data-explorer"));
        assertEquals(rows, count(dom, "<circle[^>]*class=\"pt\"[^>]*>"), "one SVG point per front.csv row");
        assertEquals(rows, count(dom, "<circle[^>]*data-run=\"[^\"]+\" data-index=\"\\d+\""), "points carry data-run and data-index");
        assertTrue(dom.contains("data-selected=\"moea-nsga2/seed-2:" + index + "\""), "the selection shows its detail");
        assertTrue(dom.contains("seed 2, front row " + index), "detail heading");
        // the allocation map: one rectangle per cell of the tiny problem (120 cells), and the option shares
        Matcher map = Pattern.compile("<svg[^>]*class=\"ex-map\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(dom);
        assertTrue(map.find(), "allocation map");
        assertEquals(120, count(map.group(1), "<rect"), "one cell per rectangle");
        assertTrue(dom.contains("class=\"ex-shares\""), "option shares");
        assertTrue(dom.contains(inside + " of " + rows + " points shown inside the brushes on 1 axis."),
                "brush count: expected " + inside + " of " + rows + " in " + text(dom, "ex-count"));
    }

    /** Chromium's DOM after the page's scripts ran (virtual time, so no sleeping). */
    static String dump(String chromium, Path html, String hash) throws Exception {
        Path log = Files.createTempFile("chromium", ".log");
        try {
            Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                    "--dump-dom", html.toUri() + hash).redirectError(log.toFile()).start();
            byte[] dom = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
            assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(log));
            return new String(dom, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The first of chromium, chromium-browser, google-chrome on the PATH, or null. */
    static String chromium() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
            }
        }
        return null;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "(absent)";
    }

    private static String text(String dom, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + cssClass + "\">([^<]*)<").matcher(dom);
        return m.find() ? m.group(1) : "(absent)";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
