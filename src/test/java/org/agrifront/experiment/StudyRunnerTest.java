package org.agrifront.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.io.InputException;
import org.agrifront.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study's results depend on (spec, seed) only: not on the thread count, nor on being killed and resumed. */
class StudyRunnerTest {
    @TempDir
    Path root;

    @Test
    void oneAndTwoThreadsGiveTheSameBytesAndResumingRedoesOnlyTheMissingRuns() throws Exception {
        Study study = StudyReader.read(StudyFixtures.landUseStudy(root, 3, 2));
        assertEquals(12, study.tasks().size());
        assertEquals(9, study.algorithms().get(0).generations()); // 200 evaluations / 20 = 10 populations

        Path one = root.resolve("results/one"), two = root.resolve("results/two");
        assertEquals(new StudyRunner.Outcome(12, 0, 12), StudyRunner.run(study, one, 1, null, null));
        assertEquals(new StudyRunner.Outcome(12, 0, 12), StudyRunner.run(study, two, 2, null, null));
        Report.write(one);
        Report.write(two);
        String a = StudyFixtures.deterministicContent(one);
        assertEquals(a, StudyFixtures.deterministicContent(two));
        assertTrue(a.contains("== summary.csv\nproblem,engine,algorithm,indicator,n,mean,sd,median,iqr,cv,ci_low,ci_high\n"));
        assertTrue(a.contains("tiny-landuse/jmetal-nsga3/seed-3/trace-fronts.csv"));

        // a killed study: three runs without run.json, one of them with a half-written temporary file
        List<RunTask> tasks = study.tasks();
        for (int i : new int[] {0, 5, 11}) Files.delete(two.resolve(tasks.get(i).relativeDir()).resolve("run.json"));
        Path stale = two.resolve(tasks.get(5).relativeDir()).resolve(".front.csv.123.tmp");
        Files.writeString(stale, "half");
        assertFalse(StudyStore.isComplete(two.resolve(tasks.get(5).relativeDir())));

        assertEquals(new StudyRunner.Outcome(12, 9, 3), StudyRunner.run(study, two, 2, null, null));
        assertFalse(Files.exists(stale));
        Report.write(two);
        assertEquals(a, StudyFixtures.deterministicContent(two));
        assertEquals(Files.readString(one.resolve("summary.csv")), Files.readString(two.resolve("summary.csv")));

        // nothing left to do
        assertEquals(new StudyRunner.Outcome(12, 12, 0), StudyRunner.run(study, two, 2, null, null));
    }

    @Test
    void selectedRunsForAJobArrayMergeIntoTheSameStore() throws Exception {
        Study study = StudyReader.read(StudyFixtures.landUseStudy(root, 1, 1));
        Path merged = root.resolve("results/merged"), whole = root.resolve("results/whole");
        for (int i = 0; i < 4; i++) StudyRunner.run(study, merged, 1, List.of(i), null); // one "array task" each
        StudyRunner.run(study, whole, 2, null, null);
        Report.write(merged);
        Report.write(whole);
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(merged.resolve("summary.csv")));
        assertThrows(IllegalArgumentException.class, () -> StudyRunner.run(study, merged, 1, List.of(4), null));

        SlurmExport.write(study, root.resolve("experiments/tiny.json"), merged, root.resolve("slurm"), SlurmOptions.defaults(),
                root.resolve("agrifront.jar"), root);
        String script = Files.readString(root.resolve("slurm/study.sbatch"));
        assertTrue(script.contains("#SBATCH --array=0-3\n"), script);
        assertTrue(script.contains("--only-run \"$first-$last\" --threads 1 --no-report"), script);
        assertEquals(5, Files.readAllLines(root.resolve("slurm/tasks.csv")).size());
    }

    @Test
    void aCompletedRunMadeWithOtherSettingsIsNotSilentlyReused() throws Exception {
        Path spec = StudyFixtures.landUseStudy(root, 1, 1);
        Path out = root.resolve("results/changed");
        StudyRunner.run(StudyReader.read(spec), out, 1, List.of(0), null);
        Files.writeString(spec, Files.readString(spec).replace("\"evaluations\": 200", "\"evaluations\": 400"));
        Study changed = StudyReader.read(spec);
        InputException e = assertThrows(InputException.class, () -> StudyRunner.run(changed, out, 1, List.of(0), null));
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
    }
}
