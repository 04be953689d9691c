package org.agrifront.engine.jmetal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;
import org.agrifront.engine.ReferenceDirections;
import org.uma.jmetal.algorithm.multiobjective.moead.AbstractMOEAD;
import org.uma.jmetal.algorithm.multiobjective.moead.util.MOEADUtils;

/**
 * MOEA/D with the problem's own crossover and mutation (jMetal's {@code MOEAD} is tied to real genomes and
 * differential evolution), on the library's {@link AbstractMOEAD}: its neighbourhoods, mating selection (neighbours
 * with probability δ, else the whole population) and ideal point. The library's replacement compares by the
 * Tchebycheff value only and ignores constraints; here a child replaces a neighbour when its total violation is
 * smaller, or, at equal violation (both feasible included), when its Tchebycheff value is smaller; at most
 * {@code maximumNumberOfReplacedSolutions} per child. Weights: evenly spaced for two objectives (as the library);
 * for more, jMetal reads weight files it does not ship, so the population is chosen from the Das–Dennis simplex
 * lattice by farthest-point selection starting from the axes (deterministic).
 */
final class MoeadAlgorithm implements JMetalAlgorithm {
    static final ParameterSpec NEIGHBOR_SIZE = ParameterSpec.integer("neighborSize", 20, 2, 1_000_000,
            "T, subproblems in each neighbourhood (capped at the population)");
    static final ParameterSpec DELTA = ParameterSpec.real("neighbourhoodSelectionProbability", 0.9, 0, 1,
            "δ, probability of mating within the neighbourhood (Li & Zhang 2009 and jMetal's MOEA/D runner: 0.9)");
    static final ParameterSpec NR = ParameterSpec.integer("maximumNumberOfReplacedSolutions", 2, 1, 1_000_000,
            "nr, at most this many subproblems take each child");
    static final AlgorithmDescriptor DESCRIPTOR = new AlgorithmDescriptor("moead", Algorithms.aliasesOf("moead"),
            Set.of(GenomeKind.CATEGORICAL, GenomeKind.REAL), List.of(NEIGHBOR_SIZE, DELTA, NR),
            "replacement compares total violation first, then the Tchebycheff value (the library compares the "
                    + "Tchebycheff value only)",
            AbstractMOEAD.class.getName(), "MOEA/D (Zhang & Li 2007; Li & Zhang 2009) with Tchebycheff decomposition");

    @Override
    public AlgorithmDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public <W> List<Candidate<W>> run(JMetalRun<W> run) {
        Moead<W> algorithm = new Moead<>(run, Math.min(run.integer(NEIGHBOR_SIZE), run.populationSize), run.real(DELTA),
                run.integer(NR));
        algorithm.run();
        return Progress.candidates(algorithm.population());
    }

    /** {@code n} weight vectors on the unit simplex: evenly spaced for two objectives, else spread lattice points. */
    static double[][] weights(int objectives, int n) {
        double[][] w = new double[n][objectives];
        if (objectives == 1) {
            for (double[] v : w) v[0] = 1;
            return w;
        }
        if (objectives == 2) {
            for (int i = 0; i < n; i++) {
                double a = n == 1 ? 0.5 : (double) i / (n - 1);
                w[i][0] = a;
                w[i][1] = 1 - a;
            }
            return w;
        }
        int h = 1;
        while (ReferenceDirections.count(objectives, h) < n) h++;
        double[][] lattice = ReferenceDirections.singleLayer(objectives, h);
        boolean[] taken = new boolean[lattice.length];
        double[] nearest = new double[lattice.length];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int chosen = 0;
        while (chosen < n) {
            int pick = -1;
            if (chosen < objectives) { // the axes first
                for (int i = 0; i < lattice.length && pick < 0; i++) if (lattice[i][chosen] == 1) pick = i;
            } else {
                double best = -1;
                for (int i = 0; i < lattice.length; i++) {
                    if (!taken[i] && nearest[i] > best) {
                        best = nearest[i];
                        pick = i;
                    }
                }
            }
            taken[pick] = true;
            w[chosen++] = lattice[pick].clone();
            for (int i = 0; i < lattice.length; i++) {
                nearest[i] = Math.min(nearest[i], MOEADUtils.distVector(lattice[i], lattice[pick]));
            }
        }
        return w;
    }

    private static final class Moead<W> extends AbstractMOEAD<CandidateSolution<W>> {
        private static final long serialVersionUID = 1L;
        private final transient JMetalRun<W> run;

        Moead(JMetalRun<W> run, int neighborSize, double delta, int replaced) {
            super(run.problem, run.populationSize, run.populationSize, Integer.MAX_VALUE, run.crossover, run.mutation,
                    FunctionType.TCHE, "", delta, replaced, neighborSize);
            this.run = run;
        }

        List<CandidateSolution<W>> population() {
            return population;
        }

        @Override
        public String name() {
            return "MOEAD";
        }

        @Override
        public String description() {
            return "MOEA/D with the problem's operators and constraint-aware replacement";
        }

        @Override
        public void run() {
            lambda = weights(problem.numberOfObjectives(), populationSize);
            initializeNeighborhood();
            population = run.initialPopulation(populationSize);
            for (CandidateSolution<W> s : population) problem.evaluate(s);
            idealPoint.update(population);
            run.progress.report(0, population);
            int[] permutation = new int[populationSize];
            while (!run.progress.exhausted()) {
                MOEADUtils.randomPermutation(permutation, populationSize);
                for (int i = 0; i < populationSize && !run.progress.exhausted(); i++) {
                    int subProblem = permutation[i];
                    NeighborType type = chooseNeighborType();
                    List<CandidateSolution<W>> parents = parentSelection(subProblem, type);
                    CandidateSolution<W> child = crossoverOperator.execute(parents.subList(0, 2)).get(0);
                    mutationOperator.execute(child);
                    problem.evaluate(child);
                    idealPoint.update(child.objectives());
                    updateNeighborhood(child, subProblem, type);
                    run.progress.evaluated(population);
                }
            }
        }

        /** The library's update with the comparison made constraint-aware (total violation, then Tchebycheff). */
        @Override
        protected void updateNeighborhood(CandidateSolution<W> child, int subProblem, NeighborType type) {
            int size = type == NeighborType.NEIGHBOR ? neighborhood[subProblem].length : population.size();
            int[] perm = new int[size];
            MOEADUtils.randomPermutation(perm, size);
            int replaced = 0;
            for (int i = 0; i < size && replaced < maximumNumberOfReplacedSolutions; i++) {
                int k = type == NeighborType.NEIGHBOR ? neighborhood[subProblem][perm[i]] : perm[i];
                if (better(child, population.get(k), lambda[k])) {
                    population.set(k, child.copy());
                    replaced++;
                }
            }
        }

        private boolean better(CandidateSolution<W> child, CandidateSolution<W> current, double[] weight) {
            if (run.constrained()) {
                int c = Double.compare(child.totalViolation(), current.totalViolation());
                if (c != 0) return c < 0;
            }
            return tchebycheff(child, weight) < tchebycheff(current, weight);
        }

        /** The library's Tchebycheff function (package-private there), with its 0.0001 weight for zero components. */
        private double tchebycheff(CandidateSolution<W> s, double[] weight) {
            double max = -1.0e+30;
            for (int n = 0; n < weight.length; n++) {
                double diff = Math.abs(s.objectives()[n] - idealPoint.value(n));
                max = Math.max(max, weight[n] == 0 ? 0.0001 * diff : diff * weight[n]);
            }
            return max;
        }
    }
}
