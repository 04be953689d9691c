package org.agrifront.engine.moea;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.agrifront.core.RandomStreams;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.Engine;
import org.agrifront.engine.RunContext;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.algorithm.NSGAIII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.comparator.AggregateConstraintComparator;
import org.moeaframework.core.comparator.ChainedComparator;
import org.moeaframework.core.comparator.CrowdingComparator;
import org.moeaframework.core.comparator.ParetoDominanceComparator;
import org.moeaframework.core.initialization.Initialization;
import org.moeaframework.core.operator.Variation;
import org.moeaframework.core.population.NondominatedSortingPopulation;
import org.moeaframework.core.population.Population;
import org.moeaframework.core.population.ReferencePointNondominatedSortingPopulation;
import org.moeaframework.core.selection.Selection;
import org.moeaframework.core.selection.TournamentSelection;
import org.moeaframework.util.weights.NormalBoundaryDivisions;

/**
 * MOEA Framework 5 adapter. Runs NSGA-II and NSGA-III with Agrifront's genome type and operators, Deb's
 * constraint-domination (MOEA's default {@code ParetoDominanceComparator} is constraint-aware), and the run's own
 * random stream behind {@link PRNG}. The generation loop is driven here ({@code step()}), so budgets, progress and
 * cancellation mean the same as in the jMetal adapter.
 */
public final class MoeaEngine implements Engine {

    @Override
    public String name() {
        return "moea";
    }

    /** Installs the thread-bound delegate behind MOEA Framework's PRNG (for code that drives MOEA directly). */
    public static void installRandomDelegate() {
        MoeaRandom.install();
    }

    @Override
    public String version() {
        return "MOEA Framework " + versionOf(NSGAII.class, "5.0");
    }

    private static final org.agrifront.engine.AlgorithmRegistry REGISTRY = new org.agrifront.engine.AlgorithmRegistry("moea", List.of(
            new org.agrifront.engine.AlgorithmDescriptor(Algorithms.NSGA2, Algorithms.aliasesOf(Algorithms.NSGA2),
                    java.util.Set.of(org.agrifront.engine.GenomeKind.CATEGORICAL, org.agrifront.engine.GenomeKind.REAL), List.of(),
                    "Deb's constraint-domination in sorting and tournament", "org.moeaframework.algorithm.nsgaii.NSGAII".replace("nsgaii.", ""),
                    "NSGA-II (Deb et al. 2002)"),
            new org.agrifront.engine.AlgorithmDescriptor(Algorithms.NSGA3, Algorithms.aliasesOf(Algorithms.NSGA3),
                    java.util.Set.of(org.agrifront.engine.GenomeKind.CATEGORICAL, org.agrifront.engine.GenomeKind.REAL),
                    Algorithms.NSGA3_PARAMETERS,
                    "Deb's constraint-domination in sorting; tournament on total violation", "org.moeaframework.algorithm.nsgaiii.NSGAIII".replace("nsgaiii.", ""),
                    "NSGA-III (Deb & Jain 2014)")));

    @Override
    public org.agrifront.engine.AlgorithmRegistry algorithms() {
        return REGISTRY;
    }

    @Override
    public <G> RunResult<G> run(RunSpec<G> spec, RunListener<G> listener) {
        MoeaRandom.install();
        RandomGenerator rng = RandomStreams.create(spec.seed());
        try (RandomStreams.Binding ignored = RandomStreams.bind(rng)) {
            return runBound(new RunContext<G, Object>(spec, rng, listener));
        }
    }

    private <G, W> RunResult<G> runBound(RunContext<G, W> ctx) {
        MoeaProblemAdapter<W> problem = new MoeaProblemAdapter<>(ctx);
        int populationSize = ctx.spec.algorithm().populationSize();
        Initialization initialization = size -> {
            Solution[] s = new Solution[size];
            for (int i = 0; i < size; i++) s[i] = problem.solution(ctx.initial(i, size));
            return s;
        };
        Variation variation = new FusedVariation<>(ctx, problem);
        NSGAII algorithm;
        TranslatedInterceptsPopulation population = null;
        String name = Algorithms.canonical(ctx.spec.algorithm().name());
        if (name.equals(Algorithms.NSGA2)) {
            Selection selection = new TournamentSelection(2,
                    new ChainedComparator(new ParetoDominanceComparator(), new CrowdingComparator()));
            algorithm = new NSGAII(problem, populationSize, OrderPreservingSorting.install(new NondominatedSortingPopulation(), true), null, selection,
                    variation, initialization);
        } else if (name.equals(Algorithms.NSGA3)) {
            int[] d = ctx.divisions();
            NormalBoundaryDivisions divisions = d[1] > 0 ? new NormalBoundaryDivisions(d[0], d[1])
                    : new NormalBoundaryDivisions(d[0]);
            population = OrderPreservingSorting.install(new TranslatedInterceptsPopulation(ctx.objectives, divisions), false);
            algorithm = new NSGAIII(problem, populationSize, population,
                    nsga3Selection(problem.getNumberOfConstraints()), variation, initialization);
            ctx.note("referenceDirections", divisions.getNumberOfReferencePoints(ctx.objectives));
            ctx.note("divisions", List.of(d[0], d[1]));
        } else {
            throw new IllegalArgumentException("engine moea has no algorithm '" + name + "'; known: " + algorithms().names());
        }

        int generations = ctx.spec.generations();
        algorithm.step(); // initialisation: evaluates the initial population
        boolean go = ctx.report(0, () -> candidates(algorithm.getPopulation()));
        int done = 0;
        while (go && done < generations) {
            algorithm.step();
            done++;
            go = ctx.report(done, () -> candidates(algorithm.getPopulation()));
        }
        if (population != null) ctx.note("hyperplaneFallbacks", population.fallbacks());
        return ctx.result(candidates(algorithm.getPopulation()), done, done < generations);
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

    private static <W> List<Candidate<W>> candidates(Population population) {
        List<Candidate<W>> out = new ArrayList<>(population.size());
        for (Solution s : population) out.add(MoeaProblemAdapter.candidate(s));
        return out;
    }

    static String versionOf(Class<?> type, String fallback) {
        Package p = type.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? fallback : v;
    }

    /** Crossover and mutation in one step, so each child genome is copied once. */
    private static final class FusedVariation<W> implements Variation {
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
}
