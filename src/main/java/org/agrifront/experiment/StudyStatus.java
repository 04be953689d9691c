package org.agrifront.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Where a study stands ({@code study SPEC --status}): each run complete, queued or running in a Slurm array task
 * (when {@code squeue} answers), or missing, by its index in {@code tasks.csv}; and, for an exported study, the
 * {@code sbatch --array=…} lines that resubmit exactly the array tasks holding missing runs.
 */
public final class StudyStatus {
    private StudyStatus() {
    }

    /**
     * @param complete the runs done and intact
     * @param active   runs whose array task is queued or running now
     * @param missing  runs to (re)do: not run, or damaged
     * @param refused  completed runs a resume refuses (other settings or a changed problem; see {@code --verify})
     * @param state    the export, null when the study was not exported into this result folder
     */
    public record Report(int total, List<RunTask> complete, List<RunTask> active, List<StudyStore.RunCheck> missing,
                         List<StudyStore.RunCheck> refused, SlurmExport.State state) {
        public boolean isComplete() {
            return complete.size() == total;
        }

        /** {@code sbatch --array=… SCRIPT} for each array job with missing runs, throttle kept. */
        public List<String> resubmitLines() {
            List<String> out = new ArrayList<>();
            if (state == null || missing.isEmpty()) return out;
            SlurmExport.Plan plan = state.plan();
            Map<Integer, TreeSet<Integer>> byPart = new TreeMap<>();
            for (StudyStore.RunCheck c : missing) {
                int run = c.task().index();
                if (run >= plan.runs()) continue; // the spec grew since the export: export again
                byPart.computeIfAbsent(plan.part(run), k -> new TreeSet<>()).add(plan.arrayIndex(run));
            }
            for (var e : byPart.entrySet()) {
                String script = state.exportDir().resolve(plan.parts().get(e.getKey()).script()).toString();
                out.add("sbatch --array=" + ranges(e.getValue()) + (plan.throttle() == null ? "" : "%" + plan.throttle())
                        + " " + SlurmExport.shell(script));
            }
            return out;
        }
    }

    /**
     * Checks every run of {@code study} in {@code out}; {@code queue} maps an array job name to the array indices
     * queued or running (empty when unknown).
     */
    public static Report of(Study study, Path out, Map<String, Set<Integer>> queue) {
        SlurmExport.State state = SlurmExport.readState(out);
        List<RunTask> complete = new ArrayList<>(), active = new ArrayList<>();
        List<StudyStore.RunCheck> missing = new ArrayList<>(), refused = new ArrayList<>();
        List<StudyStore.RunCheck> checks = java.nio.file.Files.isDirectory(out) ? StudyStore.verify(study, out) : notRun(study);
        for (StudyStore.RunCheck c : checks) {
            switch (c.condition()) {
                case OK -> complete.add(c.task());
                case OTHER_SETTINGS, PROBLEM_CHANGED -> refused.add(c);
                case NOT_RUN, DAMAGED -> {
                    if (queued(state, c.task().index(), queue)) active.add(c.task());
                    else missing.add(c);
                }
            }
        }
        return new Report(checks.size(), complete, active, missing, refused, state);
    }

    private static List<StudyStore.RunCheck> notRun(Study study) {
        List<StudyStore.RunCheck> out = new ArrayList<>();
        for (RunTask t : study.tasks()) out.add(new StudyStore.RunCheck(t, StudyStore.Condition.NOT_RUN, null));
        return out;
    }

    private static boolean queued(SlurmExport.State state, int run, Map<String, Set<Integer>> queue) {
        if (state == null || run >= state.plan().runs()) return false;
        SlurmExport.Plan plan = state.plan();
        Set<Integer> indices = queue.get(plan.parts().get(plan.part(run)).jobName());
        return indices != null && indices.contains(plan.arrayIndex(run));
    }

    /** {@code 0-3,7,9-11}: ascending integers as Slurm's (and {@code --only-run}'s) range list. */
    public static String ranges(Iterable<Integer> sorted) {
        StringBuilder s = new StringBuilder();
        Integer start = null, prev = null;
        for (int i : sorted) {
            if (prev != null && i == prev + 1) {
                prev = i;
                continue;
            }
            if (start != null) s.append(s.isEmpty() ? "" : ",").append(start.equals(prev) ? "" + start : start + "-" + prev);
            start = prev = i;
        }
        if (start != null) s.append(s.isEmpty() ? "" : ",").append(start.equals(prev) ? "" + start : start + "-" + prev);
        return s.toString();
    }

    /**
     * Array tasks of this user's jobs named in {@code jobNames} that {@code squeue} shows queued or running; null when
     * squeue is not there or fails (then nothing counts as queued).
     */
    public static Map<String, Set<Integer>> squeue(Set<String> jobNames) {
        if (jobNames.isEmpty()) return Map.of();
        List<String> cmd = List.of("squeue", "--noheader", "--array", "--user=" + System.getProperty("user.name"),
                "--name=" + String.join(",", jobNames), "--format=%j|%K|%T");
        Path listing = null;
        try {
            // output to a file, not a pipe: a large array lists thousands of lines, and a hung squeue must not hang us
            listing = java.nio.file.Files.createTempFile("agrifront-squeue", ".txt");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(listing.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0) return null;
            Map<String, Set<Integer>> out = new HashMap<>();
            for (String line : java.nio.file.Files.readAllLines(listing, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\|");
                if (f.length < 2 || !jobNames.contains(f[0])) continue;
                for (int i : arrayIndices(f[1])) out.computeIfAbsent(f[0], k -> new HashSet<>()).add(i);
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (listing != null) listing.toFile().delete();
        }
    }

    /** squeue's %K: {@code 7}, or for a pending remainder {@code 3-9%2} / {@code [3-5,8]}. */
    static Set<Integer> arrayIndices(String k) {
        Set<Integer> out = new TreeSet<>();
        String s = k.replace("[", "").replace("]", "");
        int pct = s.indexOf('%');
        if (pct >= 0) s = s.substring(0, pct);
        for (String part : s.split(",")) {
            try {
                int dash = part.indexOf('-');
                int a = Integer.parseInt(dash < 0 ? part.trim() : part.substring(0, dash).trim());
                int b = dash < 0 ? a : Integer.parseInt(part.substring(dash + 1).trim());
                for (int i = a; i <= b; i++) out.add(i);
            } catch (NumberFormatException e) {
                // "N/A": not an array task
            }
        }
        return out;
    }
}
