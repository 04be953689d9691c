package org.agrifront.engine.moea;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.AlgorithmRegistry;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.agrifront.engine.RunContext;
import org.moeaframework.algorithm.AGEMOEAII;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.CMAES;
import org.moeaframework.algorithm.EpsilonMOEA;
import org.moeaframework.algorithm.EpsilonNSGAII;
import org.moeaframework.algorithm.GDE3;
import org.moeaframework.algorithm.IBEA;
import org.moeaframework.algorithm.MOEAD;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.algorithm.NSGAIII;
import org.moeaframework.algorithm.PESA2;
import org.moeaframework.algorithm.RVEA;
import org.moeaframework.algorithm.RandomSearch;
import org.moeaframework.algorithm.SMSEMOA;
import org.moeaframework.algorithm.SPEA2;
import org.moeaframework.algorithm.UNSGAIII;
import org.moeaframework.algorithm.continuation.AdaptiveTimeContinuationExtension;
import org.moeaframework.algorithm.pso.OMOPSO;
import org.moeaframework.algorithm.pso.SMPSO;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.Niche;
import org.moeaframework.core.attribute.NicheDistance;
import org.moeaframework.core.comparator.AggregateConstraintComparator;
import org.moeaframework.core.comparator.ChainedComparator;
import org.moeaframework.core.comparator.CrowdingComparator;
import org.moeaframework.core.comparator.DominanceComparator;
import org.moeaframework.core.comparator.ParetoDominanceComparator;
import org.moeaframework.core.comparator.RankComparator;
import org.moeaframework.core.fitness.AdditiveEpsilonIndicatorFitnessEvaluator;
import org.moeaframework.core.fitness.HypervolumeFitnessEvaluator;
import org.moeaframework.core.fitness.IndicatorFitnessEvaluator;
import org.moeaframework.core.initialization.Initialization;
import org.moeaframework.core.operator.Variation;
import org.moeaframework.core.operator.real.DifferentialEvolutionVariation;
import org.moeaframework.core.population.EpsilonBoxDominanceArchive;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.population.NondominatedSortingPopulation;
import org.moeaframework.core.population.Population;
import org.moeaframework.core.population.ReferenceVectorGuidedPopulation;
import org.moeaframework.core.selection.DifferentialEvolutionSelection;
import org.moeaframework.core.selection.Selection;
import org.moeaframework.core.selection.TournamentSelection;
import org.moeaframework.core.selection.UniformSelection;
import org.moeaframework.util.weights.NormalBoundaryDivisions;

/**
 * MOEA Framework 5.0's algorithms as Agrifront runs them: one descriptor (parameters with the library's defaults,
 * constraint handling as verified on a constrained toy problem, see docs/algorithms.md) and one builder per
 * algorithm. GA-type algorithms get the problem's own operators ({@link FusedVariation}) and initialisation; the
 * real-valued ones (GDE3, SMPSO, OMOPSO, CMA-ES) keep their own search on {@link RealCodedProblem}. Every random
 * draw goes through {@link PRNG}, which is bound to the run's stream ({@link MoeaRandom}).
 */
final class MoeaAlgorithms {
    private MoeaAlgorithms() {
    }

    private static final Set<GenomeKind> BOTH = Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL);
    private static final Set<GenomeKind> REAL = Set.of(GenomeKind.REAL);
    private static final String DEB = "Deb's constraint-domination (feasible first, then smaller total violation, "
            + "then Pareto dominance)";

    private static ParameterSpec epsilon() {
        return ParameterSpec.real("epsilon", 0.01, 1e-12, 1e300,
                "epsilon-box size of the archive, every objective, in minimisation units (library default 0.01; box "
                        + "indices kept as doubles, so large objectives do not saturate them)");
    }

    private static AlgorithmDescriptor d(String name, Set<GenomeKind> genomes, List<ParameterSpec> parameters,
                                         String constraints, Class<?> type, String description) {
        return new AlgorithmDescriptor(name, Algorithms.aliasesOf(name), genomes, parameters, constraints,
                type.getName(), description);
    }

    static final AlgorithmRegistry REGISTRY = new AlgorithmRegistry("moea", List.of(
            d(Algorithms.NSGA2, BOTH, List.of(), "Deb's constraint-domination in sorting and tournament",
                    NSGAII.class, "NSGA-II (Deb et al. 2002)"),
            d(Algorithms.NSGA3, BOTH, Algorithms.NSGA3_PARAMETERS,
                    "Deb's constraint-domination in sorting; tournament on total violation", NSGAIII.class,
                    "NSGA-III (Deb & Jain 2014); intercepts from worst values when the hyperplane is degenerate"),
            d("unsga3", BOTH, Algorithms.NSGA3_PARAMETERS,
                    "Deb's constraint-domination in sorting; tournament: smaller total violation when either parent "
                            + "is infeasible, else niche and rank", UNSGAIII.class,
                    "U-NSGA-III (Seada & Deb 2016): NSGA-III with niche-based tournament selection"),
            d("moead", BOTH, List.of(
                            ParameterSpec.integer("neighborhoodSize", 20, 2, 1_000_000,
                                    "neighbours of each subproblem for mating and replacement (capped at the population)"),
                            ParameterSpec.real("delta", 0.9, 0, 1, "probability of mating within the neighbourhood"),
                            ParameterSpec.integer("eta", 2, 1, 1_000_000,
                                    "maximum number of population slots one child may replace"),
                            ParameterSpec.integer("updateUtility", -1, -1, 1_000_000,
                                    "generations between utility updates (MOEA/D-DRA); -1 = plain MOEA/D")),
                    "replacement by feasibility first: a feasible child replaces an infeasible member, of two "
                            + "infeasible ones the smaller total violation wins, two feasible ones compare by Tchebycheff value",
                    MOEAD.class, "MOEA/D (Zhang & Li 2007), Tchebycheff; one child per subproblem"),
            d("spea2", BOTH, List.of(ParameterSpec.integer("k", 1, 1, 1_000_000,
                            "k-th nearest neighbour for the density estimate")),
                    "strength fitness over Deb's constraint-domination (infeasible solutions are dominated by "
                            + "feasible ones and by less violating ones)", SPEA2.class,
                    "SPEA2 (Zitzler et al. 2001); offspring per generation = population"),
            d("smsemoa", BOTH, List.of(ParameterSpec.real("offset", 100, 0, 1e300,
                            "reference-point offset of the hypervolume contribution")),
                    DEB + " in the non-dominated sorting; hypervolume contribution within the last front",
                    SMSEMOA.class, "SMS-EMOA (Beume et al. 2007), steady state; hypervolume contributions on "
                            + "normalised objectives (the library's evaluator skips its normalisation)"),
            d("emoea", BOTH, List.of(epsilon()),
                    DEB + " for population replacement; epsilon-box archive compares total violation first",
                    EpsilonMOEA.class, "epsilon-MOEA (Deb et al. 2003), steady state"),
            d("ensga2", BOTH, List.of(epsilon(),
                            ParameterSpec.integer("windowSize", 100, 1, 1_000_000, "generations between restart checks"),
                            ParameterSpec.integer("maxWindowSize", 100, 1, 1_000_000, "generations after which a restart is forced"),
                            ParameterSpec.real("injectionRate", 0.25, 1e-6, 1, "archive share of the population after a restart"),
                            ParameterSpec.integer("minimumPopulationSize", 0, 2, 1_000_000, "smallest population after a restart")
                                    .derived("the population"),
                            ParameterSpec.integer("maximumPopulationSize", 10_000, 2, 1_000_000, "largest population after a restart")),
                    DEB + " in sorting and tournament; epsilon-box archive compares total violation first",
                    EpsilonNSGAII.class, "epsilon-NSGA-II (Kollat & Reed 2006): NSGA-II, epsilon-box archive and "
                            + "restarts that refill the population with mutated archive members (the problem's mutation)"),
            d("ibea", BOTH, List.of(ParameterSpec.integer("indicator", 0, 0, 1,
                            "0 = hypervolume, 1 = additive epsilon indicator"),
                            ParameterSpec.integer("keepExtremes", 0, 0, 1,
                            "1 = each objective's best feasible member always survives and wins its tournaments")),
                    "library IBEA refuses constraints; Agrifront ranks by total violation before the indicator "
                            + "fitness (infeasible always worse, smaller violation better) in selection and survival",
                    IBEA.class, "IBEA (Zitzler & Kuenzli 2004)"),
            d("agemoea2", BOTH, List.of(), DEB + " in the non-dominated sorting; survival score within a front",
                    AGEMOEAII.class, "AGE-MOEA-II (Panichella 2022); extreme points and intercepts on objectives "
                            + "translated by the ideal point (the library uses raw objectives)"),
            d("rvea", BOTH, List.of(
                            ParameterSpec.integer("divisions", 0, 1, 1000, "divisions of the reference vectors")
                                    .derived("as NSGA-III (by objectives)"),
                            ParameterSpec.integer("innerDivisions", 0, 0, 1000, "inner-layer divisions (0 = one layer)")
                                    .derived("by objectives"),
                            ParameterSpec.real("alpha", 2.0, 0, 1e6, "rate of change of the angle penalty"),
                            ParameterSpec.integer("adaptFrequency", 10, 1, 1_000_000, "generations between reference-vector adaptations")),
                    "per reference vector the feasible member with the smallest angle-penalised distance; "
                            + "if none is feasible, the smallest total violation",
                    RVEA.class, "RVEA (Cheng et al. 2016); the population holds at most one member per reference vector"),
            d("pesa2", BOTH, List.of(
                            ParameterSpec.integer("bisections", 8, 1, 30, "bisections of each objective in the adaptive grid"),
                            ParameterSpec.integer("archiveSize", 100, 1, 1_000_000, "capacity of the grid archive")),
                    "archive keeps the non-dominated set under " + DEB,
                    PESA2.class, "PESA-II (Corne et al. 2001), region-based selection; its archive is the result population"),
            d("random", BOTH, List.of(),
                    "non-dominated archive under " + DEB, org.moeaframework.algorithm.RandomSearch.class,
                    "random search: the initialisation once, then uniform random genomes; the archive is the result"),
            d("gde3", REAL, List.of(
                            ParameterSpec.real("crossoverRate", 0.1, 0, 1, "differential-evolution crossover rate CR"),
                            ParameterSpec.real("stepSize", 0.5, 0, 2, "differential-evolution scaling factor F")),
                    DEB + " in the parent-child comparison and the sorting", GDE3.class,
                    "GDE3 (Kukkonen & Lampinen 2005); its own DE/rand/1/bin, clamped to the bounds"),
            d("smpso", REAL, List.of(
                            ParameterSpec.integer("leaderSize", 0, 1, 1_000_000, "size of the leader archive").derived("the population"),
                            ParameterSpec.real("mutationProbability", 0, 0, 1, "polynomial-mutation probability")
                                    .derived("1 / variables"),
                            ParameterSpec.real("distributionIndex", 20, 0, 1e6, "polynomial-mutation distribution index")),
                    DEB + " for personal bests and the leader archive", SMPSO.class,
                    "SMPSO (Nebro et al. 2009); velocities constricted, positions clamped to the bounds; the leader archive is the result"),
            d("omopso", REAL, List.of(
                            ParameterSpec.integer("leaderSize", 0, 1, 1_000_000, "size of the leader archive").derived("the population"),
                            epsilon(),
                            ParameterSpec.real("mutationProbability", 0, 0, 1, "uniform/non-uniform mutation probability")
                                    .derived("1 / variables"),
                            ParameterSpec.real("perturbationIndex", 0.5, 0, 1e6, "perturbation index of both mutations")),
                    DEB + " for personal bests, leaders and the epsilon-box archive", OMOPSO.class,
                    "OMOPSO (Sierra & Coello 2005); positions clamped to the bounds; the epsilon archive is the result"),
            d("cmaes", REAL, List.of(
                            ParameterSpec.integer("lambda", 0, 2, 1_000_000, "offspring per iteration").derived("the population"),
                            ParameterSpec.real("sigma", 0.5, 1e-12, 1e6, "initial step size, as a share of each variable's range"),
                            ParameterSpec.integer("diagonalIterations", 0, 0, 1_000_000, "iterations using only the covariance diagonal")
                                    .derived("150 × variables / lambda")),
                    DEB + " (non-dominated sorting of each sample); samples outside the bounds are redrawn",
                    CMAES.class, "MO-CMA-ES as in MOEA Framework (Igel et al. 2007 ranking, crowding); starts at the "
                            + "first member of the initialisation; the archive is the result")));

    /** A built algorithm: the library object and how to read the population Agrifront reports. */
    record Built<W>(Algorithm algorithm, Supplier<List<Candidate<W>>> population, boolean generational,
                    Runnable prepare, Runnable finish, Runnable initialised) {
        Built(Algorithm algorithm, Supplier<List<Candidate<W>>> population, boolean generational, Runnable prepare,
              Runnable finish) {
            this(algorithm, population, generational, prepare, finish, null);
        }
    }

    /** Builds {@code name} for the run {@code ctx}. */
    @SuppressWarnings("unchecked")
    static <G, W> Built<W> build(String name, RunContext<G, W> ctx) {
        if (!REGISTRY.get(name).accepts(GenomeKind.of(ctx.problem))) {
            throw new IllegalArgumentException("algorithm '" + name + "' of engine 'moea' needs a real genome");
        }
        switch (name) {
            case "gde3": case "smpso": case "omopso": case "cmaes":
                return (Built<W>) (Built<?>) realCoded(name, (RunContext<double[], double[]>) ctx);
            default:
                return genetic(name, ctx);
        }
    }

    /**
     * The population-level hook for NSGA-II and NSGA-III: a problem that batches ({@link RunContext#batched()}, e.g.
     * an external model with {@code "batch"}) gets the whole offspring population in one call; any other problem is
     * evaluated one by one as the library would. Returns the number of evaluations made through the batch (the
     * library's count is raised by them), 0 when {@code algorithm} evaluated them itself.
     */
    private static <W> int evaluateBatched(MoeaProblemAdapter<W> problem, Iterable<Solution> solutions, Algorithm algorithm) {
        if (!problem.batched()) {
            for (Solution s : solutions) algorithm.evaluate(s);
            return 0;
        }
        List<Solution> list = new java.util.ArrayList<>();
        for (Solution s : solutions) list.add(s);
        problem.evaluateAll(list);
        return list.size();
    }

    private static <G, W> Built<W> genetic(String name, RunContext<G, W> ctx) {
        boolean ibea = name.equals("ibea");
        MoeaProblemAdapter<W> problem = new MoeaProblemAdapter<>(ctx, ibea);
        MoeaProblemAdapter<W> adapter = problem; // inside library subclasses 'problem' is the library's own field
        int n = ctx.spec.algorithm().populationSize();
        Initialization initialization = size -> {
            Solution[] s = new Solution[size];
            for (int i = 0; i < size; i++) s[i] = problem.solution(ctx.initial(i, size));
            return s;
        };
        Variation variation = new FusedVariation<>(ctx, problem);
        java.util.function.ToDoubleFunction<String> p = key -> ctx.spec.algorithm().parameter(key, defaultOf(name, key));
        switch (name) {
            case Algorithms.NSGA2: {
                Selection selection = new TournamentSelection(2,
                        new ChainedComparator(new ParetoDominanceComparator(), new CrowdingComparator()));
                NSGAII a = new NSGAII(problem, n, OrderPreservingSorting.install(new NondominatedSortingPopulation(), true),
                        null, selection, variation, initialization) {
                    @Override
                    public void evaluateAll(Iterable<Solution> solutions) {
                        numberOfEvaluations += evaluateBatched(adapter, solutions, this);
                    }
                };
                return new Built<>(a, () -> candidates(a.getPopulation()), true, null, null);
            }
            case Algorithms.NSGA3: {
                TranslatedInterceptsPopulation population = referencePopulation(ctx);
                NSGAIII a = new NSGAIII(problem, n, population, nsga3Selection(problem.getNumberOfConstraints()),
                        variation, initialization) {
                    @Override
                    public void evaluateAll(Iterable<Solution> solutions) {
                        numberOfEvaluations += evaluateBatched(adapter, solutions, this);
                    }
                };
                return new Built<>(a, () -> candidates(a.getPopulation()), true, null,
                        () -> ctx.note("hyperplaneFallbacks", population.fallbacks()));
            }
            case "unsga3": {
                TranslatedInterceptsPopulation population = referencePopulation(ctx);
                UNSGAIII a = new UNSGAIII(problem, n, population, new TournamentSelection(2, new UnifiedDominance()),
                        variation, initialization);
                return new Built<>(a, () -> candidates(a.getPopulation()), true, null,
                        () -> ctx.note("hyperplaneFallbacks", population.fallbacks()));
            }
            case "moead": {
                int neighbours = (int) Math.min(p.applyAsDouble("neighborhoodSize"), n);
                MOEAD a = new MOEAD(problem, n, neighbours, null, initialization, new FirstChild(variation),
                        p.applyAsDouble("delta"), p.applyAsDouble("eta"), (int) p.applyAsDouble("updateUtility"));
                return new Built<>(a, () -> candidates(moeadPopulation(a)), false, null, null);
            }
            case "spea2": {
                SPEA2 a = new SPEA2(problem, n, initialization, variation, n, (int) p.applyAsDouble("k"));
                return new Built<>(a, () -> candidates(a.getPopulation()), false, null, null);
            }
            case "smsemoa": {
                SMSEMOA a = new SMSEMOA(problem, n, initialization, variation,
                        new HypervolumeContribution(p.applyAsDouble("offset")));
                return new Built<>(a, () -> candidates(a.getPopulation()), false, null, null);
            }
            case "emoea": {
                EpsilonMOEA a = new EpsilonMOEA(problem, n, new Population(),
                        new EpsilonBoxDominanceArchive(new WideEpsilonBoxComparator(p.applyAsDouble("epsilon"))), new TournamentSelection(2),
                        variation, initialization);
                return new Built<>(a, () -> candidates(a.getPopulation()), false, null, null);
            }
            case "ensga2": {
                Selection selection = new TournamentSelection(2,
                        new ChainedComparator(new ParetoDominanceComparator(), new CrowdingComparator()));
                EpsilonNSGAII a = new EpsilonNSGAII(problem, n,
                        OrderPreservingSorting.install(new NondominatedSortingPopulation(), true),
                        new EpsilonBoxDominanceArchive(new WideEpsilonBoxComparator(p.applyAsDouble("epsilon"))), selection, variation, initialization,
                        (int) p.applyAsDouble("windowSize"), (int) p.applyAsDouble("maxWindowSize"),
                        p.applyAsDouble("injectionRate"), (int) ctx.spec.algorithm().parameter("minimumPopulationSize", n),
                        (int) p.applyAsDouble("maximumPopulationSize"));
                // The library's restarts mutate archive members with UM, a real-only operator that leaves other
                // genomes unchanged: use the problem's own mutation instead, with the same settings.
                AdaptiveTimeContinuationExtension library = a.getExtensions().get(AdaptiveTimeContinuationExtension.class);
                a.getExtensions().remove(AdaptiveTimeContinuationExtension.class);
                AdaptiveTimeContinuationExtension restarts = new AdaptiveTimeContinuationExtension(library.getWindowSize(),
                        library.getMaxWindowSize(), library.getInjectionRate(), library.getMinimumPopulationSize(),
                        library.getMaximumPopulationSize(), new UniformSelection(), new MutationOnly<>(ctx, problem));
                int[] count = new int[1];
                restarts.addRestartListener(e -> count[0]++);
                a.addExtension(restarts);
                return new Built<>(a, () -> candidates(a.getPopulation()), false, null, () -> ctx.note("restarts", count[0]));
            }
            case "ibea": {
                IndicatorFitnessEvaluator indicator = p.applyAsDouble("indicator") == 0
                        ? new HypervolumeFitnessEvaluator(problem) : new AdditiveEpsilonIndicatorFitnessEvaluator(problem);
                boolean keepExtremes = p.applyAsDouble("keepExtremes") == 1;
                if (ctx.constrained() || keepExtremes) {
                    indicator = new FeasibleFirstFitness(problem, indicator,
                            s -> MoeaProblemAdapter.candidate(s).totalViolation, keepExtremes);
                }
                IBEA a = new IBEA(problem, n, null, initialization, variation, indicator);
                return new Built<>(a, () -> candidates(a.getPopulation()), false, null, null);
            }
            case "agemoea2": {
                AGEMOEAII a = org.moeaframework.algorithm.TranslatedAgeMoeaPopulation.create(problem, n, variation, initialization);
                return new Built<>(a, () -> candidates(a.getPopulation()), false, null, null);
            }
            case "rvea": {
                NormalBoundaryDivisions divisions = divisions(ctx);
                RVEA a = new RVEA(problem, n, new ReferenceVectorGuidedPopulation(ctx.objectives, divisions,
                        p.applyAsDouble("alpha")), variation, initialization, Math.max(1, ctx.spec.generations()),
                        (int) p.applyAsDouble("adaptFrequency"));
                ctx.note("referenceDirections", divisions.getNumberOfReferencePoints(ctx.objectives));
                return new Built<>(a, () -> candidates(a.getPopulation()), false, null, null);
            }
            case "pesa2": {
                PESA2 a = new PESA2(problem, n, variation, initialization, (int) p.applyAsDouble("bisections"),
                        (int) p.applyAsDouble("archiveSize"));
                return new Built<>(a, () -> candidates(a.getArchive()), false, null, null);
            }
            case "random": {
                boolean[] first = {true};
                Initialization sampler = size -> {
                    if (first[0]) {
                        first[0] = false;
                        return initialization.initialize(size);
                    }
                    Solution[] s = new Solution[size];
                    for (int i = 0; i < size; i++) s[i] = problem.solution(randomCandidate(ctx));
                    return s;
                };
                RandomSearch a = new RandomSearch(problem, n, sampler, new NondominatedPopulation());
                return new Built<>(a, () -> candidates(a.getResult()), false, null, null);
            }
            default:
                throw new IllegalArgumentException("engine moea has no algorithm '" + name + "'; known: " + REGISTRY.names());
        }
    }

    private static Built<double[]> realCoded(String name, RunContext<double[], double[]> ctx) {
        RealCodedProblem problem = new RealCodedProblem(ctx);
        int n = ctx.spec.algorithm().populationSize();
        int variables = problem.getNumberOfVariables();
        java.util.function.ToDoubleFunction<String> p = key -> ctx.spec.algorithm().parameter(key, defaultOf(name, key));
        switch (name) {
            case "gde3": {
                Initialization initialization = size -> {
                    Solution[] s = new Solution[size];
                    for (int i = 0; i < size; i++) s[i] = problem.solution(ctx.initial(i, size).genome);
                    return s;
                };
                NondominatedSortingPopulation population = OrderPreservingSorting.install(new NondominatedSortingPopulation(), true);
                GDE3 a = new GDE3(problem, n, population, new DifferentialEvolutionSelection(),
                        new DifferentialEvolutionVariation(p.applyAsDouble("crossoverRate"), p.applyAsDouble("stepSize")),
                        initialization);
                return new Built<>(a, () -> realCandidates(problem, a.getPopulation()), false, null, null);
            }
            case "smpso": {
                SMPSO a = new SMPSO(problem, n, (int) ctx.spec.algorithm().parameter("leaderSize", n),
                        ctx.spec.algorithm().parameter("mutationProbability", 1.0 / variables),
                        p.applyAsDouble("distributionIndex"));
                return new Built<>(a, () -> realCandidates(problem, a.getResult()), false,
                        () -> problem.initialiseNext(n), null);
            }
            case "omopso": {
                OMOPSO a = new WideOmopso(problem, n, (int) ctx.spec.algorithm().parameter("leaderSize", n),
                        new org.moeaframework.core.Epsilons(p.applyAsDouble("epsilon")),
                        ctx.spec.algorithm().parameter("mutationProbability", 1.0 / variables),
                        p.applyAsDouble("perturbationIndex"), Math.max(1, ctx.spec.generations()));
                return new Built<>(a, () -> realCandidates(problem, a.getResult()), false,
                        () -> problem.initialiseNext(n), null);
            }
            case "cmaes": {
                int lambda = (int) ctx.spec.algorithm().parameter("lambda", n);
                double[] start = ctx.initial(0, 1).genome;
                double[] unit = new double[variables];
                org.agrifront.core.RealEncoding e = (org.agrifront.core.RealEncoding) ctx.problem.encoding();
                for (int i = 0; i < variables; i++) {
                    double range = e.upper(i) - e.lower(i);
                    unit[i] = range == 0 ? 0 : Math.min(1, Math.max(0, (start[i] - e.lower(i)) / range));
                }
                CMAES a = new CMAES(problem, lambda, null, new NondominatedPopulation(), unit, false,
                        -1, -1, -1, -1, -1, p.applyAsDouble("sigma"),
                        (int) ctx.spec.algorithm().parameter("diagonalIterations", -1));
                return new Built<>(a, () -> realCandidates(problem, a.getResult()), false, null, null);
            }
            default:
                throw new IllegalArgumentException("engine moea has no real-coded algorithm '" + name + "'");
        }
    }

    /** A uniform random genome (the {@code random} initialisation), repaired under repair handling. */
    private static <G, W> Candidate<W> randomCandidate(RunContext<G, W> ctx) {
        G genome = ctx.problem.encoding().random(ctx.rng);
        if (ctx.spec.algorithm().constraintHandling() == org.agrifront.engine.ConstraintHandling.REPAIR) {
            ctx.problem.repair().orElseThrow().repair(genome);
        }
        return new Candidate<>(ctx.ops.wrap(genome), ctx.objectives, ctx.constraints);
    }

    /** MOEA/D's current solution of every subproblem (the library exposes only their non-dominated subset). */
    private static List<Solution> moeadPopulation(MOEAD moead) {
        try {
            java.lang.reflect.Field f = MOEAD.class.getDeclaredField("population");
            f.setAccessible(true);
            List<?> individuals = (List<?>) f.get(moead);
            List<Solution> out = new ArrayList<>(individuals.size());
            for (Object individual : individuals) {
                java.lang.reflect.Method m = individual.getClass().getDeclaredMethod("getSolution");
                m.setAccessible(true);
                out.add((Solution) m.invoke(individual));
            }
            return out;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MOEA/D's population is not readable in this MOEA Framework version", e);
        }
    }

    private static double defaultOf(String algorithm, String key) {
        for (ParameterSpec s : REGISTRY.parameters(algorithm)) {
            if (s.name().equals(key)) return s.defaultValue();
        }
        throw new IllegalStateException("no parameter " + key + " for " + algorithm);
    }

    private static NormalBoundaryDivisions divisions(RunContext<?, ?> ctx) {
        int[] d = ctx.divisions();
        return d[1] > 0 ? new NormalBoundaryDivisions(d[0], d[1]) : new NormalBoundaryDivisions(d[0]);
    }

    private static TranslatedInterceptsPopulation referencePopulation(RunContext<?, ?> ctx) {
        NormalBoundaryDivisions divisions = divisions(ctx);
        int[] d = ctx.divisions();
        ctx.note("referenceDirections", divisions.getNumberOfReferencePoints(ctx.objectives));
        ctx.note("divisions", List.of(d[0], d[1]));
        return OrderPreservingSorting.install(new TranslatedInterceptsPopulation(ctx.objectives, divisions), false);
    }

    /** NSGA-III mating selection as in MOEA's default: a tournament on violation when constrained, else uniform. */
    private static Selection nsga3Selection(int constraints) {
        if (constraints == 0) {
            return (arity, population) -> {
                Solution[] result = new Solution[arity];
                for (int i = 0; i < arity; i++) result[i] = population.get(PRNG.nextInt(population.size()));
                return result;
            };
        }
        return new TournamentSelection(2, new ChainedComparator(new AggregateConstraintComparator(),
                (a, b) -> PRNG.nextBoolean() ? -1 : 1));
    }

    /**
     * U-NSGA-III's tournament (the library's {@code UNSGAIII.UnifiedDominanceComparator}, which is package-private):
     * the smaller total violation if either parent is infeasible; within one niche the lower rank, then the smaller
     * niche distance; otherwise a coin flip.
     */
    private static final class UnifiedDominance implements DominanceComparator {
        private final AggregateConstraintComparator constraint = new AggregateConstraintComparator();
        private final RankComparator rank = new RankComparator();

        @Override
        public int compare(Solution a, Solution b) {
            if (a.violatesConstraints() || b.violatesConstraints()) {
                int c = constraint.compare(a, b);
                return c != 0 ? c : PRNG.nextBoolean() ? -1 : 1;
            }
            if (Niche.getAttribute(a) == Niche.getAttribute(b)) {
                int c = rank.compare(a, b);
                return c != 0 ? c : Double.compare(NicheDistance.getAttribute(a), NicheDistance.getAttribute(b));
            }
            return PRNG.nextBoolean() ? -1 : 1;
        }
    }

    static <W> List<Candidate<W>> candidates(Iterable<Solution> population) {
        List<Candidate<W>> out = new ArrayList<>();
        for (Solution s : population) out.add(MoeaProblemAdapter.candidate(s));
        return out;
    }

    private static List<Candidate<double[]>> realCandidates(RealCodedProblem problem, Iterable<Solution> population) {
        List<Candidate<double[]>> out = new ArrayList<>();
        for (Solution s : population) out.add(problem.candidate(s));
        return out;
    }

    /** Crossover and mutation in one step, so each child genome is copied once. */
    static final class FusedVariation<W> implements Variation {
        private final RunContext<?, W> ctx;
        private final MoeaProblemAdapter<W> problem;

        FusedVariation(RunContext<?, W> ctx, MoeaProblemAdapter<W> problem) {
            this.ctx = ctx;
            this.problem = problem;
        }

        @Override
        public String getName() {
            return "agrifront";
        }

        @Override
        public int getArity() {
            return 2;
        }

        @Override
        public Solution[] evolve(Solution[] parents) {
            Candidate<W> a = ctx.child(MoeaProblemAdapter.candidate(parents[0]));
            Candidate<W> b = ctx.child(MoeaProblemAdapter.candidate(parents[1]));
            ctx.vary(a, b);
            return new Solution[] {problem.solution(a), problem.solution(b)};
        }
    }

    /** OMOPSO whose epsilon-box archive uses {@link WideEpsilonBoxComparator}. */
    private static final class WideOmopso extends OMOPSO {
        WideOmopso(org.moeaframework.problem.Problem problem, int swarmSize, int leaderSize,
                   org.moeaframework.core.Epsilons epsilons, double mutationProbability, double perturbation, int maxIterations) {
            super(problem, swarmSize, leaderSize, epsilons, mutationProbability, perturbation, maxIterations);
            setArchive(new EpsilonBoxDominanceArchive(new WideEpsilonBoxComparator(epsilons.get(0))));
        }
    }

    /**
     * MOEA/D's child per subproblem: the first child of the problem's crossover and mutation. MOEA Framework would
     * evaluate both children of a two-child operator; Zhang &amp; Li's MOEA/D makes one, so a generation is exactly
     * one population of evaluations.
     */
    private static final class FirstChild implements Variation {
        private final Variation variation;

        FirstChild(Variation variation) {
            this.variation = variation;
        }

        @Override
        public String getName() {
            return variation.getName();
        }

        @Override
        public int getArity() {
            return variation.getArity();
        }

        @Override
        public Solution[] evolve(Solution[] parents) {
            return new Solution[] {variation.evolve(parents)[0]};
        }
    }

    /** The problem's mutation alone, for epsilon-NSGA-II's restarts. */
    private static final class MutationOnly<W> implements Variation {
        private final RunContext<?, W> ctx;
        private final MoeaProblemAdapter<W> problem;

        MutationOnly(RunContext<?, W> ctx, MoeaProblemAdapter<W> problem) {
            this.ctx = ctx;
            this.problem = problem;
        }

        @Override
        public String getName() {
            return "agrifront-mutation";
        }

        @Override
        public int getArity() {
            return 1;
        }

        @Override
        public Solution[] evolve(Solution[] parents) {
            Candidate<W> c = ctx.child(MoeaProblemAdapter.candidate(parents[0]));
            ctx.mutate(c);
            return new Solution[] {problem.solution(c)};
        }
    }
}
