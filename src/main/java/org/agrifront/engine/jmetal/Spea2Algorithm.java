package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.uma.jmetal.algorithm.multiobjective.spea2.SPEA2;
import org.uma.jmetal.util.densityestimator.impl.StrenghtRawFitnessDensityEstimator;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;

/**
 * SPEA2. The library's strength fitness already counts dominance with {@code DominanceWithConstraintsComparator}
 * (Deb's constraint-domination), which puts every feasible solution before every infeasible one: an infeasible
 * solution is dominated by each feasible one, so its raw fitness exceeds that of any feasible solution by at least
 * the strength (≥ 1) of a feasible dominator, more than the density term (&lt; 1) can make up. jMetal 6.6 ignores its
 * own {@code k} (the estimator is built with k = 1); here {@code k} is honoured.
 */
final class Spea2Algorithm implements JMetalAlgorithm {
    static final ParameterSpec K = ParameterSpec.integer("k", 1, 1, 1_000_000,
            "k-th nearest neighbour of the density estimate (Zitzler et al.: sqrt of population + archive; jMetal: 1); "
                    + "capped at the union size - 1");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("spea2", Algorithms.aliasesOf("spea2"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(K),
            "strength and raw fitness counted with Deb's constraint-domination (library), so feasible solutions rank "
                    + "first; binary tournament on constraint-domination",
            SPEA2.class.getName(), "SPEA2 (Zitzler, Laumanns & Thiele 2001); archive size = population");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        Spea2<W> algorithm = new Spea2<>(run, run.integer(K));
        algorithm.run();
        // the last offspring has been evaluated but not yet merged: one more environmental selection
        return Progress.candidates(algorithm.finalArchive());
    }

    private static final class Spea2<W> extends SPEA2<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;
        private final int neighbour;

        Spea2(JMetalRun<W> run, int k) {
            super(run.problem, Integer.MAX_VALUE, run.populationSize, run.crossover, run.mutation,
                    new LinearBinaryTournament<>(run.dominance), new SequentialSolutionListEvaluator<>(), k);
            this.run = run;
            this.neighbour = k;
        }

        @Override
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return run.initialPopulation(getMaxPopulationSize());
        }

        /** The library's selection with the density estimate at the k-th neighbour (same attribute key). */
        @Override
        protected List<CandidateSolution<W>> selection(List<CandidateSolution<W>> population) {
            List<CandidateSolution<W>> union = new ArrayList<>(archive.size() + population.size());
            union.addAll(archive);
            union.addAll(population);
            new StrenghtRawFitnessDensityEstimator<CandidateSolution<W>>(Math.min(neighbour, union.size() - 1)).compute(union);
            archive = environmentalSelection.execute(union);
            return archive;
        }

        List<CandidateSolution<W>> finalArchive() {
            return selection(getPopulation());
        }

        /** Archive and current population: every evaluated solution the algorithm holds. */
        private List<CandidateSolution<W>> held() {
            List<CandidateSolution<W>> all = new ArrayList<>(archive);
            all.addAll(getPopulation());
            return all;
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            run.progress.report(0, held());
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            run.progress.report(run.progress.generation + 1, held());
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return run.progress.done();
        }
    }
}
