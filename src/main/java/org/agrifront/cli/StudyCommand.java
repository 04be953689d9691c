package org.agrifront.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.agrifront.engine.RunResult;
import org.agrifront.experiment.RunTask;
import org.agrifront.experiment.SlurmExport;
import org.agrifront.experiment.SlurmOptions;
import org.agrifront.experiment.StudyStatus;
import org.agrifront.experiment.Study;
import org.agrifront.experiment.StudyReader;
import org.agrifront.experiment.StudyRunner;
import org.agrifront.experiment.StudyStore;
import org.agrifront.problems.Problems;
import org.agrifront.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront study SPEC.json}: all runs of an experiment file on a thread pool, resumable, then the report. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Run every problem x algorithm x seed of an experiment file on a thread pool, skipping runs already",
                "complete in the result folder (so a killed study resumes), then write the report (summary.csv, report.html).",
                "Example: agrifront study experiments/quickstart.json --threads 2"})
public final class StudyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC.json", description = "Experiment file, e.g. experiments/quickstart.json.")
    Path specFile;

    @Option(names = "--threads", description = "Runs in parallel. Default: the spec's \"threads\", else the number of cores.")
    Integer threads;

    @Option(names = "--out", description = "Result folder. Default: results/<spec file name without .json>.")
    Path out;

    @Option(names = "--only-run", paramLabel = "INDEX", split = ",",
            description = "Run only these run indices (0-based, as in --export-slurm's tasks.csv; ranges like 4-7 allowed); implies --no-report.")
    List<String> only;

    @Option(names = "--no-report", description = "Do not write the report after the runs.")
    boolean noReport;

    @Option(names = "--export-slurm", paramLabel = "DIR",
            description = {"Do not run: write Slurm job arrays (DIR/study.sbatch, or study-1.sbatch, ... when the array is cut below",
                    "--max-array-size), DIR/report.sbatch, DIR/submit.sh (submits all, the report after) and DIR/tasks.csv.",
                    "Site options below, or in the spec's \"slurm\" block. See docs/cluster.md."})
    Path exportSlurm;

    @Option(names = "--status", description = {"Do not run: list complete, queued/running (from squeue) and missing runs by index,",
            "and the sbatch --array=... line that resubmits the missing ones; exit 1 unless every run is complete."})
    boolean status;

    @Option(names = "--runs-per-task", paramLabel = "K", description = "With --export-slurm: runs per array task, in one JVM, --threads at a time (default 1).")
    Integer runsPerTask;

    @Option(names = "--max-array-size", paramLabel = "N",
            description = "With --export-slurm: the cluster's MaxArraySize (scontrol show config); arrays are cut so no index reaches it (default 1001).")
    Integer maxArraySize;

    @Option(names = "--throttle", paramLabel = "N", description = "With --export-slurm: at most N array tasks of an array at once (--array=...%%N).")
    Integer throttle;

    @Option(names = "--time", paramLabel = "TIME", description = "With --export-slurm: time limit per array task, e.g. 0:30:00 or 1-00:00:00.")
    String time;

    @Option(names = "--mem", paramLabel = "MEM", description = "With --export-slurm: memory per array task, e.g. 2G; the Java heap gets 3/4 of it unless --java-heap.")
    String mem;

    @Option(names = "--java-heap", paramLabel = "SIZE", description = "With --export-slurm: -Xmx of each task's JVM, e.g. 1500m.")
    String javaHeap;

    @Option(names = "--partition", description = "With --export-slurm: the partition (queue).")
    String partition;

    @Option(names = "--account", description = "With --export-slurm: the account charged.")
    String account;

    @Option(names = "--qos", description = "With --export-slurm: the quality of service.")
    String qos;

    @Option(names = "--sbatch", paramLabel = "OPTION", description = "With --export-slurm: an extra #SBATCH line, e.g. --constraint=skylake (repeatable).")
    List<String> sbatch;

    @Option(names = "--setup", paramLabel = "LINE", description = "With --export-slurm: a shell line run before Java, e.g. 'module load java/17' (repeatable).")
    List<String> setup;

    @Option(names = "--java", paramLabel = "PATH", description = "With --export-slurm: the Java executable on the nodes (absolute path; default: java on the PATH).")
    String java;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--rerun-changed", description = {"Redo completed runs whose problem file or data changed since (by default such a",
            "resume is refused, so old and new results never mix in one report)."})
    boolean rerunChanged;

    @Option(names = "--verify", description = {"Do not run: check the result folder against the spec (each completed run's files",
            "against the sizes and SHA-256 in its run.json, its settings and problem) and list bad runs; exit 1 if any."})
    boolean verify;

    @Override
    public Integer call() {
        // flags first: a bad one costs one line, not a study
        if (threads != null) Flags.atLeast("--threads", threads, 1);
        List<int[]> ranges = only == null ? null : ranges(only);
        Path dir = out != null ? out : Path.of("results", Problems.defaultName(specFile));
        if (exportSlurm != null) {
            Flags.outputFolder("--export-slurm", exportSlurm);
            Flags.outputFolder("--out", dir);
        } else if (!verify && !status) Flags.outputFolder("--out", dir);
        SlurmOptions.Flags site = new SlurmOptions.Flags(runsPerTask, threads, maxArraySize, throttle, time, mem, javaHeap,
                partition, account, qos, sbatch, setup, java);
        if (exportSlurm == null && !site.equals(new SlurmOptions.Flags(null, threads, null, null, null, null, null, null, null, null,
                null, null, null))) {
            throw new IllegalArgumentException("--runs-per-task, --time, --mem and the other site options apply only with --export-slurm DIR");
        }
        Study study = StudyReader.read(specFile);
        if (exportSlurm != null) return export(study, dir, StudyReader.slurm(specFile).with(site));
        if (status) return status(study, dir);
        if (verify) return verify(study, dir);
        int n = threads != null ? threads : study.threads();
        List<Integer> selection = ranges == null ? null : indices(ranges, study.tasks().size());
        StudyRunner.Outcome o = StudyRunner.run(study, dir, n, selection, quiet ? null : new Bar(System.err, study.name(), dir),
                new StudyRunner.Options(rerunChanged, selection == null));
        System.out.printf(Locale.ROOT, "runs: %d in the selection, %d already complete, %d run now%n", o.total(), o.skipped(), o.ran());
        if (noReport || selection != null) return 0;
        Report.Outcome r = Report.write(dir);
        System.out.println("report: " + dir.resolve(Report.HTML) + " (" + r.complete() + " of " + r.total() + " runs)");
        System.out.println("summary: " + dir.resolve("summary.csv"));
        return 0;
    }

    private int export(Study study, Path dir, SlurmOptions options) {
        SlurmExport.Export e = SlurmExport.write(study, specFile, dir, exportSlurm, options, jar(), Path.of("").toAbsolutePath());
        SlurmExport.Plan plan = e.plan();
        for (String w : e.warnings()) System.err.println("warning: " + w);
        System.out.printf(Locale.ROOT, "%d runs -> %d array tasks of %d run%s each (%d at a time, --cpus-per-task=%d) in %d array job%s:%n",
                plan.runs(), plan.arrayTasks(), plan.runsPerTask(), plan.runsPerTask() == 1 ? "" : "s", plan.threads(), plan.threads(),
                plan.parts().size(), plan.parts().size() == 1 ? "" : "s");
        for (int p = 0; p < plan.parts().size(); p++) {
            SlurmExport.Part part = plan.parts().get(p);
            int[] first = plan.runs(p, 0), last = plan.runs(p, part.tasks() - 1);
            System.out.printf(Locale.ROOT, "  %s: --array=0-%d%s, runs %d-%d%n", exportSlurm.resolve(part.script()), part.tasks() - 1,
                    plan.throttle() == null ? "" : "%" + plan.throttle(), first[0], last[1]);
        }
        System.out.println("  " + exportSlurm.resolve(SlurmExport.REPORT) + ": merges the runs after the arrays (--dependency=afterany)");
        System.out.println("run list: " + exportSlurm.resolve(SlurmExport.TASKS));
        System.out.println("submit all: bash " + exportSlurm.resolve(SlurmExport.SUBMIT));
        System.out.println("progress and resubmission: agrifront study " + specFile + " --out " + dir + " --status");
        return 0;
    }

    /** Complete, queued/running and missing runs by index; the lines that resubmit the missing ones. 1 unless complete. */
    private int status(Study study, Path dir) {
        SlurmExport.State state = SlurmExport.readState(dir);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        if (state != null) for (SlurmExport.Part p : state.plan().parts()) names.add(p.jobName());
        Map<String, java.util.Set<Integer>> queue = names.isEmpty() ? Map.of() : StudyStatus.squeue(names);
        StudyStatus.Report r = StudyStatus.of(study, dir, queue == null ? Map.of() : queue);
        System.out.printf(Locale.ROOT, "study %s (%s): %d runs: %d complete, %d queued or running, %d missing%s%n", study.name(), dir,
                r.total(), r.complete().size(), r.active().size(), r.missing().size(),
                r.refused().isEmpty() ? "" : ", " + r.refused().size() + " refused (see --verify)");
        if (queue == null) System.out.println("note: squeue did not answer, so runs still queued or running are counted as missing");
        if (!r.active().isEmpty()) {
            System.out.println("queued or running: " + StudyStatus.ranges(r.active().stream().map(RunTask::index).toList()));
        }
        if (!r.missing().isEmpty()) {
            System.out.println("missing: " + StudyStatus.ranges(r.missing().stream().map(c -> c.task().index()).toList()));
            int shown = 0;
            for (StudyStore.RunCheck c : r.missing()) {
                if (shown++ == 20) {
                    System.out.println("  ... " + (r.missing().size() - 20) + " more (tasks.csv names every index)");
                    break;
                }
                System.out.println("  " + c.task().index() + " " + c.task() + (c.detail() == null ? "" : " (damaged: " + c.detail() + ")"));
            }
            List<String> lines = r.resubmitLines();
            if (lines.isEmpty()) {
                System.out.println("run them here: agrifront study " + specFile + " --out " + dir + " --only-run "
                        + StudyStatus.ranges(r.missing().stream().map(c -> c.task().index()).toList()));
            } else {
                System.out.println("resubmit the missing runs:");
                for (String l : lines) System.out.println("  " + l);
                System.out.println("then merge when they end: sbatch --dependency=afterany:<job id(s) above> "
                        + SlurmExport.shell(state.exportDir().resolve(SlurmExport.REPORT).toString()) + "   (or: agrifront report " + dir + ")");
            }
        }
        for (StudyStore.RunCheck c : r.refused()) System.out.println("refused: " + c.task().index() + " " + c.task() + ": " + c.detail());
        return r.isComplete() ? 0 : 1;
    }

    /** Lists the runs of the store that are not OK; 1 when a completed run is damaged or would be refused. */
    private int verify(Study study, Path dir) {
        List<StudyStore.RunCheck> checks = StudyStore.verify(study, dir);
        Map<StudyStore.Condition, Integer> counts = new EnumMap<>(StudyStore.Condition.class);
        for (StudyStore.RunCheck c : checks) {
            counts.merge(c.condition(), 1, Integer::sum);
            if (c.detail() != null) System.out.println(c.condition().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + c.task() + ": " + c.detail());
        }
        int bad = checks.size() - counts.getOrDefault(StudyStore.Condition.OK, 0) - counts.getOrDefault(StudyStore.Condition.NOT_RUN, 0);
        System.out.printf(Locale.ROOT, "verify %s: %d runs: %d ok, %d not run, %d damaged, %d made with other settings, %d on a changed problem%n",
                dir, checks.size(), counts.getOrDefault(StudyStore.Condition.OK, 0), counts.getOrDefault(StudyStore.Condition.NOT_RUN, 0),
                counts.getOrDefault(StudyStore.Condition.DAMAGED, 0), counts.getOrDefault(StudyStore.Condition.OTHER_SETTINGS, 0),
                counts.getOrDefault(StudyStore.Condition.PROBLEM_CHANGED, 0));
        return bad == 0 ? 0 : 1;
    }

    /** {@code --only-run} values as ordered ranges {from, to}: "3" or "4-7". */
    static List<int[]> ranges(List<String> parts) {
        List<int[]> out = new ArrayList<>();
        for (String p : parts) {
            String s = p.trim();
            int a, b;
            try {
                int dash = s.indexOf('-', 1);
                a = Integer.parseInt(dash < 0 ? s : s.substring(0, dash));
                b = dash < 0 ? a : Integer.parseInt(s.substring(dash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--only-run: expected run indices like 3 or 4-7, found '" + s + "'");
            }
            if (a < 0) throw new IllegalArgumentException("--only-run: run indices start at 0, found '" + s + "'");
            if (b < a) throw new IllegalArgumentException("--only-run: range '" + s + "' runs backwards; write it as " + b + "-" + a);
            out.add(new int[] {a, b});
        }
        return out;
    }

    /** The run indices of {@code ranges}, each checked against the study's {@code count} runs. */
    static List<Integer> indices(List<int[]> ranges, int count) {
        List<Integer> out = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[1] >= count) {
                throw new IllegalArgumentException("--only-run: run index " + r[1] + " out of range; this study has runs 0.." + (count - 1));
            }
            for (int i = r[0]; i <= r[1]; i++) out.add(i);
        }
        return out;
    }

    /** The jar the nodes start: the running one when there is one, else the build's. */
    private static Path jar() {
        try {
            Path jar = Path.of(StudyCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.toString().endsWith(".jar")) return jar.toAbsolutePath();
        } catch (Exception ignored) {
            // fall through to the default build location
        }
        return Path.of("target", "agrifront.jar").toAbsolutePath();
    }

    /** Runs done / total, elapsed and estimated remaining time on standard error. */
    static final class Bar implements StudyRunner.Progress {
        private final PrintStream err;
        private final String name;
        private final Path dir;
        private final boolean console = System.console() != null;
        private long start, last;

        Bar(PrintStream err, String name, Path dir) {
            this.err = err;
            this.name = name;
            this.dir = dir;
        }

        @Override
        public void started(int total, int pending, int threads) {
            start = System.nanoTime();
            err.printf(Locale.ROOT, "study %s: %d runs, %d complete, %d to run on %d thread%s -> %s%n", name, total,
                    total - pending, pending, Math.min(threads, Math.max(pending, 1)), threads == 1 ? "" : "s", dir);
            err.flush();
        }

        @Override
        public void finished(RunTask task, RunResult<?> result, int done, int pending) {
            long now = System.nanoTime();
            boolean end = done == pending;
            if (!end && now - last < (console ? 200_000_000L : 5_000_000_000L)) return;
            last = now;
            double elapsed = (now - start) / 1e9;
            double remaining = elapsed / done * (pending - done);
            int width = 30, filled = (int) Math.round(width * (double) done / pending);
            String line = String.format(Locale.ROOT, "[%s%s] %d/%d runs  elapsed %s  remaining ~%s",
                    "#".repeat(filled), ".".repeat(width - filled), done, pending, clock(elapsed), clock(remaining));
            if (console) err.print("\r" + line + (end ? "\n" : ""));
            else err.println(line);
            err.flush();
        }

        static String clock(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
