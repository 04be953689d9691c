package org.agrifront.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.cli.Main;
import org.agrifront.io.InputException;
import org.agrifront.report.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study store reuses only runs it can vouch for: damaged files are redone, a changed problem or other settings
 * are refused before anything is written, and one study at a time holds a store.
 */
class StudyStoreIntegrityTest {
    @TempDir
    Path root;
    Path spec, out;
    Study study;
    String summary;

    /** Warnings a call printed, one per line. */
    final List<String> warnings = new ArrayList<>();
    final StudyRunner.Progress progress = new StudyRunner.Progress() {
        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

    @BeforeEach
    void finishedStudy() throws Exception {
        spec = StudyFixtures.landUseStudy(root, 1, 1);
        Files.writeString(spec, Files.readString(spec).replace("\"solutions\": false", "\"solutions\": true"));
        study = StudyReader.read(spec);
        out = root.resolve("results/tiny");
        assertEquals(new StudyRunner.Outcome(4, 0, 4), StudyRunner.run(study, out, 1, null, progress));
        Report.write(out);
        summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    Path run(int task) {
        return out.resolve(study.tasks().get(task).relativeDir());
    }

    @Test
    void damagedRunsAreFoundAndRedoneAndTheSummaryIsAsBefore() throws Exception {
        // 1: front.csv cut at a row boundary (header and first row kept)
        Path front = run(0).resolve(RunFiles.FRONT);
        List<String> rows = Files.readAllLines(front);
        assertTrue(rows.size() > 2, "a front of several rows: " + rows.size());
        Files.writeString(front, rows.get(0) + "\n" + rows.get(1) + "\n");
        // 2: a feasible flag flipped, same length
        Path flipped = run(1).resolve(RunFiles.FRONT);
        String text = Files.readString(flipped);
        assertTrue(text.contains(",true\n"), text);
        Files.writeString(flipped, text.replaceFirst(",true\n", ",fals\n"));
        // 3: run.json cut in the middle
        Path runJson = run(2).resolve(RunFiles.RUN);
        Files.writeString(runJson, Files.readString(runJson).substring(0, 200));
        // 4: solutions.csv cut
        Path solutions = run(3).resolve(RunFiles.SOLUTIONS);
        Files.writeString(solutions, Files.readString(solutions).substring(0, 50));

        InputException refused = assertThrows(InputException.class, () -> Report.write(out));
        assertTrue(refused.getMessage().contains("damaged run (front.csv has "), refused.getMessage());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));

        List<StudyStore.RunCheck> checks = StudyStore.verify(study, out);
        assertEquals(List.of(StudyStore.Condition.DAMAGED, StudyStore.Condition.DAMAGED, StudyStore.Condition.DAMAGED,
                StudyStore.Condition.DAMAGED), checks.stream().map(StudyStore.RunCheck::condition).toList());
        assertTrue(checks.get(0).detail().startsWith("front.csv has "), checks.get(0).detail());
        assertTrue(checks.get(1).detail().contains("front.csv was changed"), checks.get(1).detail());
        assertTrue(checks.get(2).detail().startsWith("run.json is unreadable (Unexpected end-of-input"), checks.get(2).detail());
        assertTrue(checks.get(3).detail().startsWith("solutions.csv has 50 bytes"), checks.get(3).detail());
        assertEquals(1, cli("study", spec.toString(), "--out", out.toString(), "--verify"));

        assertEquals(new StudyRunner.Outcome(4, 0, 4), StudyRunner.run(study, out, 1, null, progress));
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("re-running tiny-landuse/moea-nsga2/seed-1: front.csv has"), warnings.get(0));
        Report.write(out);
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        assertTrue(StudyStore.verify(study, out).stream().allMatch(c -> c.condition() == StudyStore.Condition.OK));
        assertEquals(0, cli("study", spec.toString(), "--out", out.toString(), "--verify"));
    }

    @Test
    void aProblemChangedUnderTheSameNameIsRefusedUnlessRerunIsAskedFor() throws Exception {
        byte[] manifest = Files.readAllBytes(out.resolve(StudyStore.MANIFEST));
        String before = StudyFixtures.deterministicContent(out);
        Path problem = root.resolve("problems/tiny-landuse.json");
        for (String changed : new String[] {
                Files.readString(problem).replace("\"seed\": 5", "\"seed\": 6"),                       // another synthetic instance
                Files.readString(problem).replace("}}", "},\n \"constraintFactor\": 0.9}")}) {       // a tighter constraint
            Files.writeString(problem, changed);
            Study now = StudyReader.read(spec);
            InputException e = assertThrows(InputException.class, () -> StudyRunner.run(now, out, 1, null, progress));
            assertTrue(e.getMessage().contains("4 completed runs were made on another version of problem tiny-landuse"), e.getMessage());
            assertTrue(e.getMessage().contains("--rerun-changed"), e.getMessage());
            assertArrayEquals(manifest, Files.readAllBytes(out.resolve(StudyStore.MANIFEST)));
            assertEquals(before, StudyFixtures.deterministicContent(out));
            assertEquals(StudyStore.Condition.PROBLEM_CHANGED, StudyStore.verify(now, out).get(0).condition());
        }
        Study now = StudyReader.read(spec);
        assertEquals(new StudyRunner.Outcome(4, 0, 4),
                StudyRunner.run(now, out, 1, null, progress, new StudyRunner.Options(true, true)));
        assertEquals(4, warnings.size());
        assertTrue(StudyStore.verify(now, out).stream().allMatch(c -> c.condition() == StudyStore.Condition.OK));
        // a description is no part of the problem
        Files.writeString(problem, Files.readString(problem).replace("{\"type\"", "{\"description\": \"edited\", \"type\""));
        assertEquals(new StudyRunner.Outcome(4, 4, 0), StudyRunner.run(StudyReader.read(spec), out, 1, null, progress));
    }

    @Test
    void aResumeRefusedForOtherSettingsLeavesTheStoreAsItWas() throws Exception {
        byte[] manifest = Files.readAllBytes(out.resolve(StudyStore.MANIFEST));
        Files.writeString(spec, Files.readString(spec).replace("\"evaluations\": 200", "\"evaluations\": 400"));
        Study changed = StudyReader.read(spec);
        InputException e = assertThrows(InputException.class, () -> StudyRunner.run(changed, out, 1, null, progress));
        assertTrue(e.getMessage().contains("other settings"), e.getMessage());
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve(StudyStore.MANIFEST)));
        assertTrue(!Files.exists(out.resolve(StoreLock.FILE)), "the lock is released");
        Report.write(out);
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        assertTrue(Files.readString(out.resolve(StudyStore.MANIFEST)).contains("\"evaluations\" : 200"));
    }

    @Test
    void aSecondStudyOnTheSameStoreIsBlockedAndAStaleLockIsTakenOver() throws Exception {
        Files.delete(run(0).resolve(RunFiles.RUN));
        try (StoreLock held = StoreLock.acquire(out, warnings::add)) {
            InputException e = assertThrows(InputException.class, () -> StudyRunner.run(study, out, 1, null, progress));
            assertTrue(e.getMessage().contains("another study is using this result folder (process " + ProcessHandle.current().pid()),
                    e.getMessage());
            assertTrue(!Files.exists(run(0).resolve(RunFiles.RUN)), "nothing ran");
        }
        assertTrue(!Files.exists(out.resolve(StoreLock.FILE)));

        // killed: a lock whose process has ended
        Process gone = new ProcessBuilder("java", "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Files.writeString(out.resolve(StoreLock.FILE), "{\"pid\":" + gone.pid() + ",\"host\":\"" + StoreLock.host()
                + "\",\"started\":\"2026-01-01T00:00:00Z\"}");
        assertEquals(new StudyRunner.Outcome(4, 3, 1), StudyRunner.run(study, out, 1, null, progress));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("process " + gone.pid() + " is not running"), warnings.get(0));
        assertTrue(!Files.exists(out.resolve(StoreLock.FILE)));

        // a live PID that belongs to another process now (started at another time than the lock says)
        Files.writeString(out.resolve(StoreLock.FILE), "{\"pid\":" + ProcessHandle.current().pid() + ",\"host\":\""
                + StoreLock.host() + "\",\"started\":\"2000-01-01T00:00:00Z\"}");
        assertEquals(new StudyRunner.Outcome(4, 4, 0), StudyRunner.run(study, out, 1, null, progress));
        assertTrue(warnings.get(1).contains("PID reused"), warnings.get(1));
        Report.write(out);
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
    }

    static int cli(String... args) {
        return Main.execute(new PrintWriter(new StringWriter(), true), args);
    }
}
