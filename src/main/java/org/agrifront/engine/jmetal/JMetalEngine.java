package org.agrifront.engine.jmetal;

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
import org.agrifront.engine.ReferenceDirections;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAII;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIII;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIIIBuilder;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.util.ReferencePoint;
import org.uma.jmetal.operator.crossover.CrossoverOperator;
import org.uma.jmetal.operator.mutation.MutationOperator;
import org.uma.jmetal.operator.selection.SelectionOperator;
import org.uma.jmetal.util.comparator.RankingAndCrowdingDistanceComparator;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;
import org.uma.jmetal.util.ranking.Ranking;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/**
 * jMetal 6 adapter. Works around the traps of the classic NSGA-II/III: constraint-domination is passed to NSGA-II
 * and forced into NSGA-III's ranking (both ignore constraints by default), NSGA-III gets a selection operator and
 * its population size set after construction, crossover returns fresh copies, and all randomness comes from the
 * run's stream behind {@link JMetalRandom}. Progress and stopping are driven by subclass hooks.
 */
public final class JMetalEngine implements Engine {

    @Override
    public String name() {
        return "jmetal";
    }

    /** Installs the thread-bound delegate behind jMetal's JMetalRandom (for code that drives jMetal directly). */
    public static void installRandomDelegate() {
        JMetalRandomDelegate.install();
    }

    @Override
    public String version() {
        String v = NSGAII.class.getPackage() == null ? null : NSGAII.class.getPackage().getImplementationVersion();
        return "jMetal " + (v == null ? "6.6" : v);
    }

    private static final org.agrifront.engine.AlgorithmRegistry REGISTRY = new org.agrifront.engine.AlgorithmRegistry("jmetal", List.of(
            new org.agrifront.engine.AlgorithmDescriptor(Algorithms.NSGA2, Algorithms.aliasesOf(Algorithms.NSGA2),
                    java.util.Set.of(org.agrifront.engine.GenomeKind.CATEGORICAL, org.agrifront.engine.GenomeKind.REAL), List.of(),
                    "Deb's constraint-domination in sorting and tournament", "org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAII".replace("nsgaii.", "nsgaii."),
                    "NSGA-II (Deb et al. 2002)"),
            new org.agrifront.engine.AlgorithmDescriptor(Algorithms.NSGA3, Algorithms.aliasesOf(Algorithms.NSGA3),
                    java.util.Set.of(org.agrifront.engine.GenomeKind.CATEGORICAL, org.agrifront.engine.GenomeKind.REAL),
                    Algorithms.NSGA3_PARAMETERS,
                    "Deb's constraint-domination in sorting; tournament on total violation", "org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIII".replace("nsgaiii.", "nsgaiii."),
                    "NSGA-III (Deb & Jain 2014)")));

    @Override
    public org.agrifront.engine.AlgorithmRegistry algorithms() {
        return REGISTRY;
    }

    @Override
    public <G> RunResult<G> run(RunSpec<G> spec, RunListener<G> listener) {
        JMetalRandomDelegate.install();
        RandomGenerator rng = RandomStreams.create(spec.seed());
        try (RandomStreams.Binding ignored = RandomStreams.bind(rng)) {
            return runBound(new RunContext<G, Object>(spec, rng, listener));
        }
    }

    private <G, W> RunResult<G> runBound(RunContext<G, W> ctx) {
        JMetalProblemAdapter<W> problem = new JMetalProblemAdapter<>(ctx);
        String name = Algorithms.canonical(ctx.spec.algorithm().name());
        Progress<W> progress = new Progress<>(ctx);
        CrossoverOperator<CandidateSolution<W>> crossover = new CrossoverAdapter<>(ctx, problem);
        MutationOperator<CandidateSolution<W>> mutation = new MutationAdapter<>(ctx);
        int populationSize = ctx.spec.algorithm().populationSize();
        ConstrainedDominance<W> dominance = new ConstrainedDominance<>(ctx.constrained());
        List<CandidateSolution<W>> finalPopulation;
        if (name.equals(Algorithms.NSGA2)) {
            Nsga2<W> algorithm = new Nsga2<>(problem, populationSize, crossover, mutation,
                    new LinearBinaryTournament<>(new RankingAndCrowdingDistanceComparator<>()), dominance,
                    progress);
            algorithm.run();
            finalPopulation = algorithm.getPopulation();
        } else if (name.equals(Algorithms.NSGA3)) {
            int[] d = ctx.divisions();
            NSGAIIIBuilder<CandidateSolution<W>> builder = new NSGAIIIBuilder<>(problem)
                    .setCrossoverOperator(crossover)
                    .setMutationOperator(mutation)
                    .setSelectionOperator(new ViolationTournament<>(ctx.constrained()))
                    .setSolutionListEvaluator(new SequentialSolutionListEvaluator<>())
                    .setNumberOfDivisions(d[0])
                    .setMaxIterations(Integer.MAX_VALUE);
            Nsga3<W> algorithm = new Nsga3<>(builder, dominance, progress);
            if (d[1] > 0) algorithm.useDirections(ReferenceDirections.twoLayer(ctx.objectives, d[0], d[1]));
            algorithm.setMaxPopulationSize(populationSize); // the builder ignores setPopulationSize
            ctx.note("referenceDirections", algorithm.referenceDirections());
            ctx.note("divisions", List.of(d[0], d[1]));
            algorithm.run();
            ctx.note("hyperplaneFallbacks", algorithm.hyperplaneFallbacks);
            finalPopulation = algorithm.getPopulation();
        } else {
            throw new IllegalArgumentException("engine jmetal has no algorithm '" + name + "'; known: " + algorithms().names());
        }
        return ctx.result(candidates(finalPopulation), progress.generation, progress.stopped);
    }

    private static <W> List<Candidate<W>> candidates(List<CandidateSolution<W>> population) {
        List<Candidate<W>> out = new ArrayList<>(population.size());
        for (CandidateSolution<W> s : population) out.add(s.candidate);
        return out;
    }

    /** Generation counting, progress reports and the stop decision shared by both subclasses. */
    private static final class Progress<W> {
        final RunContext<?, W> ctx;
        int generation;
        boolean stopped;

        Progress(RunContext<?, W> ctx) {
            this.ctx = ctx;
        }

        void report(int index, List<CandidateSolution<W>> population) {
            generation = index;
            if (!ctx.report(index, () -> candidates(population))) stopped = true;
        }

        boolean done() {
            return stopped || generation >= ctx.spec.generations();
        }

        List<CandidateSolution<W>> initialPopulation(JMetalProblemAdapter<W> problem, int size) {
            List<CandidateSolution<W>> pop = new ArrayList<>(size);
            for (int i = 0; i < size; i++) pop.add(problem.solution(ctx.initial(i, size)));
            return pop;
        }
    }

    private static final class Nsga2<W> extends NSGAII<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient Progress<W> progress;
        private final transient JMetalProblemAdapter<W> adapter;
        private final transient FastRankingAndCrowding<CandidateSolution<W>> replacement;

        Nsga2(JMetalProblemAdapter<W> problem, int populationSize, CrossoverOperator<CandidateSolution<W>> crossover,
              MutationOperator<CandidateSolution<W>> mutation,
              SelectionOperator<List<CandidateSolution<W>>, CandidateSolution<W>> selection,
              ConstrainedDominance<W> dominance, Progress<W> progress) {
            super(problem, Integer.MAX_VALUE, populationSize, populationSize + populationSize % 2, populationSize,
                    crossover, mutation, selection, dominance, new SequentialSolutionListEvaluator<>());
            this.progress = progress;
            this.adapter = problem;
            this.replacement = new FastRankingAndCrowding<>(dominance);
        }

        @Override
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return progress.initialPopulation(adapter, getMaxPopulationSize());
        }

        /** The library's ranking-and-crowding replacement, same survivors, without its overheads. */
        @Override
        protected List<CandidateSolution<W>> replacement(List<CandidateSolution<W>> population,
                                                         List<CandidateSolution<W>> offspring) {
            List<CandidateSolution<W>> joint = new ArrayList<>(population.size() + offspring.size());
            joint.addAll(population);
            joint.addAll(offspring);
            return replacement.select(joint, getMaxPopulationSize());
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            progress.report(0, getPopulation());
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            progress.report(progress.generation + 1, getPopulation());
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return progress.done();
        }
    }

    private static final class Nsga3<W> extends NSGAIII<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient Progress<W> progress;
        private final transient ConstrainedDominance<W> dominance;
        /** Generations whose niching fell back to worst-value intercepts. */
        int hyperplaneFallbacks;

        Nsga3(NSGAIIIBuilder<CandidateSolution<W>> builder, ConstrainedDominance<W> dominance, Progress<W> progress) {
            super(builder);
            this.progress = progress;
            this.dominance = dominance;
        }

        /** Replaces the single-layer reference points by the given directions (two-layer for many objectives). */
        void useDirections(double[][] directions) {
            referencePoints.clear();
            for (double[] d : directions) {
                ReferencePoint<CandidateSolution<W>> p = new ReferencePoint<>(d.length);
                for (int i = 0; i < d.length; i++) p.position.set(i, d[i]);
                referencePoints.add(p);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return progress.initialPopulation((JMetalProblemAdapter<W>) getProblem(), getMaxPopulationSize());
        }

        /**
         * jMetal 6.6's environmental selection finds extreme points and the hyperplane from the raw objective values
         * (its ASF divides {@code objectives()} by the weights) although Deb &amp; Jain (2014) use objectives
         * translated by the ideal point. With negative values, which every maximised objective has after negation,
         * the normalisation collapses and most of the population piles onto one extreme (seen on a problem with a
         * known front: half the population on one end point, inner points lost). Translating the objectives by the
         * first front's ideal point for the duration of the selection restores the published algorithm; dominance
         * and ranking are unaffected by the shift.
         */
        @Override
        protected List<CandidateSolution<W>> replacement(List<CandidateSolution<W>> population,
                                                         List<CandidateSolution<W>> offspring) {
            List<CandidateSolution<W>> joint = new ArrayList<>(population.size() + offspring.size());
            joint.addAll(population);
            joint.addAll(offspring);
            double[] ideal = firstFrontIdeal(joint);
            shift(joint, ideal, -1);
            try {
                return survivors(joint);
            } finally {
                shift(joint, ideal, +1);
            }
        }

        /**
         * NSGA-III survival (Deb &amp; Jain 2014, Algorithm 1): whole fronts while they fit, then niching on the last
         * one; as jMetal's own, but with {@link RobustEnvironmentalSelection} for the niching.
         */
        private List<CandidateSolution<W>> survivors(List<CandidateSolution<W>> joint) {
            int size = getMaxPopulationSize();
            Ranking<CandidateSolution<W>> ranking = computeRanking(joint);
            List<CandidateSolution<W>> next = new ArrayList<>(size);
            List<List<CandidateSolution<W>>> fronts = new ArrayList<>();
            List<CandidateSolution<W>> last = List.of();
            for (int r = 0, seen = 0; seen < size; r++) {
                last = ranking.getSubFront(r);
                fronts.add(last);
                seen += last.size();
                if (next.size() + last.size() <= size) next.addAll(last);
            }
            if (next.size() == size) return next;
            List<ReferencePoint<CandidateSolution<W>>> points = new ArrayList<>(referencePoints.size());
            for (ReferencePoint<CandidateSolution<W>> p : referencePoints) points.add(new ReferencePoint<>(p));
            RobustEnvironmentalSelection<CandidateSolution<W>> niching = new RobustEnvironmentalSelection<>(fronts,
                    size - next.size(), points, getProblem().numberOfObjectives());
            next.addAll(niching.execute(last));
            hyperplaneFallbacks += niching.fallbacks();
            return next;
        }

        /** Number of the reference directions this run uses (tests). */
        int referenceDirections() {
            return referencePoints.size();
        }

        private double[] firstFrontIdeal(List<CandidateSolution<W>> joint) {
            int m = joint.get(0).objectives().length;
            double[] ideal = new double[m];
            java.util.Arrays.fill(ideal, Double.POSITIVE_INFINITY);
            for (CandidateSolution<W> a : joint) {
                boolean dominated = false;
                for (CandidateSolution<W> b : joint) {
                    if (b != a && dominance.compare(b, a) < 0) {
                        dominated = true;
                        break;
                    }
                }
                if (dominated) continue;
                double[] f = a.objectives();
                for (int i = 0; i < m; i++) ideal[i] = Math.min(ideal[i], f[i]);
            }
            return ideal;
        }

        private static <W> void shift(List<CandidateSolution<W>> solutions, double[] ideal, int sign) {
            for (CandidateSolution<W> s : solutions) {
                double[] f = s.objectives();
                for (int i = 0; i < f.length; i++) f[i] += sign * ideal[i];
            }
        }

        /** jMetal's NSGA-III ranks without constraints and offers no option; rank with constraint-domination. */
        @Override
        protected Ranking<CandidateSolution<W>> computeRanking(List<CandidateSolution<W>> solutionList) {
            Ranking<CandidateSolution<W>> ranking = new FastNonDominatedSortRanking<>(dominance);
            ranking.compute(solutionList);
            return ranking;
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            progress.report(0, getPopulation());
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            progress.report(progress.generation + 1, getPopulation());
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return progress.done();
        }
    }

    /** Copies the parents, then applies Agrifront's crossover; jMetal calls the mutation on each child afterwards. */
    private static final class CrossoverAdapter<W> implements CrossoverOperator<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient RunContext<?, W> ctx;
        private final transient JMetalProblemAdapter<W> problem;

        CrossoverAdapter(RunContext<?, W> ctx, JMetalProblemAdapter<W> problem) {
            this.ctx = ctx;
            this.problem = problem;
        }

        @Override
        public List<CandidateSolution<W>> execute(List<CandidateSolution<W>> parents) {
            Candidate<W> a = ctx.child(parents.get(0).candidate);
            Candidate<W> b = ctx.child(parents.get(1).candidate);
            ctx.cross(a, b);
            List<CandidateSolution<W>> children = new ArrayList<>(2);
            children.add(problem.solution(a));
            children.add(problem.solution(b));
            return children;
        }

        @Override
        public double crossoverProbability() {
            return 1.0; // the Agrifront operator applies its own probability
        }

        @Override
        public int numberOfRequiredParents() {
            return 2;
        }

        @Override
        public int numberOfGeneratedChildren() {
            return 2;
        }
    }

    /** Mutates in place (jMetal ignores the returned value). */
    private static final class MutationAdapter<W> implements MutationOperator<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient RunContext<?, W> ctx;

        MutationAdapter(RunContext<?, W> ctx) {
            this.ctx = ctx;
        }

        @Override
        public CandidateSolution<W> execute(CandidateSolution<W> solution) {
            ctx.mutate(solution.candidate);
            return solution;
        }

        @Override
        public double mutationProbability() {
            return 1.0;
        }
    }

    /**
     * NSGA-III mating selection matching MOEA Framework's default: a binary tournament on total violation with a
     * random tie-break when constrained, uniform random parents otherwise.
     */
    private static final class ViolationTournament<W>
            implements SelectionOperator<List<CandidateSolution<W>>, CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final boolean constrained;

        ViolationTournament(boolean constrained) {
            this.constrained = constrained;
        }

        @Override
        public CandidateSolution<W> execute(List<CandidateSolution<W>> population) {
            RandomGenerator rng = RandomStreams.current();
            CandidateSolution<W> a = population.get(rng.nextInt(population.size()));
            if (!constrained) return a;
            CandidateSolution<W> b = population.get(rng.nextInt(population.size()));
            int c = Double.compare(a.totalViolation(), b.totalViolation());
            if (c == 0) return rng.nextBoolean() ? a : b;
            return c < 0 ? a : b;
        }
    }
}
