package org.agrifront.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.ConstraintHandling;
import org.agrifront.engine.Engine;
import org.agrifront.engine.Engines;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.agrifront.engine.FrontSource;
import org.agrifront.experiment.SingleRun;
import org.agrifront.experiment.Start;
import org.agrifront.experiment.SolutionsFile;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.agrifront.problems.landuse.HierarchySettings;
import org.agrifront.problems.landuse.LandUseProblem;
import org.agrifront.seeding.HierarchicalSeeding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront run PROBLEM.json}: one run, one front. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one algorithm on one problem with one seed; writes front.csv, solutions.csv, variables.csv and run.json.",
                "Example: agrifront run problems/landuse-synthetic.json --engine jmetal --algorithm nsga3 --generations 200 --seed 7"})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "Problem file, e.g. problems/landuse-synthetic.json.")
    Path problemFile;

    @Option(names = "--engine", defaultValue = "moea", description = "moea (MOEA Framework) or jmetal. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--algorithm", defaultValue = "nsga2", description = "Algorithm by canonical name or alias (nsga2, nsga3, moead, smsemoa, gde3, ...; 'agrifront algorithms' lists each engine's). Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--population", description = {"Population size. Default: 100 for nsga2; for nsga3 the number of reference",
            "directions rounded up to a multiple of 4 (e.g. 156 for 8 objectives, 92 for 3)."})
    Integer population;

    @Option(names = "--generations", defaultValue = "100",
            description = "Generations after the initial population (evaluations = population x (generations + 1)). Default: ${DEFAULT-VALUE}.")
    int generations;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; a run is determined by problem, settings and seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", description = "Output folder. Default: results/runs/<problem>/<engine>-<algorithm>-seed<seed>.")
    Path out;

    @Option(names = "--data", description = "Data folder replacing the one named in the problem file.")
    Path data;

    @Option(names = "--crossover", description = "Crossover, NAME or NAME:key=value,... e.g. uniform:probability=0.9, one-point, two-point, sbx:eta=15.")
    String crossover;

    @Option(names = "--mutation", description = "Mutation, e.g. reset:genes=1, unit-block:blocks=1 (land use), pm:eta=20, activity-scale:genes=20 (crop-livestock).")
    String mutation;

    @Option(names = "--init",
            description = {"Initial population: neutral (the problem's start that uses no exact knowledge), random, or a problem's",
                    "own (land use: scalarized; crop-livestock and crop switching: current). Default: neutral where the problem",
                    "has it, else the problem's default. run.json records the start as neutral or informed."})
    String initialization;

    @Option(names = "--front", defaultValue = "archive",
            description = {"Where front.csv comes from: archive (every evaluated solution goes through a non-dominated archive of",
                    "--param archive=N members, default the population size) or population (the last population's",
                    "non-dominated set). Default: ${DEFAULT-VALUE}."})
    String front;

    @Option(names = "--initial-solutions", paramLabel = "FILE",
            description = {"Seed the first members of the initial population with the genomes in FILE (a run's solutions.csv, or the",
                    "exact solutions written by bounds or scenarios); the rest come from --init. Recorded in run.json."})
    Path initialSolutions;

    @Option(names = "--constraint-handling", defaultValue = "dominance",
            description = "dominance (Deb), penalty or repair. Default: ${DEFAULT-VALUE}.")
    String constraintHandling;

    @Option(names = "--param", description = {"Algorithm parameter key=value, repeatable: divisions=12, innerDivisions=2 (NSGA-III),",
            "penalty=1000, extremeArchive=1 (add each objective's best feasible solution found to the front),",
            "archive=N (size of the non-dominated archive the front comes from; default the population size, 0 = --front population)."})
    Map<String, Double> parameters = new LinkedHashMap<>();

    @Option(names = "--seeding", defaultValue = "random",
            description = {"Land use: random (a plain run from --init) or hierarchical (the paper's biome -> unit -> cell chain; the",
                    "biome and unit fronts go to OUT/biome and OUT/unit). Allocation problems with groups: hierarchical runs one",
                    "level per group column, coarsest first (OUT/level-GROUP; --unit-generations/--unit-population set each",
                    "level's budget, default 100 x 100), then the cells. Seeded starts are labelled informed. Default: ${DEFAULT-VALUE}."})
    String seeding;

    @Option(names = "--biome-factor", description = "Hierarchical seeding: constraint factor of the biome level (default: problem file, else 1.0).")
    Double biomeFactor;

    @Option(names = "--unit-factor", description = "Hierarchical seeding: relaxed constraint factor of the unit level (default: problem file, else 0.98).")
    Double unitFactor;

    @Option(names = "--unit-generations", description = "Hierarchical seeding: generations of the unit level (default: problem file, else 500).")
    Integer unitGenerations;

    @Option(names = "--unit-population", description = "Hierarchical seeding: population of the unit level (default: problem file, else 100).")
    Integer unitPopulation;

    @Option(names = "--threads", defaultValue = "0",
            description = "Threads for the biome enumeration (0 = all processors). The result does not depend on it.")
    int threads;

    @Option(names = "--no-solutions", description = "Do not write solutions.csv and variables.csv.")
    boolean noSolutions;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Override
    public Integer call() {
        Flags.atLeast("--threads", threads, 0);
        Flags.atLeast("--generations", generations, 0);
        if (population != null) Flags.atLeast("--population", population, 2);
        if (unitGenerations != null) Flags.atLeast("--unit-generations", unitGenerations, 0);
        if (unitPopulation != null) Flags.atLeast("--unit-population", unitPopulation, 2);
        if (out != null) Flags.outputFolder("--out", out);
        Engine eng = Engines.get(engine);
        String alg = eng.algorithms().get(algorithm).name();
        eng.algorithms().check(AlgorithmSpec.of(alg, 2).withParameters(parameters), null);
        Problem<?> problem = Problems.load(ProblemSource.of(problemFile, data));
        eng.algorithms().check(AlgorithmSpec.of(alg, 2), org.agrifront.engine.GenomeKind.of(problem));
        int size = population != null ? population : Algorithms.defaultPopulation(alg, problem.numberOfObjectives(), parameters);
        AlgorithmSpec spec = new AlgorithmSpec(alg, size,
                crossover == null ? null : OperatorSpec.parse(crossover),
                mutation == null ? null : OperatorSpec.parse(mutation),
                ConstraintHandling.parse(constraintHandling),
                Start.resolve(problem, initialization), parameters);
        try {
            spec = FrontSource.apply(spec, front);
            FrontSource.of(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--front: " + e.getMessage());
        }
        org.agrifront.engine.MemoryBudget.check(problem, spec);
        Path dir = out != null ? out : Flags.outputFolder("--out", Path.of("results", "runs", problem.name(), eng.name() + "-" + alg + "-seed" + seed));
        switch (seeding) {
            case "random":
                return run(eng, problem, spec, dir);
            case "hierarchical":
                if (initialSolutions != null) throw new IllegalArgumentException("--seeding hierarchical makes its own seeds; drop --initial-solutions");
                if (problem instanceof org.agrifront.problems.allocation.AllocationProblem allocation) {
                    return allocationHierarchical(eng, allocation, spec, dir);
                }
                if (!(problem instanceof LandUseProblem landUse)) {
                    throw new IllegalArgumentException("--seeding hierarchical needs a land-use problem or an allocation problem with groups; "
                            + problemFile + " is neither");
                }
                return hierarchical(eng, landUse, spec, dir);
            default:
                throw new IllegalArgumentException("--seeding: expected random or hierarchical, found '" + seeding + "'");
        }
    }

    private int hierarchical(Engine eng, LandUseProblem problem, AlgorithmSpec spec, Path dir) {
        HierarchySettings h = problem.hierarchy();
        try {
            HierarchicalSeeding.checkUnitLevel(h, java.util.List.of(eng));
        } catch (IllegalArgumentException e) {
            throw org.agrifront.io.Json.invalid(problemFile, "$.seeding", e.getMessage());
        }
        if (biomeFactor != null) h = h.withBiomeFactor(biomeFactor);
        if (unitFactor != null) h = h.withUnitFactor(unitFactor);
        if (unitGenerations != null) h = h.withUnitGenerations(unitGenerations);
        if (unitPopulation != null) h = h.withUnitPopulation(unitPopulation);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("problemFile", problemFile.toString());
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        HierarchicalSeeding.Outcome outcome = HierarchicalSeeding.run(eng, problem, spec, seed, generations, h, t, dir,
                !noSolutions, extra, quiet ? null : new ProgressLine<>(generations), System.out);
        summarize(problem, outcome.cell(), dir);
        return 0;
    }

    /** Group levels of an allocation problem (coarsest first), then the cell level seeded with their front. */
    private int allocationHierarchical(Engine eng, org.agrifront.problems.allocation.AllocationProblem problem, AlgorithmSpec spec, Path dir) {
        if (biomeFactor != null || unitFactor != null) {
            throw new IllegalArgumentException("--biome-factor and --unit-factor apply to the land-use problem; allocation levels keep the problem's constraints");
        }
        var d = org.agrifront.seeding.AllocationSeeding.Settings.DEFAULTS;
        var settings = new org.agrifront.seeding.AllocationSeeding.Settings(
                unitGenerations != null ? unitGenerations : d.generations(), unitPopulation != null ? unitPopulation : d.population());
        org.agrifront.experiment.SeedingMethod.Seeds seeds = org.agrifront.seeding.AllocationSeeding.prepare(
                eng, problem, spec, seed, settings, dir, System.out);
        @SuppressWarnings("unchecked")
        List<byte[]> genomes = (List<byte[]>) seeds.genomes();
        RunSpec<byte[]> runSpec = new RunSpec<>(problem, spec, seed, generations, genomes);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("problemFile", problemFile.toString());
        extra.put("seeding", seeds.summary());
        RunResult<byte[]> result = SingleRun.execute(eng, runSpec, dir, !noSolutions, extra,
                quiet ? null : new ProgressLine<>(generations));
        summarize(problem, result, dir);
        return 0;
    }

    private <G> int run(Engine eng, Problem<G> problem, AlgorithmSpec spec, Path dir) {
        List<G> seeds = initialSolutions == null ? List.of() : SolutionsFile.read(initialSolutions, problem);
        if (seeds.size() > spec.populationSize()) {
            throw new IllegalArgumentException(initialSolutions + " holds " + seeds.size() + " solutions, more than the population ("
                    + spec.populationSize() + ")");
        }
        RunSpec<G> runSpec = new RunSpec<>(problem, spec, seed, generations, seeds);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("problemFile", problemFile.toString());
        if (initialSolutions != null) extra.put("initialSolutions", initialSolutions.toString());
        RunResult<G> result = SingleRun.execute(eng, runSpec, dir, !noSolutions, extra,
                quiet ? null : new ProgressLine<>(generations));
        summarize(problem, result, dir);
        return 0;
    }

    static <G> void summarize(Problem<G> problem, RunResult<G> result, Path dir) {
        List<Individual<G>> front = result.front();
        long feasible = front.stream().filter(Individual::feasible).count();
        System.out.printf(Locale.ROOT, "front: %d solutions, %d feasible%n", front.size(), feasible);
        Map<String, Double> refs = problem.objectiveReferences();
        List<Objective> objs = problem.objectives();
        for (int i = 0; i < objs.size(); i++) {
            Objective o = objs.get(i);
            final int j = i;
            double best = front.stream().filter(Individual::feasible).mapToDouble(ind -> o.sense().toMinimization(ind.objectives()[j]))
                    .min().orElse(Double.NaN);
            best = o.sense().fromMinimization(best);
            Double ref = refs.get(o.name());
            String gain = ref == null || Double.isNaN(best) ? "" : String.format(Locale.ROOT, "  (%+.2f%% vs reference %.6g)", 100 * (best - ref) / Math.abs(ref), ref);
            System.out.printf(Locale.ROOT, "best feasible %-10s %.6g %s%s%n", o.name(), best, o.unit().isEmpty() ? "" : "[" + o.unit() + "]", gain);
        }
        System.out.printf(Locale.ROOT, "time: %.2f s, %d generations, %d evaluations (%.0f evaluations/s)%n",
                result.elapsedNanos() / 1e9, result.generations(), result.evaluations(),
                result.evaluations() / (result.elapsedNanos() / 1e9));
        System.out.println("result: " + dir.resolve("front.csv"));
    }
}
