package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.uma.jmetal.algorithm.multiobjective.agemoea.util.SurvivalScoreComparator;
import org.uma.jmetal.algorithm.multiobjective.agemoeaii.AGEMOEAII;
import org.uma.jmetal.algorithm.multiobjective.agemoeaii.AGEMOEAIIBuilder;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;

/**
 * AGE-MOEA-II. The library's environmental selection and its survival-score tournament both rank with
 * {@code DominanceWithConstraintsComparator} (Deb's constraint-domination), so constraints are honoured as is; the
 * tournament is the library's, in linear time. The mating pool is rounded up to an even size so that odd
 * populations work (the library requires pairs).
 */
final class AgeMoea2Algorithm implements JMetalAlgorithm {
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("agemoea2", Algorithms.aliasesOf("agemoea2"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(),
            "fronts ranked with Deb's constraint-domination (library), survival score within a front; binary "
                    + "tournament on rank then survival score",
            AGEMOEAII.class.getName(), "AGE-MOEA-II (Panichella 2022)");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        AGEMOEAIIBuilder<CandidateSolution<W>> builder = new AGEMOEAIIBuilder<>(run.problem)
                .setPopulationSize(run.populationSize)
                .setMaxIterations(Integer.MAX_VALUE)
                .setCrossoverOperator(run.crossover)
                .setMutationOperator(run.mutation)
                .setSolutionListEvaluator(new SequentialSolutionListEvaluator<>());
        AgeMoea2<W> algorithm = new AgeMoea2<>(builder, run);
        algorithm.run();
        return Progress.candidates(algorithm.getPopulation());
    }

    private static final class AgeMoea2<W> extends AGEMOEAII<CandidateSolution<W>> {
        private final transient JMetalRun<W> run;

        AgeMoea2(AGEMOEAIIBuilder<CandidateSolution<W>> builder, JMetalRun<W> run) {
            super(builder);
            this.run = run;
            this.selectionOperator = new LinearBinaryTournament<>(new SurvivalScoreComparator<>());
        }

        @Override
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return run.initialPopulation(getMaxPopulationSize());
        }

        /** The library's mating selection (copies of tournament winners), rounded up to pairs. */
        @Override
        protected List<CandidateSolution<W>> selection(List<CandidateSolution<W>> population) {
            int size = getMaxPopulationSize() + getMaxPopulationSize() % 2;
            List<CandidateSolution<W>> pool = new ArrayList<>(size);
            for (int i = 0; i < size; i++) pool.add(selectionOperator.execute(population).copy());
            return pool;
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
