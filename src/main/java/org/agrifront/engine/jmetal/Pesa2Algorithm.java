package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.uma.jmetal.algorithm.multiobjective.pesa2.PESA2;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;

/**
 * PESA-II: region-based selection from an adaptive-grid archive; each generation breeds one child per pair of
 * selected parents (half a population). The library's archive admits solutions with
 * {@code DominanceWithConstraintsComparator}, so it holds the non-dominated set under Deb's constraint-domination
 * (feasible solutions displace infeasible ones). jMetal 6.6 counts a whole population of evaluations per generation
 * although it makes half as many, and fails on odd populations; here the budget is counted from the evaluations
 * actually made (the last batch is cut to the budget) and an odd population's last parent is left out.
 */
final class Pesa2Algorithm implements JMetalAlgorithm {
    static final ParameterSpec ARCHIVE_SIZE = ParameterSpec.integer("archiveSize", 0, 1, 1_000_000,
            "size of the adaptive-grid archive (jMetal default 100)").derived("population");
    static final ParameterSpec BISECTIONS = ParameterSpec.integer("biSections", 5, 1, 30,
            "bisections of each objective for the adaptive grid (jMetal default 5)");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("pesa2", Algorithms.aliasesOf("pesa2"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(ARCHIVE_SIZE, BISECTIONS),
            "archive admits solutions under Deb's constraint-domination (library), so feasible solutions displace "
                    + "infeasible ones and parents come from the archive",
            PESA2.class.getName(), "PESA-II (Corne et al. 2001)");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        int archiveSize = run.ctx.spec.algorithm().parameters().containsKey(ARCHIVE_SIZE.name())
                ? run.integer(ARCHIVE_SIZE) : run.populationSize;
        Pesa2<W> algorithm = new Pesa2<>(run, archiveSize, run.integer(BISECTIONS));
        algorithm.run();
        // the archive is filled from the second generation on; with no generation there is only the population
        return Progress.candidates(algorithm.result().isEmpty() ? algorithm.getPopulation() : algorithm.result());
    }

    private static final class Pesa2<W> extends PESA2<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;

        Pesa2(JMetalRun<W> run, int archiveSize, int biSections) {
            super(run.problem, Integer.MAX_VALUE, run.populationSize, archiveSize, biSections, run.crossover,
                    run.mutation, new SequentialSolutionListEvaluator<>());
            this.run = run;
        }

        @Override
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return run.initialPopulation(getMaxPopulationSize());
        }

        /** The library's one child per pair, for whole pairs only and no more children than the budget allows. */
        @Override
        protected List<CandidateSolution<W>> reproduction(List<CandidateSolution<W>> matingPool) {
            long children = Math.min(matingPool.size() / 2, run.progress.remaining());
            List<CandidateSolution<W>> offspring = new ArrayList<>((int) children);
            for (int i = 0; offspring.size() < children; i += 2) {
                List<CandidateSolution<W>> parents = List.of(matingPool.get(i), matingPool.get(i + 1));
                CandidateSolution<W> child = crossoverOperator.execute(parents).get(0);
                mutationOperator.execute(child);
                offspring.add(child);
            }
            return offspring;
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            run.progress.report(0, getPopulation());
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            run.progress.evaluated(result());
        }

        @Override
        protected boolean isStoppingConditionReached() {
            return run.progress.exhausted();
        }
    }
}
