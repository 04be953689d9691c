package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ReferenceDirections;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIII;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIIIBuilder;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.util.ReferencePoint;
import org.uma.jmetal.util.ranking.Ranking;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/**
 * NSGA-III with constraint-domination forced into its ranking (jMetal's ignores constraints and offers no option),
 * a violation tournament as selection operator, its population size set after construction (the builder ignores
 * it), ideal-point-translated niching and optional two-layer reference directions.
 */
final class Nsga3Algorithm implements JMetalAlgorithm {
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor(Algorithms.NSGA3, Algorithms.aliasesOf(Algorithms.NSGA3),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), Algorithms.NSGA3_PARAMETERS,
            "Deb's constraint-domination in sorting; tournament on total violation", NSGAIII.class.getName(),
            "NSGA-III (Deb & Jain 2014)");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        int[] d = run.ctx.divisions();
        NSGAIIIBuilder<CandidateSolution<W>> builder = new NSGAIIIBuilder<>(run.problem)
                .setCrossoverOperator(run.crossover)
                .setMutationOperator(run.mutation)
                .setSelectionOperator(new JMetalOperators.ViolationTournament<>(run.constrained()))
                .setSolutionListEvaluator(new BatchEvaluator<>())
                .setNumberOfDivisions(d[0])
                .setMaxIterations(Integer.MAX_VALUE);
        Nsga3<W> algorithm = new Nsga3<>(builder, run);
        if (d[1] > 0) algorithm.useDirections(ReferenceDirections.twoLayer(run.ctx.objectives, d[0], d[1]));
        algorithm.setMaxPopulationSize(run.populationSize); // the builder ignores setPopulationSize
        run.ctx.note("referenceDirections", algorithm.referenceDirections());
        run.ctx.note("divisions", List.of(d[0], d[1]));
        algorithm.run();
        run.ctx.note("hyperplaneFallbacks", algorithm.hyperplaneFallbacks);
        return Progress.candidates(algorithm.getPopulation());
    }

    private static final class Nsga3<W> extends NSGAIII<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;
        private final transient ConstrainedDominance<W> dominance;
        /** Generations whose niching fell back to worst-value intercepts. */
        int hyperplaneFallbacks;

        Nsga3(NSGAIIIBuilder<CandidateSolution<W>> builder, JMetalRun<W> run) {
            super(builder);
            this.run = run;
            this.dominance = run.dominance;
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
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return run.initialPopulation(getMaxPopulationSize());
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
            run.progress.report(0, getPopulation());
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            run.progress.report(run.progress.generation + 1, getPopulation());
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return run.progress.done();
        }
    }
}
