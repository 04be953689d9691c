package org.agrifront.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;


import org.agrifront.core.Dominance;
import org.agrifront.core.Problem;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.SolutionsFile;
import org.agrifront.io.InputException;
import org.agrifront.io.TextTable;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.agrifront.problems.croplivestock.Compromise;
import org.agrifront.problems.croplivestock.CropLivestockProblem;
import org.agrifront.problems.croplivestock.MonteCarlo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront montecarlo RUN_DIR}: robustness of one front solution of a crop-livestock run. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = {"Monte Carlo robustness of one solution of a crop-livestock run: draws the coefficients (emission and",
                "use factors, output, biomass, non-agricultural loads, runoff) with the given CV, and reports per objective",
                "mean, sd and 5/50/95%% quantiles and per constraint the probability that it holds.",
                "Writes montecarlo.json, montecarlo-summary.csv and montecarlo-draws.csv.",
                "Example: agrifront montecarlo results/runs/qtp-synthetic/moea-nsga3-seed1 --solution knee --draws 1000 --cv 0.1 --seed 1"})
public final class MonteCarloCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder (front.csv, solutions.csv, run.json).")
    Path runDir;

    @Option(names = "--solution", defaultValue = "knee",
            description = {"Front row index (the 'solution' column of solutions.csv), 'knee' (nearest the ideal point, objectives",
                    "scaled over the feasible front; as compromise.json) or 'maxmin' (largest smallest relative gain over today's",
                    "values; the red line of plot parallel). Default: ${DEFAULT-VALUE}."})
    String solution;

    @Option(names = "--draws", defaultValue = "1000", description = "Number of draws. Default: ${DEFAULT-VALUE}.")
    int draws;

    @Option(names = "--cv", defaultValue = "0.1", description = "Coefficient of variation of every factor. Default: ${DEFAULT-VALUE}.")
    double cv;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--distribution", defaultValue = "normal", description = "normal or lognormal. Default: ${DEFAULT-VALUE}.")
    MonteCarlo.Distribution distribution;

    @Option(names = "--scope", defaultValue = "shared",
            description = "shared (one factor per coefficient type and activity) or cell (independent per cell). Default: ${DEFAULT-VALUE}.")
    MonteCarlo.Scope scope;

    @Option(names = "--problem", description = "Problem file; default: the 'problemFile' recorded in run.json.")
    Path problemFile;

    @Option(names = "--data", description = "Data folder replacing the one named in the problem file.")
    Path data;

    @Option(names = "--out", description = "Output folder. Default: RUN_DIR/montecarlo-<solution>.")
    Path out;

    @Override
    public Integer call() {
        // every draw keeps its objectives and violations and a line of montecarlo-draws.csv: about 1 kB
        Flags.atLeast("--draws", draws, 1);
        long maxDraws = Runtime.getRuntime().maxMemory() / 2 / 1000;
        if (draws > maxDraws) {
            throw new IllegalArgumentException("--draws " + draws + ": at about 1 kB a draw this needs more memory than this Java may use;"
                    + " at most " + maxDraws + " draws (or raise -Xmx)");
        }
        if (out != null) Flags.outputFolder("--out", out);
        Path file = problemFile != null ? problemFile : MapCommand.recordedProblem(runDir.resolve(RunFiles.RUN));
        Problem<?> loaded = Problems.load(ProblemSource.of(file, data));
        if (!(loaded instanceof CropLivestockProblem p)) {
            throw new IllegalArgumentException(file + ": 'montecarlo' needs a croplivestock problem, found " + loaded.name());
        }
        boolean knee = "knee".equalsIgnoreCase(solution), maxmin = "maxmin".equalsIgnoreCase(solution);
        int index = knee || maxmin ? pick(p, runDir.resolve(RunFiles.FRONT), maxmin) : parseIndex(solution);
        double[] genome = SolutionsFile.row(runDir.resolve(RunFiles.SOLUTIONS), p, index);
        MonteCarlo.Settings settings = new MonteCarlo.Settings(draws, cv, distribution, scope, seed);
        MonteCarlo.Result r = MonteCarlo.run(p, genome, settings);
        Path dir = out != null ? out : runDir.resolve("montecarlo-" + solution.toLowerCase(Locale.ROOT));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("run", runDir.toString());
        extra.put("solution", index);
        extra.put("selectedBy", knee ? "knee (closest to the ideal point of the feasible front)"
                : maxmin ? "max-min compromise (largest smallest relative gain over the reference values)" : "index");
        MonteCarlo.write(dir, p, r, extra);
        Map<String, Object> s = MonteCarlo.summary(p, r);
        System.out.printf(Locale.ROOT, "solution %d, %d draws, cv %.3g, %s, %s factors, seed %d%n", index, draws, cv,
                distribution.name().toLowerCase(Locale.ROOT), scope.name().toLowerCase(Locale.ROOT), seed);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> obj = (Map<String, Map<String, Object>>) s.get("objectives");
        for (var e : obj.entrySet()) {
            Map<String, Object> o = e.getValue();
            System.out.printf(Locale.ROOT, "%-10s nominal %.6g  mean %.6g  sd %.4g  q05 %.6g  q50 %.6g  q95 %.6g%n", e.getKey(),
                    o.get("nominal"), o.get("mean"), o.get("sd"), o.get("q05"), o.get("q50"), o.get("q95"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> cons = (Map<String, Map<String, Object>>) s.get("constraints");
        for (var e : cons.entrySet()) {
            System.out.printf(Locale.ROOT, "P(%s holds) = %.3f%n", e.getKey(), e.getValue().get("probabilityHolds"));
        }
        System.out.printf(Locale.ROOT, "P(all hold) = %.3f%n", s.get("probabilityAllHold"));
        System.out.println("result: " + dir.resolve("montecarlo.json"));
        return 0;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--solution: expected a front row index, 'knee' or 'maxmin', found '" + text + "'");
        }
    }

    /** The knee or max-min row of a run's front.csv (objective columns by name, feasible column). */
    static int pick(CropLivestockProblem p, Path front, boolean maxmin) {
        TextTable t = TextTable.read(front, TextTable.Delimiter.COMMA);
        int m = p.numberOfObjectives();
        double[][] obj = new double[t.size()][m];
        boolean[] feasible = new boolean[t.size()];
        for (int r = 0; r < t.size(); r++) {
            for (int k = 0; k < m; k++) obj[r][k] = t.number(r, p.objectives().get(k).name());
            feasible[r] = Boolean.parseBoolean(t.text(r, "feasible"));
        }
        int k = maxmin ? org.agrifront.core.MaxMin.index(obj, Dominance.senses(p), feasible,
                org.agrifront.core.MaxMin.reference(p.objectives(), p.objectiveReferences()))
                : Compromise.knee(obj, Dominance.senses(p), feasible);
        if (k < 0) throw InputException.file(front, "empty front");
        return k;
    }
}
