package org.agrifront.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agrifront.report.ParallelCoordinates;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront plot …}: figures of runs. */
@Command(name = "plot", mixinStandardHelpOptions = true, description = "Plot a run's results.",
        subcommands = {PlotCommand.Parallel.class})
public final class PlotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "parallel", mixinStandardHelpOptions = true,
            description = {"Parallel-coordinates PNG of a run's front: one normalised axis per objective (1 = best),",
                    "the reference values dashed, the max-min compromise in red, optionally exact optima dotted.",
                    "Example: agrifront plot parallel results/runs/cropswitch-synthetic/moea-nsga3-seed1 --out front.png"})
    static final class Parallel implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder (front.csv and run.json).")
        Path runDir;
        @Option(names = "--out", description = "PNG file. Default: RUN_DIR/parallel-coordinates.png.")
        Path out;
        @Option(names = "--bounds", paramLabel = "DIR", description = "A bounds folder whose optima.csv is drawn too.")
        Path bounds;

        @Override
        public Integer call() {
            if (out != null) Flags.outputFile("--out", out);
            Path front = runDir.resolve("front.csv");
            if (!Files.isRegularFile(front)) throw new IllegalArgumentException(front + ": file not found (is " + runDir + " a run folder?)");
            Path png = out != null ? out : runDir.resolve("parallel-coordinates.png");
            ParallelCoordinates.write(front, png, bounds);
            System.out.println("wrote " + png);
            return 0;
        }
    }
}
