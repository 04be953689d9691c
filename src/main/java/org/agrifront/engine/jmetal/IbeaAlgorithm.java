package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.uma.jmetal.algorithm.multiobjective.ibea.IBEA;
import org.uma.jmetal.util.comparator.FitnessComparator;

/**
 * IBEA with the hypervolume indicator (the library's fitness, κ = 0.05; the archive is the population size, as in
 * jMetal 6.6). The library signs each pairwise indicator by constraint-domination, but the indicator itself is
 * computed on objectives only, so an infeasible solution with good objectives keeps a good fitness and can
 * survive truncation ahead of feasible ones. Here environmental selection is feasibility first: when at least a
 * population of the union is feasible, every infeasible solution is dropped and the library's fitness truncates
 * the feasible rest; otherwise all feasible solutions are kept and filled up with the least-violating infeasible
 * ones. Mating is a binary tournament on total violation, then fitness. The loop is re-implemented (the
 * library's {@code run()} has no progress hooks); fitness and truncation are the library's.
 */
final class IbeaAlgorithm implements JMetalAlgorithm {
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("ibea", Algorithms.aliasesOf("ibea"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(),
            "feasibility first in environmental selection (infeasible dropped when a population is feasible, "
                    + "else least violation kept), hypervolume-indicator fitness among the feasible; tournament on "
                    + "violation, then fitness (the library's fitness alone lets infeasible solutions survive)",
            IBEA.class.getName(), "IBEA with the hypervolume indicator (Zitzler & Künzli 2004)");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        Ibea<W> algorithm = new Ibea<>(run);
        algorithm.run();
        return Progress.candidates(algorithm.archive());
    }

    private static final class Ibea<W> extends IBEA<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;

        Ibea(JMetalRun<W> run) {
            super(run.problem, run.populationSize, run.populationSize, Integer.MAX_VALUE, null, run.crossover, run.mutation);
            this.run = run;
            Comparator<CandidateSolution<W>> fitness = new FitnessComparator<>();
            this.selectionOperator = new LinearBinaryTournament<>(JMetalOperators.violationFirst(run.constrained(), fitness));
        }

        List<CandidateSolution<W>> archive() {
            return archive;
        }

        @Override
        public void run() {
            List<CandidateSolution<W>> solutions = run.initialPopulation(populationSize);
            for (CandidateSolution<W> s : solutions) problem.evaluate(s);
            archive = new ArrayList<>();
            run.progress.report(0, solutions);
            while (true) {
                List<CandidateSolution<W>> union = new ArrayList<>(solutions.size() + archive.size());
                union.addAll(solutions);
                union.addAll(archive);
                archive = environmentalSelection(union);
                run.progress.evaluated(archive);
                if (run.progress.exhausted()) break;
                long children = Math.min(populationSize, run.progress.remaining());
                List<CandidateSolution<W>> offspring = new ArrayList<>((int) children);
                while (offspring.size() < children) {
                    List<CandidateSolution<W>> parents = new ArrayList<>(2);
                    parents.add(selectionOperator.execute(archive));
                    parents.add(selectionOperator.execute(archive));
                    CandidateSolution<W> child = crossoverOperator.execute(parents).get(0);
                    mutationOperator.execute(child);
                    problem.evaluate(child);
                    offspring.add(child);
                }
                solutions = offspring;
            }
        }

        private List<CandidateSolution<W>> environmentalSelection(List<CandidateSolution<W>> union) {
            if (run.constrained()) {
                List<CandidateSolution<W>> feasible = new ArrayList<>(union.size());
                List<CandidateSolution<W>> infeasible = new ArrayList<>();
                for (CandidateSolution<W> s : union) (s.totalViolation() == 0 ? feasible : infeasible).add(s);
                if (feasible.size() < populationSize) {
                    infeasible.sort(Comparator.comparingDouble(CandidateSolution::totalViolation)); // stable
                    feasible.addAll(infeasible.subList(0, Math.min(infeasible.size(), populationSize - feasible.size())));
                    calculateFitness(feasible); // for the tournament
                    return feasible;
                }
                union = feasible;
            }
            calculateFitness(union);
            while (union.size() > populationSize) removeWorst(union);
            return union;
        }
    }
}
