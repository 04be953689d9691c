package org.agrifront.engine.jmetal;

import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.uma.jmetal.algorithm.multiobjective.randomsearch.RandomSearch;
import org.uma.jmetal.util.archive.impl.NonDominatedSolutionListArchive;

/**
 * Random search as jMetal's {@link RandomSearch}: every evaluation is a fresh solution, kept in an unbounded
 * non-dominated archive. The library's loop draws through {@code Problem.createSolution()}; this one draws the
 * whole budget from the run's initialisation ({@code ctx.initial(i, budget)}, injected seeds first) so that a
 * random search is the baseline of the same start, and it reports progress every population of evaluations.
 */
final class RandomSearchAlgorithm implements JMetalAlgorithm {
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("random", Algorithms.aliasesOf("random"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(),
            "archive keeps the non-dominated set under Deb's constraint-domination (feasible solutions displace "
                    + "infeasible ones)",
            RandomSearch.class.getName(), "random search: population × (generations + 1) independent samples");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        NonDominatedSolutionListArchive<CandidateSolution<W>> archive = new NonDominatedSolutionListArchive<>(run.dominance);
        int budget = (int) Math.min(Integer.MAX_VALUE, run.progress.budget);
        for (int i = 0; !run.progress.exhausted(); i++) {
            CandidateSolution<W> s = run.problem.solution(run.ctx.initial(i, budget));
            run.problem.evaluate(s);
            archive.add(s);
            if (i + 1 == run.populationSize) run.progress.report(0, archive.solutions());
            else if (i + 1 > run.populationSize) run.progress.evaluated(archive.solutions());
        }
        return Progress.candidates(archive.solutions());
    }
}
