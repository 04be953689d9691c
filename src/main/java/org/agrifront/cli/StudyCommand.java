package org.agrifront.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.agrifront.engine.RunResult;
import org.agrifront.experiment.RunTask;
import org.agrifront.experiment.SlurmExport;
import org.agrifront.experiment.Study;
import org.agrifront.experiment.StudyReader;
import org.agrifront.experiment.StudyRunner;
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
            description = "Do not run: write DIR/study.sbatch (a Slurm job array, one task per run) and DIR/tasks.csv.")
    Path exportSlurm;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        Study study = StudyReader.read(specFile);
        Path dir = out != null ? out : Path.of("results", Problems.defaultName(specFile));
        if (exportSlurm != null) {
            SlurmExport.write(study, specFile, dir, exportSlurm, launcher(), Path.of("").toAbsolutePath());
            System.out.println("wrote " + exportSlurm.resolve(SlurmExport.SCRIPT) + " (" + study.tasks().size()
                    + " array tasks) and " + exportSlurm.resolve(SlurmExport.TASKS) + "; after the job: agrifront report " + dir);
            return 0;
        }
        int n = threads != null ? threads : study.threads();
        List<Integer> selection = only == null ? null : indices(only);
        StudyRunner.Outcome o = StudyRunner.run(study, dir, n, selection, quiet ? null : new Bar(System.err, study.name(), dir));
        System.out.printf(Locale.ROOT, "runs: %d in the selection, %d already complete, %d run now%n", o.total(), o.skipped(), o.ran());
        if (noReport || selection != null) return 0;
        Report.Outcome r = Report.write(dir);
        System.out.println("report: " + dir.resolve(Report.HTML) + " (" + r.complete() + " of " + r.total() + " runs)");
        System.out.println("summary: " + dir.resolve("summary.csv"));
        return 0;
    }

    static List<Integer> indices(List<String> parts) {
        List<Integer> out = new ArrayList<>();
        for (String p : parts) {
            String s = p.trim();
            try {
                int dash = s.indexOf('-', 1);
                if (dash < 0) {
                    out.add(Integer.parseInt(s));
                } else {
                    int a = Integer.parseInt(s.substring(0, dash)), b = Integer.parseInt(s.substring(dash + 1));
                    for (int i = a; i <= b; i++) out.add(i);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--only-run: expected run indices like 3 or 4-7, found '" + s + "'");
            }
        }
        return out;
    }

    /** How to start this program on another node: the running jar when there is one. */
    private static String launcher() {
        try {
            Path jar = Path.of(StudyCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.toString().endsWith(".jar")) return "java -jar '" + jar.toAbsolutePath() + "'";
        } catch (Exception ignored) {
            // fall through to the default build location
        }
        return "java -jar target/agrifront.jar";
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
