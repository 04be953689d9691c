package org.agrifront.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agrifront.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code agrifront report RESULT_DIR}: indicators, statistics, tables and plots of a study's result folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Analyse the completed runs in a study result folder (also partial ones, or merged from a Slurm job array):",
                "summary.csv, indicators.csv, tests.csv, pairwise.csv, convergence.csv, timings.csv, summary.md, summary.tex, report.html.",
                "Example: agrifront report results/quickstart"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A folder written by 'agrifront study'.")
    Path dir;

    @Override
    public Integer call() {
        Report.Outcome r = Report.write(dir);
        System.out.println("report: " + dir.resolve(Report.HTML) + " (" + r.complete() + " of " + r.total() + " runs)");
        System.out.println("summary: " + dir.resolve("summary.csv"));
        for (String note : r.analysis().notes()) System.out.println("note: " + note);
        return 0;
    }
}
