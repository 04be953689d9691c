package org.agrifront.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.agrifront.experiment.StudyStatus;
import org.agrifront.experiment.StudyStore;
import org.agrifront.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront report RESULT_DIR}: indicators, statistics, tables and plots of a study's result folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Analyse the completed runs in a study result folder (also partial ones, or merged from a Slurm job array):",
                "summary.csv, indicators.csv, tests.csv, pairwise.csv, convergence.csv, timings.csv, summary.md, summary.tex, report.html.",
                "Example: agrifront report results/quickstart"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A folder written by 'agrifront study'.")
    Path dir;

    @Option(names = "--require-complete", description = "Exit 1 when runs are missing (the report is written all the same), e.g. in a job after an array.")
    boolean requireComplete;

    @Override
    public Integer call() {
        Report.Outcome r = Report.write(dir);
        System.out.println("report: " + dir.resolve(Report.HTML) + " (" + r.complete() + " of " + r.total() + " runs)");
        System.out.println("summary: " + dir.resolve("summary.csv"));
        for (String note : r.analysis().notes()) System.out.println("note: " + note);
        List<StudyStore.MissingRun> missing = StudyStore.missingRuns(dir);
        if (!missing.isEmpty()) {
            System.out.println("missing: " + missing.size() + " run" + (missing.size() == 1 ? "" : "s") + ", indices "
                    + StudyStatus.ranges(missing.stream().map(StudyStore.MissingRun::index).toList())
                    + " (as in tasks.csv; 'agrifront study SPEC --out " + dir + " --status' prints the line that resubmits them)");
            for (int i = 0; i < Math.min(10, missing.size()); i++) {
                System.out.println("  " + missing.get(i).index() + " " + missing.get(i).relativeDir());
            }
            if (missing.size() > 10) System.out.println("  ... " + (missing.size() - 10) + " more");
        }
        return requireComplete && !missing.isEmpty() ? 1 : 0;
    }
}
