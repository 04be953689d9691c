package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAII;
import org.uma.jmetal.util.comparator.RankingAndCrowdingDistanceComparator;

/** NSGA-II with constraint-domination passed to its sorting (jMetal's default comparator ignores constraints). */
final class Nsga2Algorithm implements JMetalAlgorithm {
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor(Algorithms.NSGA2, Algorithms.aliasesOf(Algorithms.NSGA2),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(),
            "Deb's constraint-domination in sorting and tournament", NSGAII.class.getName(), "NSGA-II (Deb et al. 2002)");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        Nsga2<W> algorithm = new Nsga2<>(run);
        algorithm.run();
        return Progress.candidates(algorithm.getPopulation());
    }

    private static final class Nsga2<W> extends NSGAII<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;
        private final transient FastRankingAndCrowding<CandidateSolution<W>> replacement;

        Nsga2(JMetalRun<W> run) {
            super(run.problem, Integer.MAX_VALUE, run.populationSize, run.populationSize + run.populationSize % 2,
                    run.populationSize, run.crossover, run.mutation,
                    new LinearBinaryTournament<>(new RankingAndCrowdingDistanceComparator<>()), run.dominance,
                    new BatchEvaluator<>());
            this.run = run;
            this.replacement = new FastRankingAndCrowding<>(run.dominance);
        }

        @Override
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return run.initialPopulation(getMaxPopulationSize());
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
