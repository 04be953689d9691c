package org.agrifront.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.agrifront.exact.CropLivestockLp;
import org.agrifront.exact.CropLivestockModel;
import org.agrifront.exact.ExactPoint;
import org.agrifront.experiment.RunFiles;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.agrifront.problems.croplivestock.CropLivestockProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agrifront scenarios PROBLEM.json}: the crop-livestock paper's LP scenarios on an instance — each objective
 * alone (lexicographic optima) and the 32 schemes of 0/1 weights on water, GHG, N, P and output.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"The seed paper's LP scenarios of a crop-livestock problem: every single-objective optimum and the 32",
                "0/1-weighted schemes (water, GHG, N, P, output; each objective scaled by its range over the optima). Writes",
                "scenarios.csv (objectives, changes over today, hotspots, violations) and solutions.csv (genomes in the",
                "problem's encoding, usable with 'run --initial-solutions')."})
public final class ScenariosCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "A crop-livestock problem file (e.g. problems/qtp-synthetic.json).")
    Path problemFile;

    @Option(names = "--out", description = "Output folder. Default: results/scenarios/<problem>.")
    Path out;

    @Option(names = "--data", description = "Data folder replacing the one named in the problem file.")
    Path data;

    @Option(names = "--time-limit", defaultValue = "60", description = "Seconds per LP solve. Default: ${DEFAULT-VALUE}.")
    long timeLimit;

    @Override
    public Integer call() {
        if (out != null) Flags.outputFolder("--out", out);
        Problem<?> loaded = Problems.load(ProblemSource.of(problemFile, data));
        if (!(loaded instanceof CropLivestockProblem p)) {
            throw new IllegalArgumentException(problemFile + ": 'scenarios' needs a croplivestock problem, found " + loaded.name());
        }
        List<ExactPoint> points = new ArrayList<>();
        try (CropLivestockLp lp = new CropLivestockLp(p)) {
            List<ExactPoint> optima = CropLivestockModel.optima(p, lp, timeLimit * 1000);
            points.addAll(optima);
            points.addAll(CropLivestockModel.schemes(p, lp, optima, timeLimit * 1000));
        }
        Path dir = out != null ? out : Path.of("results", "scenarios", p.name());
        write(dir, p, points);
        double[] today = p.evaluator().currentObjectives();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-22s %-10s", "scenario", "status"));
        for (var o : p.objectives()) head.append(String.format(Locale.ROOT, " %10s", o.name()));
        System.out.println(head.append("  hotspots(after/alleviated %)"));
        for (ExactPoint pt : points) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s %-10s", pt.label(), pt.status()));
            for (int k = 0; k < today.length; k++) sb.append(String.format(Locale.ROOT, " %+9.2f%%", 100 * (pt.objectives()[k] - today[k]) / Math.abs(today[k])));
            sb.append(String.format(Locale.ROOT, "  %.1f / %.1f", pt.outputs()[0], pt.outputs()[1]));
            if (!pt.feasible()) sb.append("  INFEASIBLE");
            System.out.println(sb);
        }
        System.out.println("result: " + dir.resolve("scenarios.csv"));
        return 0;
    }

    static void write(Path dir, CropLivestockProblem p, List<ExactPoint> points) {
        double[] today = p.evaluator().currentObjectives();
        StringBuilder sb = new StringBuilder("solution,scenario,status,seconds");
        for (var o : p.objectives()) sb.append(',').append(o.name());
        for (var o : p.objectives()) sb.append(",change_").append(o.name()).append("_pct");
        for (var o : p.outputs()) sb.append(',').append(o.name());
        for (var c : p.constraints()) sb.append(',').append(c.name());
        sb.append(",feasible\n");
        sb.append("today,today,,");
        for (double v : today) sb.append(',').append(Numbers.format(v));
        for (int k = 0; k < today.length; k++) sb.append(",0");
        CropLivestockProblem.Hotspots h = p.hotspots(p.exceedancesToday());
        sb.append(',').append(Numbers.format(h.hotspotPercent())).append(",0,").append(Numbers.format(h.withinAllPercent()));
        for (int c = 0; c < p.numberOfConstraints(); c++) sb.append(',');
        sb.append(",\n");
        List<Individual<double[]>> genomes = new ArrayList<>();
        for (ExactPoint pt : points) {
            sb.append(pt.genome() == null ? "" : Integer.toString(genomes.size())).append(',').append(pt.label()).append(',')
                    .append(pt.status()).append(',').append(Numbers.format(pt.seconds()));
            for (double v : pt.objectives()) sb.append(',').append(Numbers.format(v));
            for (int k = 0; k < today.length; k++) sb.append(',').append(Numbers.format(100 * (pt.objectives()[k] - today[k]) / Math.abs(today[k])));
            for (double v : pt.outputs()) sb.append(',').append(Numbers.format(v));
            for (double v : pt.violations()) sb.append(',').append(Numbers.format(v));
            sb.append(',').append(pt.feasible()).append('\n');
            if (pt.genome() != null) genomes.add(new Individual<>((double[]) pt.genome(), pt.objectives(), pt.violations()));
        }
        AtomicFiles.writeString(dir.resolve("scenarios.csv"), sb.toString());
        RunFiles.writeSolutions(dir.resolve(RunFiles.SOLUTIONS), p, genomes);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("problem", p.name());
        meta.put("scenarios", points.size());
        meta.put("solver", "OR-Tools GLOP (LP) over the evolutionary encoding's decision space");
        meta.put("optima", "lexicographic: the objective alone, then the sum of the other normalised objectives");
        meta.put("schemes", "minimise sum_k w_k (f_k - ideal_k) / (nadir_k - ideal_k) over the payoff table of the six optima "
                + "(output with a minus sign), w in {0,1} on water, ghg, n_surplus, p_surplus, output (label bits in that "
                + "order), + 1e-4 x the unweighted sum of all six");
        meta.put("solutionsCsv", "row 'solution' of scenarios.csv = row of solutions.csv");
        RunFiles.writeRunJson(dir.resolve("scenarios.json"), meta);
    }
}
