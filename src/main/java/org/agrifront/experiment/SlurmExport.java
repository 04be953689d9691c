package org.agrifront.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Csv;
import org.agrifront.io.Json;

/**
 * Exports a study as Slurm job arrays (DESIGN.md, "Scale-out"): each array task runs {@code runsPerTask} consecutive
 * runs in one JVM ({@code agrifront study SPEC --only-run FIRST-LAST --threads T --no-report}) into the same result
 * folder; a report job, submitted with {@code --dependency=afterany} on the arrays, merges whatever the store holds.
 * No scheduler of our own.
 * <p>
 * Array task {@code t} (0-based over the whole study) runs runs {@code t·K … t·K+K−1}. Clusters refuse array
 * indices at or above MaxArraySize, so the tasks are cut into arrays of at most {@code maxArraySize} tasks, each
 * with its own script; script {@code p} maps its {@code SLURM_ARRAY_TASK_ID} {@code i} to task {@code offset_p + i}.
 * {@code tasks.csv} lists every run with its script and array index, and {@code OUT/slurm.json} records the cut
 * so that {@code study --status} can print the {@code sbatch --array=…} lines that resubmit missing runs.
 * <p>
 * Everything Slurm or bash reads is quoted: {@code #SBATCH} values in double quotes (sbatch's own parser), with
 * {@code %} doubled in file names (Slurm's file name patterns), shell words in single quotes.
 */
public final class SlurmExport {
    public static final String SCRIPT = "study.sbatch";
    public static final String TASKS = "tasks.csv";
    public static final String REPORT = "report.sbatch";
    public static final String SUBMIT = "submit.sh";
    /** In the result folder: how the last export cut the study, read by {@code study --status}. */
    public static final String STATE = "slurm.json";

    private SlurmExport() {
    }

    /** One array job: {@code script} covers array tasks {@code firstTask … firstTask + tasks − 1} as indices 0 … tasks − 1. */
    public record Part(String script, String jobName, int firstTask, int tasks) {
    }

    /** How runs map to array jobs and indices. */
    public record Plan(int runs, int runsPerTask, int threads, Integer throttle, List<Part> parts) {
        public Plan {
            parts = List.copyOf(parts);
        }

        public int arrayTasks() {
            return (runs + runsPerTask - 1) / runsPerTask;
        }

        /** The part (index into {@link #parts}) that runs {@code run}. */
        public int part(int run) {
            int task = run / runsPerTask;
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                if (task < part.firstTask() + part.tasks()) return p;
            }
            throw new IllegalArgumentException("run " + run + " is outside the study's " + runs + " runs");
        }

        /** The {@code SLURM_ARRAY_TASK_ID} that runs {@code run} within its part. */
        public int arrayIndex(int run) {
            return run / runsPerTask - parts.get(part(run)).firstTask();
        }

        /** The runs of array task {@code index} of part {@code p}: {first, last}. */
        public int[] runs(int p, int index) {
            int first = (parts.get(p).firstTask() + index) * runsPerTask;
            return new int[] {first, Math.min(first + runsPerTask, runs) - 1};
        }
    }

    /** Cuts {@code runs} runs into array tasks and arrays below the options' MaxArraySize. */
    public static Plan plan(String studyName, int runs, SlurmOptions o) {
        int tasks = o.arrayTasks(runs);
        int size = o.chunkSize();
        int count = (tasks + size - 1) / size;
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int first = p * size;
            String script = count == 1 ? SCRIPT : "study-" + (p + 1) + ".sbatch";
            String job = "agrifront-" + studyName + (count == 1 ? "" : "-" + (p + 1));
            parts.add(new Part(script, job, first, Math.min(size, tasks - first)));
        }
        return new Plan(runs, o.runsPerTask(), Math.min(o.threads(), o.runsPerTask()), o.throttle(), parts);
    }

    /** What was written, and what the user should check before submitting. */
    public record Export(Plan plan, List<String> warnings) {
    }

    /**
     * Writes the array scripts, {@code report.sbatch}, {@code submit.sh} and {@code tasks.csv} into {@code dir}, and
     * {@code out/slurm.json}.
     *
     * @param jar     the agrifront jar the nodes run (absolute)
     * @param workDir the folder the spec's relative paths resolve from
     */
    public static Export write(Study study, Path specFile, Path out, Path dir, SlurmOptions o, Path jar, Path workDir) {
        Path absOut = out.toAbsolutePath().normalize();
        Path absDir = dir.toAbsolutePath().normalize();
        Path absSpec = specFile.toAbsolutePath().normalize();
        Path absJar = jar.toAbsolutePath().normalize();
        Path absWork = workDir.toAbsolutePath().normalize();
        for (Path p : List.of(absOut, absDir, absSpec, absJar, absWork)) checkPath(p);
        List<String> warnings = new ArrayList<>();
        nodeLocal("the result folder (--out)", absOut, warnings);
        nodeLocal("the export folder", absDir, warnings);
        nodeLocal("the experiment file", absSpec, warnings);
        nodeLocal("the jar", absJar, warnings);

        List<RunTask> tasks = study.tasks();
        Plan plan = plan(study.name(), tasks.size(), o);
        Path logs = absDir.resolve("logs");
        try {
            Files.createDirectories(logs); // Slurm does not create the folder of --output: a task would fail silently
        } catch (IOException e) {
            throw new IllegalArgumentException("--export-slurm " + dir + ": cannot create " + logs + " (" + e.getMessage() + ")");
        }

        // the folder is always quoted (RFC 4180): a path may hold commas, and readers that split on ',' then fail loudly
        StringBuilder csv = new StringBuilder("index,script,array_task,problem,algorithm,seed,folder\n");
        for (RunTask t : tasks) {
            String row = Csv.row(Integer.toString(t.index()), plan.parts().get(plan.part(t.index())).script(),
                    Integer.toString(plan.arrayIndex(t.index())), t.problem().name(), t.algorithm().id(), Long.toString(t.seed()));
            csv.append(row, 0, row.length() - 1).append(",\"").append(absOut.resolve(t.relativeDir()).toString().replace("\"", "\"\""))
                    .append("\"\n");
        }
        AtomicFiles.writeString(absDir.resolve(TASKS), csv.toString());

        String java = shell(o.java()) + (o.xmx() == null ? "" : " -Xmx" + o.xmx()) + " -jar " + shell(absJar.toString());
        for (int p = 0; p < plan.parts().size(); p++) {
            Part part = plan.parts().get(p);
            String script = arrayScript(study, plan, p, o, absSpec, absOut, absDir, absWork, java);
            writeExecutable(absDir.resolve(part.script()), script);
        }
        writeExecutable(absDir.resolve(REPORT), reportScript(study, o, absOut, absDir, absWork, java));
        writeExecutable(absDir.resolve(SUBMIT), submitScript(plan, absDir));
        writeState(absOut, absDir, plan);
        return new Export(plan, warnings);
    }

    private static String arrayScript(Study study, Plan plan, int p, SlurmOptions o, Path spec, Path out, Path dir, Path work,
                                      String java) {
        Part part = plan.parts().get(p);
        int[] from = plan.runs(p, 0), to = plan.runs(p, part.tasks() - 1);
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# Study '").append(study.name()).append("': runs ").append(from[0]).append('-').append(to[1]).append(" of ")
                .append(plan.runs()).append(" (0-based, as in tasks.csv), ").append(plan.runsPerTask())
                .append(plan.runsPerTask() == 1 ? " run" : " runs").append(" per array task, ").append(plan.threads())
                .append(" at a time").append(plan.parts().size() == 1 ? "" : "; array " + (p + 1) + " of " + plan.parts().size()).append(".\n");
        s.append("# Submit all arrays and the report job: bash ").append(shell(dir.resolve(SUBMIT).toString())).append('\n');
        s.append("# Missing runs and the line that resubmits them: ").append(java).append(" study ").append(shell(spec.toString()))
                .append(" --out ").append(shell(out.toString())).append(" --status\n");
        s.append("#SBATCH --job-name=").append(part.jobName()).append('\n');
        s.append("#SBATCH --array=0-").append(part.tasks() - 1).append(plan.throttle() == null ? "" : "%" + plan.throttle()).append('\n');
        s.append("#SBATCH --ntasks=1\n");
        s.append("#SBATCH --cpus-per-task=").append(plan.threads()).append('\n');
        siteLines(s, o);
        s.append("#SBATCH --output=").append(sbatchQuote(pattern(dir.resolve("logs").toString()) + "/%A_%a.out")).append('\n');
        for (String line : o.sbatch()) s.append("#SBATCH ").append(line).append('\n');
        s.append("set -eo pipefail\n");
        for (String line : o.setup()) s.append(line).append('\n');
        s.append("set -u\n");
        s.append("task=$(( ").append(part.firstTask()).append(" + SLURM_ARRAY_TASK_ID ))  # array task over the whole study\n");
        s.append("first=$(( task * ").append(plan.runsPerTask()).append(" ))\n");
        s.append("last=$(( first + ").append(plan.runsPerTask() - 1).append(" ))\n");
        s.append("if (( last > ").append(plan.runs() - 1).append(" )); then last=").append(plan.runs() - 1).append("; fi\n");
        s.append("cd ").append(shell(work.toString())).append('\n');
        s.append(java).append(" study ").append(shell(spec.toString())).append(" --out ").append(shell(out.toString()))
                .append(" --only-run \"$first-$last\" --threads ").append(plan.threads()).append(" --no-report\n");
        return s.toString();
    }

    private static String reportScript(Study study, SlurmOptions o, Path out, Path dir, Path work, String java) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# Merges the runs of study '").append(study.name()).append("' into the report once its arrays have ended\n");
        s.append("# (submit.sh submits it with --dependency=afterany:<array jobs>). Fails when runs are missing; the report is written anyway.\n");
        s.append("#SBATCH --job-name=agrifront-").append(study.name()).append("-report\n");
        s.append("#SBATCH --ntasks=1\n");
        s.append("#SBATCH --cpus-per-task=1\n");
        siteLines(s, o);
        s.append("#SBATCH --output=").append(sbatchQuote(pattern(dir.resolve("logs").toString()) + "/report_%j.out")).append('\n');
        for (String line : o.sbatch()) s.append("#SBATCH ").append(line).append('\n');
        s.append("set -eo pipefail\n");
        for (String line : o.setup()) s.append(line).append('\n');
        s.append("set -u\n");
        s.append("cd ").append(shell(work.toString())).append('\n');
        s.append(java).append(" report ").append(shell(out.toString())).append(" --require-complete\n");
        return s.toString();
    }

    private static void siteLines(StringBuilder s, SlurmOptions o) {
        if (o.time() != null) s.append("#SBATCH --time=").append(o.time()).append('\n');
        if (o.mem() != null) s.append("#SBATCH --mem=").append(o.mem()).append('\n');
        if (o.partition() != null) s.append("#SBATCH --partition=").append(o.partition()).append('\n');
        if (o.account() != null) s.append("#SBATCH --account=").append(o.account()).append('\n');
        if (o.qos() != null) s.append("#SBATCH --qos=").append(o.qos()).append('\n');
    }

    private static String submitScript(Plan plan, Path dir) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# Submits the study's ").append(plan.parts().size()).append(plan.parts().size() == 1 ? " array" : " arrays")
                .append(" (").append(plan.arrayTasks()).append(" array tasks for ").append(plan.runs())
                .append(" runs), then report.sbatch to run once they have all ended, whatever their outcome.\n");
        s.append("set -euo pipefail\n");
        s.append("dir=").append(shell(dir.toString())).append('\n');
        s.append("after=\n");
        for (Part part : plan.parts()) {
            s.append("id=$(sbatch --parsable \"$dir\"/").append(shell(part.script())).append(")\n");
            s.append("id=${id%%;*}\n");
            s.append("echo \"").append(part.script()).append(": job $id (").append(part.tasks()).append(" array tasks)\"\n");
            s.append("after=\"$after:$id\"\n");
        }
        s.append("id=$(sbatch --parsable --dependency=\"afterany$after\" \"$dir\"/").append(REPORT).append(")\n");
        s.append("echo \"").append(REPORT).append(": job ${id%%;*} (after").append(plan.parts().size() == 1 ? " job" : " jobs")
                .append(" ${after#:})\"\n");
        return s.toString();
    }

    private static void writeState(Path out, Path dir, Plan plan) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("exportDir", dir.toString());
        state.put("runs", plan.runs());
        state.put("runsPerTask", plan.runsPerTask());
        state.put("threads", plan.threads());
        state.put("throttle", plan.throttle());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Part p : plan.parts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("script", p.script());
            m.put("jobName", p.jobName());
            m.put("firstTask", p.firstTask());
            m.put("tasks", p.tasks());
            parts.add(m);
        }
        state.put("parts", parts);
        Json.write(out.resolve(STATE), state);
    }

    /** The export recorded in {@code out/slurm.json}, or null when the study was not exported. */
    public record State(Path exportDir, Plan plan) {
    }

    public static State readState(Path out) {
        Path file = out.resolve(STATE);
        if (!Files.isRegularFile(file)) return null;
        var node = Json.tree(file);
        List<Part> parts = new ArrayList<>();
        for (var p : node.path("parts")) {
            parts.add(new Part(p.path("script").asText(), p.path("jobName").asText(), p.path("firstTask").asInt(), p.path("tasks").asInt()));
        }
        Integer throttle = node.path("throttle").isInt() ? node.path("throttle").asInt() : null;
        return new State(Path.of(node.path("exportDir").asText()), new Plan(node.path("runs").asInt(), node.path("runsPerTask").asInt(),
                node.path("threads").asInt(), throttle, parts));
    }

    private static void writeExecutable(Path file, String text) {
        AtomicFiles.writeString(file, text);
        file.toFile().setExecutable(true, false);
    }

    /** Paths that no quoting carries through both sbatch and bash: refused with the reason. */
    private static void checkPath(Path p) {
        String s = p.toString();
        if (s.contains("\n") || s.contains("\r")) throw new IllegalArgumentException(p + ": a path with a line break cannot go into a batch script");
        if (s.contains("\\")) {
            throw new IllegalArgumentException(p + ": a path with a backslash turns off Slurm's %A/%a file name patterns; use another folder");
        }
    }

    /** Warns when {@code p} lies where other nodes cannot see it: /tmp and the like, or a RAM file system. */
    static void nodeLocal(String what, Path p, List<String> warnings) {
        String s = p.toString();
        for (String local : List.of("/tmp", "/var/tmp", "/dev/shm", "/run", "/scratch/local", "/local")) {
            if (s.equals(local) || s.startsWith(local + "/")) {
                warnings.add(what + " " + p + " is under " + local + ", which is usually local to each node: array tasks on other nodes "
                        + "would not find it or would write their runs where the report never looks. Use a shared file system "
                        + "(home, project or scratch).");
                return;
            }
        }
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return;
        try {
            String type = Files.getFileStore(existing).type().toLowerCase(Locale.ROOT);
            if (type.equals("tmpfs") || type.equals("ramfs")) {
                warnings.add(what + " " + p + " is on a " + type + " file system, which exists on this node only; use a shared file system.");
            }
        } catch (IOException e) {
            // cannot tell: no warning
        }
    }

    /** A value for an {@code #SBATCH} line: double quotes, with {@code "} escaped (sbatch strips both). */
    static String sbatchQuote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    /** A literal file name for Slurm's {@code --output}: {@code %} doubled, so it is not read as a pattern. */
    static String pattern(String path) {
        return path.replace("%", "%%");
    }

    /** One bash word, whatever it holds: single quotes, with {@code '} as {@code '\''}. */
    public static String shell(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
