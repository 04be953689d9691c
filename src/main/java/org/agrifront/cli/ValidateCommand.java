package org.agrifront.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agrifront.core.Problem;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.agrifront.problems.manure.ManureProblem;
import org.agrifront.problems.manure.ReconstructionCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront validate FILE}: checks a problem file (and the data it names) without running anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a problem file and the data it refers to; prints what it describes or one line per error (exit 2).")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Problem file (.json).")
    Path file;

    @Option(names = "--data", description = "Data folder replacing the one named in the problem file.")
    Path data;

    @Override
    public Integer call() {
        Problem<?> p = Problems.load(ProblemSource.of(file, data));
        System.out.printf("%s: valid problem '%s' (%s, %d objectives, %d constraints)%n", file, p.name(),
                p.encoding().describe(), p.numberOfObjectives(), p.numberOfConstraints());
        if (p instanceof ManureProblem m) {
            ReconstructionCheck.lines(m.network().data()).forEach(System.out::println);
        }
        return 0;
    }
}
