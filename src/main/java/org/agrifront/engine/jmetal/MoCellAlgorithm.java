package org.agrifront.engine.jmetal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.uma.jmetal.algorithm.multiobjective.mocell.MOCell;
import org.uma.jmetal.util.archive.impl.CrowdingDistanceArchive;
import org.uma.jmetal.util.comparator.RankingAndCrowdingDistanceComparator;
import org.uma.jmetal.util.densityestimator.impl.CrowdingDistanceDensityEstimator;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;
import org.uma.jmetal.util.neighborhood.impl.C9;
import org.uma.jmetal.util.ranking.Ranking;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/**
 * MOCell, a cellular GA on a toroidal grid with the C9 (Moore) neighbourhood, one child per step. jMetal 6.6
 * compares child and current cell with constraint-domination but then ranks the neighbourhood with a plain
 * {@code FastNonDominatedSortRanking} and keeps its archive with plain dominance, both ignoring constraints. Here
 * the neighbourhood ranking and the archive use Deb's constraint-domination, and the tournaments compare total
 * violation before rank and crowding. The grid is rows × columns = population with rows the largest divisor
 * ≤ √population (jMetal needs a square population). Progress and the final population are the archive, which
 * is MOCell's result.
 */
final class MoCellAlgorithm implements JMetalAlgorithm {
    static final ParameterSpec ARCHIVE_SIZE = ParameterSpec.integer("archiveSize", 0, 1, 1_000_000,
            "size of the crowding-distance archive parents are also drawn from (jMetal default 100)").derived("population");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("mocell", Algorithms.aliasesOf("mocell"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(ARCHIVE_SIZE),
            "child replaces its cell under Deb's constraint-domination; neighbourhood ranking and archive use "
                    + "constraint-domination (the library's ignore constraints); tournaments on violation, then rank "
                    + "and crowding distance",
            MOCell.class.getName(), "MOCell (Nebro et al. 2009), asynchronous cellular GA");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        int archiveSize = run.ctx.spec.algorithm().parameters().containsKey(ARCHIVE_SIZE.name())
                ? run.integer(ARCHIVE_SIZE) : run.populationSize;
        int rows = rows(run.populationSize);
        run.ctx.note("grid", List.of(rows, run.populationSize / rows));
        MoCell<W> algorithm = new MoCell<>(run, archiveSize, rows);
        algorithm.run();
        return Progress.candidates(algorithm.result()); // the archive, MOCell's result and second parent pool
    }

    /** The largest divisor of {@code n} not above √n (a square grid when n is a square, a ring when n is prime). */
    static int rows(int n) {
        int r = (int) Math.sqrt(n);
        while (n % r != 0) r--;
        return r;
    }

    private static final class MoCell<W> extends MOCell<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;

        MoCell(JMetalRun<W> run, int archiveSize, int rows) {
            super(run.problem, Integer.MAX_VALUE, run.populationSize,
                    new CrowdingDistanceArchive<>(archiveSize, run.dominance),
                    new C9<>(rows, run.populationSize / rows), run.crossover, run.mutation,
                    new LinearBinaryTournament<>(JMetalOperators.violationFirst(run.constrained(),
                            new RankingAndCrowdingDistanceComparator<>())),
                    new SequentialSolutionListEvaluator<>());
            this.run = run;
            this.dominanceComparator = run.dominance;
        }

        @Override
        protected List<CandidateSolution<W>> createInitialPopulation() {
            return run.initialPopulation(getMaxPopulationSize());
        }

        /** The library's replacement with constraint-domination in the neighbourhood ranking as well. */
        @Override
        protected List<CandidateSolution<W>> replacement(List<CandidateSolution<W>> population,
                                                         List<CandidateSolution<W>> offspring) {
            CandidateSolution<W> child = offspring.get(0);
            int flag = dominanceComparator.compare(population.get(currentIndividual), child);
            if (flag == 1) {
                population.set(currentIndividual, child);
                archive.add(child);
            } else if (flag == 0) {
                currentNeighbors.add(child);
                Ranking<CandidateSolution<W>> rank = new FastNonDominatedSortRanking<>(run.dominance);
                rank.compute(currentNeighbors);
                CrowdingDistanceDensityEstimator<CandidateSolution<W>> crowding = new CrowdingDistanceDensityEstimator<>();
                for (int j = 0; j < rank.getNumberOfSubFronts(); j++) crowding.compute(rank.getSubFront(j));
                Comparator<CandidateSolution<W>> order = new RankingAndCrowdingDistanceComparator<>();
                currentNeighbors.sort(order);
                CandidateSolution<W> worst = currentNeighbors.get(currentNeighbors.size() - 1);
                archive.add(child);
                if (worst != child) population.set(currentIndividual, child);
            }
            return population;
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            run.progress.report(0, result());
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
