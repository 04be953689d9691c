package org.agrifront.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agrifront.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmExportTest {
    @TempDir
    Path root;

    private static SlurmOptions options(Integer runsPerTask, Integer threads, Integer maxArraySize) {
        return SlurmOptions.defaults().with(new SlurmOptions.Flags(runsPerTask, threads, maxArraySize, null, null, null, null,
                null, null, null, null, null, null));
    }

    @Test
    void aStudyOf2400RunsIsCutIntoArraysWhoseIndicesStayBelowMaxArraySize() {
        SlurmExport.Plan plan = SlurmExport.plan("methods", 2400, options(null, null, null));
        assertEquals(List.of(new SlurmExport.Part("study-1.sbatch", "agrifront-methods-1", 0, 1001),
                new SlurmExport.Part("study-2.sbatch", "agrifront-methods-2", 1001, 1001),
                new SlurmExport.Part("study-3.sbatch", "agrifront-methods-3", 2002, 398)), plan.parts());
        assertEquals(2, plan.part(2399));
        assertEquals(397, plan.arrayIndex(2399));
        assertEquals(1, plan.part(1001));
        assertEquals(0, plan.arrayIndex(1001));
        assertEquals(1000, plan.arrayIndex(1000));

        // 5 runs per task: 480 tasks, one array; the last task's runs end at the last run
        SlurmExport.Plan five = SlurmExport.plan("methods", 2400, options(5, 2, null));
        assertEquals(1, five.parts().size());
        assertEquals(480, five.arrayTasks());
        assertEquals(2, five.threads());
        assertArrayEquals(new int[] {2395, 2399}, five.runs(0, 479));

        // 7 runs per task and arrays of 100: the last task holds 2400 - 342 * 7 = 6 runs
        SlurmExport.Plan seven = SlurmExport.plan("methods", 2400, options(7, null, 100));
        assertEquals(4, seven.parts().size());
        assertEquals(43, seven.parts().get(3).tasks());
        assertArrayEquals(new int[] {2394, 2399}, seven.runs(3, 42));
        assertEquals(3, seven.part(2399));
        assertEquals(42, seven.arrayIndex(2399));
    }

    @Test
    void scriptsCarryPathsWithSpacesQuotesAndPercentSignsIntact() throws Exception {
        Path base = root.resolve("it's a 100% \"test\", really");
        Path spec = StudyFixtures.landUseStudy(base, 2, 1);
        Study study = StudyReader.read(spec);
        Path stub = StudyFixtures.write(base.resolve("bin/java"), "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        stub.toFile().setExecutable(true);
        SlurmOptions o = SlurmOptions.defaults().with(new SlurmOptions.Flags(3, 2, null, 2, "1:30:00", "2G", null, "short", "proj-1",
                null, List.of("--constraint=skylake"), List.of("module load java/17 || true"), stub.toString()));
        Path out = base.resolve("results"), dir = base.resolve("slurm");
        SlurmExport.write(study, spec, out, dir, o, base.resolve("agrifront.jar"), base);

        String script = Files.readString(dir.resolve("study.sbatch"));
        assertTrue(script.contains("#SBATCH --array=0-2%2\n"), script); // 8 runs, 3 per task
        assertTrue(script.contains("#SBATCH --cpus-per-task=2\n#SBATCH --time=1:30:00\n#SBATCH --mem=2G\n#SBATCH --partition=short\n"
                + "#SBATCH --account=proj-1\n"), script);
        assertTrue(script.contains("#SBATCH --output=\"" + dir.toString().replace("%", "%%").replace("\"", "\\\"") + "/logs/%A_%a.out\"\n"), script);
        assertTrue(script.contains("#SBATCH --constraint=skylake\n"), script);
        assertTrue(script.contains("-Xmx1536m"), script);
        // every #SBATCH line comes before the first command, or sbatch ignores it
        int lastDirective = script.lastIndexOf("#SBATCH"), firstCommand = script.indexOf("\nset ");
        assertTrue(lastDirective < firstCommand, script);
        assertTrue(Files.isDirectory(dir.resolve("logs")));

        // run the last array task with the stub: the arguments arrive as single words, runs 6-7
        var env = new ProcessBuilder("bash", dir.resolve("study.sbatch").toString());
        env.environment().put("SLURM_ARRAY_TASK_ID", "2");
        Process q = env.redirectErrorStream(true).start();
        List<String> args = new String(q.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, q.waitFor());
        assertEquals(List.of("-Xmx1536m", "-jar", base.resolve("agrifront.jar").toString(), "study", spec.toString(), "--out",
                out.toString(), "--only-run", "6-7", "--threads", "2", "--no-report"), args.subList(args.size() - 12, args.size()));

        List<String> csv = Files.readAllLines(dir.resolve("tasks.csv"));
        assertEquals(9, csv.size());
        assertEquals("7,study.sbatch,2,tiny-landuse,jmetal-nsga3,2,\"" + out.resolve("tiny-landuse/jmetal-nsga3/seed-2").toString()
                .replace("\"", "\"\"") + "\"", csv.get(8));
        String report = Files.readString(dir.resolve("report.sbatch"));
        assertTrue(report.contains(" report '" + out.toString().replace("'", "'\\''") + "' --require-complete\n"), report);
        assertTrue(Files.readString(dir.resolve("submit.sh")).contains("--dependency=\"afterany$after\""));
    }

    @Test
    void statusNamesMissingRunsAndTheArrayIndicesThatResubmitThem() throws Exception {
        Study study = StudyReader.read(StudyFixtures.landUseStudy(root, 1, 1)); // 4 runs
        Path out = root.resolve("results/tiny"), dir = root.resolve("slurm");
        SlurmExport.write(study, study.file(), out, dir, options(null, null, 2), root.resolve("agrifront.jar"), root);
        assertTrue(Files.exists(dir.resolve("study-1.sbatch")) && Files.exists(dir.resolve("study-2.sbatch")));
        StudyRunner.run(study, out, 1, List.of(0, 3), null);

        StudyStatus.Report r = StudyStatus.of(study, out, Map.of());
        assertFalse(r.isComplete());
        assertEquals(List.of(0, 3), r.complete().stream().map(RunTask::index).toList());
        assertEquals(List.of(1, 2), r.missing().stream().map(c -> c.task().index()).toList());
        assertEquals(List.of("sbatch --array=1 '" + dir.toAbsolutePath().resolve("study-1.sbatch") + "'",
                "sbatch --array=0 '" + dir.toAbsolutePath().resolve("study-2.sbatch") + "'"), r.resubmitLines());

        // run 2 queued in the second array (index 0): not missing, so not resubmitted
        StudyStatus.Report queued = StudyStatus.of(study, out, Map.of("agrifront-tiny-2", java.util.Set.of(0)));
        assertEquals(List.of(2), queued.active().stream().map(RunTask::index).toList());
        assertEquals(List.of("sbatch --array=1 '" + dir.toAbsolutePath().resolve("study-1.sbatch") + "'"), queued.resubmitLines());

        List<Integer> reported = new ArrayList<>();
        for (StudyStore.MissingRun m : StudyStore.missingRuns(out)) reported.add(m.index());
        assertEquals(List.of(1, 2), reported);
    }

    @Test
    void rangesAndSqueueArrayFields() {
        assertEquals("0-3,7,9-11", StudyStatus.ranges(List.of(0, 1, 2, 3, 7, 9, 10, 11)));
        assertEquals("5", StudyStatus.ranges(List.of(5)));
        assertEquals("", StudyStatus.ranges(List.of()));
        assertEquals(java.util.Set.of(3, 4, 5, 8), StudyStatus.arrayIndices("[3-5,8%2]"));
        assertEquals(java.util.Set.of(7), StudyStatus.arrayIndices("7"));
        assertEquals(java.util.Set.of(), StudyStatus.arrayIndices("N/A"));
    }

    @Test
    void siteOptionsAreCheckedWhereTheyAreWritten() throws Exception {
        Path spec = StudyFixtures.landUseStudy(root, 1, 1);
        String text = Files.readString(spec);
        Files.writeString(spec, text.replace("\"solutions\": false,", "\"solutions\": false, \"slurm\": {\"time\": \"2 hours\"},"));
        InputException e = assertThrows(InputException.class, () -> StudyReader.read(spec));
        assertTrue(e.getMessage().contains("$.slurm.time") && e.getMessage().contains("'2 hours'"), e.getMessage());

        Files.writeString(spec, text.replace("\"solutions\": false,", "\"solutions\": false, \"slurm\": {\"runsPerTask\": 4, \"mem\": \"3g\"},"));
        SlurmOptions o = StudyReader.slurm(spec);
        assertEquals(4, o.runsPerTask());
        assertEquals("3G", o.mem());
        assertEquals("2304m", o.xmx());
        assertEquals(2, o.with(new SlurmOptions.Flags(2, null, null, null, null, null, null, null, null, null, null, null, null)).runsPerTask());

        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> o.with(new SlurmOptions.Flags(null, null, null,
                null, null, null, null, null, null, null, List.of("--array=0-9"), null, null)));
        assertTrue(f.getMessage().startsWith("--sbatch: "), f.getMessage());
        assertThrows(IllegalArgumentException.class, () -> o.with(new SlurmOptions.Flags(null, null, null, null, null, null, null,
                null, null, null, null, null, "bin/java")));
        assertThrows(IllegalArgumentException.class, () -> o.with(new SlurmOptions.Flags(null, null, null, null, null, "2GB", null,
                null, null, null, null, null, null)));
    }

    @Test
    void theGeneratedDataCacheIsReadableByOtherUsersJobs() throws Exception {
        StudyReader.read(StudyFixtures.landUseStudy(root, 1, 1)); // generates the synthetic instance into results/data
        Path cache = root.resolve("results/data");
        List<Path> all;
        try (var files = Files.walk(cache)) {
            all = files.filter(f -> !f.equals(cache)).toList();
        }
        assertFalse(all.isEmpty());
        for (Path f : all) {
            var perms = Files.getPosixFilePermissions(f);
            assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                    && perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), f + " " + perms);
            if (Files.isDirectory(f)) assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE), f + " " + perms);
        }
    }

    @Test
    void nodeLocalFoldersAreNamed() {
        List<String> warnings = new ArrayList<>();
        SlurmExport.nodeLocal("the result folder (--out)", Path.of("/tmp/me/results"), warnings);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("/tmp/me/results is under /tmp"), warnings.get(0));
    }
}
