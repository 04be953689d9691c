package org.agrifront.cli;

import static org.agrifront.cli.AnalysisCommandsTest.assertOk;
import static org.agrifront.cli.AnalysisCommandsTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrifront.experiment.StudyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code study --export-slurm}, {@code study --status} and {@code report --require-complete} on a 6-run study with runs missing. */
class ClusterCommandsTest {
    @TempDir
    Path root;

    @Test
    void missingRunsAreNamedByIndexAndTheResubmissionCoversExactlyTheirArrayTasks() throws IOException {
        StudyFixtures.write(root.resolve("problems/tiny.json"), """
                {"type": "landuse", "name": "tiny", "synthetic": {"cells": 60, "biomes": 2, "units": 4, "seed": 5},
                 "scenario": {"rcp": "26", "period": "2090-2099"}, "constraintFactor": 0.5}
                """);
        Path spec = StudyFixtures.write(root.resolve("experiments/mini.json"), """
                {"name": "mini", "problems": [{"file": "problems/tiny.json"}],
                 "algorithms": [{"engine": "moea", "name": "nsga2", "population": 12},
                                {"engine": "jmetal", "name": "nsga2", "population": 12}],
                 "seeds": {"count": 3, "base": 1}, "budget": {"generations": 4}, "solutions": false,
                 "analysis": {"bootstrapResamples": 200}}
                """);
        Path out = root.resolve("results/mini"), dir = root.resolve("slurm");
        assertOk(cli("study", spec.toString(), "--out", out.toString(), "--only-run", "0,2-3,5", "--quiet"));

        Object[] status = cli("study", spec.toString(), "--out", out.toString(), "--status");
        assertEquals(1, status[0], "stderr: " + status[2]);
        String text = (String) status[1];
        assertTrue(text.contains("6 runs: 4 complete, 0 queued or running, 2 missing"), text);
        assertTrue(text.contains("missing: 1,4\n  1 tiny/moea-nsga2/seed-2\n  4 tiny/jmetal-nsga2/seed-2\n"), text);
        assertTrue(text.contains("--only-run 1,4"), text);

        Object[] report = cli("report", out.toString(), "--require-complete");
        assertEquals(1, report[0], "stderr: " + report[2]);
        assertTrue(((String) report[1]).contains("(4 of 6 runs)") && ((String) report[1]).contains("missing: 2 runs, indices 1,4"), (String) report[1]);
        assertTrue(Files.isRegularFile(out.resolve("summary.csv")), "the report is written all the same");
        assertOk(cli("report", out.toString()));

        // 2 runs per task: run 1 is in task 0, run 4 in task 2
        Object[] export = cli("study", spec.toString(), "--out", out.toString(), "--export-slurm", dir.toString(), "--runs-per-task", "2",
                "--time", "0:20:00", "--mem", "1G");
        assertOk(export);
        assertTrue(((String) export[1]).contains("6 runs -> 3 array tasks of 2 runs each"), (String) export[1]);
        Object[] again = cli("study", spec.toString(), "--out", out.toString(), "--status");
        assertEquals(1, again[0]);
        assertTrue(((String) again[1]).contains("  sbatch --array=0,2 '" + dir.toAbsolutePath().resolve("study.sbatch") + "'\n"), (String) again[1]);

        Object[] badTime = cli("study", spec.toString(), "--export-slurm", dir.toString(), "--time", "2 hours");
        assertEquals(2, badTime[0]);
        assertTrue(((String) badTime[2]).contains("--time: expected a Slurm time limit"), (String) badTime[2]);
        Object[] noExport = cli("study", spec.toString(), "--mem", "2G");
        assertEquals(2, noExport[0]);
        assertTrue(((String) noExport[2]).contains("apply only with --export-slurm"), (String) noExport[2]);
    }
}
