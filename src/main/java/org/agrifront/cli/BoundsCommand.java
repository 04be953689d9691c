package org.agrifront.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.agrifront.core.Problem;
import org.agrifront.exact.Bounds;
import org.agrifront.exact.BoundsOptions;
import org.agrifront.exact.BoundsResult;
import org.agrifront.exact.ExactPoint;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront bounds PROBLEM.json}: exact single-objective optima and an ε-constraint reference front. */
@Command(name = "bounds", mixinStandardHelpOptions = true,
        description = {"Exact single-objective optima (each objective alone under all constraints) and an epsilon-constraint",
                "reference front, by LP/MILP; written as optima.csv and reference-front.csv in the columns of front.csv."})
public final class BoundsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The problem file (e.g. problems/manure-china-2020.json).")
    Path problemFile;

    @Option(names = "--out", description = "Output folder. Default: results/bounds/<problem>.")
    Path out;

    @Option(names = "--data", description = "Data folder replacing the one named in the problem file.")
    Path data;

    @Option(names = "--points", defaultValue = "100", description = "Reference-front points (at least). Default: ${DEFAULT-VALUE}.")
    int points;

    @Option(names = "--relaxed", description = "Solve LP relaxations only (no integrality), where the problem is discrete.")
    boolean relaxed;

    @Option(names = "--time-limit", defaultValue = "60", description = "Seconds per solve. Default: ${DEFAULT-VALUE}.")
    long timeLimit;

    @Override
    public Integer call() {
        if (out != null) Flags.outputFolder("--out", out);
        Problem<?> problem = Problems.load(ProblemSource.of(problemFile, data));
        BoundsResult r = Bounds.compute(problem, new BoundsOptions(points, !relaxed, timeLimit * 1000));
        Path dir = out != null ? out : Path.of("results", "bounds", problem.name());
        Bounds.write(dir, problem, r, org.agrifront.problems.ProblemFingerprint.of(ProblemSource.of(problemFile, data)));
        Map<String, Double> refs = problem.objectiveReferences();
        for (ExactPoint p : r.optima()) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-24s %-8s", p.label(), p.status()));
            for (int i = 0; i < p.objectives().length; i++) {
                String name = problem.objectives().get(i).name();
                Double ref = refs.get(name);
                sb.append(String.format(Locale.ROOT, "  %s=%.6g", name, p.objectives()[i]));
                if (ref != null) sb.append(String.format(Locale.ROOT, " (%+.2f%%)", 100 * (p.objectives()[i] - ref) / Math.abs(ref)));
            }
            if (p.gap() > 0) sb.append(String.format(Locale.ROOT, "  (bound gap %.2g)", p.gap()));
            System.out.println(sb);
        }
        System.out.println("reference front: " + r.referenceFront().size() + " points");
        System.out.println("result: " + dir);
        return 0;
    }
}
