package org.agrifront.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.agrifront.core.RandomStreams;
import org.agrifront.engine.jmetal.JMetalEngine;
import org.agrifront.engine.moea.MoeaEngine;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.core.operator.CompoundVariation;
import org.moeaframework.core.operator.OnePointCrossover;
import org.moeaframework.core.operator.binary.BitFlip;
import org.moeaframework.core.variable.BinaryIntegerVariable;
import org.moeaframework.problem.AbstractProblem;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAIIBuilder;
import org.uma.jmetal.operator.crossover.CrossoverOperator;
import org.uma.jmetal.operator.mutation.MutationOperator;
import org.uma.jmetal.problem.integerproblem.impl.AbstractIntegerProblem;
import org.uma.jmetal.solution.integersolution.IntegerSolution;
import org.uma.jmetal.util.comparator.dominanceComparator.impl.DominanceWithConstraintsComparator;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * The libraries used the idiomatic way, as the baseline for generations per second: one variable object per gene
 * (MOEA Framework {@code BinaryIntegerVariable}, jMetal {@code DefaultIntegerSolution} with a {@code List<Integer>}),
 * the libraries' own or straightforward operators (one-point crossover, per-gene mutation), and full re-evaluation.
 * Both draw from the same thread-bound random stream as Agrifront's runs.
 */
final class BoxedBaselines {
    private BoxedBaselines() {
    }

    /** Seconds for {@code generations} generations of MOEA Framework NSGA-II with one variable per gene. */
    static double moeaNsga2Seconds(BoxedLandUse land, int population, int generations, long seed) {
        MoeaEngine.installRandomDelegate();
        try (RandomStreams.Binding ignored = RandomStreams.bind(RandomStreams.create(seed))) {
            AbstractProblem problem = new AbstractProblem(land.cells, 3, 4) {
                @Override
                public Solution newSolution() {
                    Solution s = new Solution(land.cells, 3, 4);
                    for (int i = 0; i < land.cells; i++) s.setVariable(i, new BinaryIntegerVariable(0, land.options - 1));
                    for (int i = 0; i < 4; i++) s.setConstraint(i, LessThanOrEqual.to(0.0));
                    return s;
                }

                @Override
                public void evaluate(Solution s) {
                    int[] genes = BinaryIntegerVariable.getInt(s);
                    List<Integer> g = new ArrayList<>(genes.length);
                    for (int x : genes) g.add(x);
                    double[] obj = new double[3], viol = new double[4];
                    land.evaluate(g, obj, viol);
                    for (int i = 0; i < 3; i++) s.setObjectiveValue(i, -obj[i]);
                    for (int i = 0; i < 4; i++) s.setConstraintValue(i, viol[i]);
                }
            };
            NSGAII a = new NSGAII(problem);
            a.setInitialPopulationSize(population);
            int bits = BinaryIntegerVariable.getNumberOfBits(0, land.options - 1);
            a.setVariation(new CompoundVariation(new OnePointCrossover(0.9), new BitFlip(1.0 / (land.cells * bits))));
            long t0 = System.nanoTime();
            a.step();
            for (int g = 0; g < generations; g++) a.step();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Seconds for {@code generations} generations of jMetal NSGA-II on a {@code List<Integer>} genome. */
    static double jmetalNsga2Seconds(BoxedLandUse land, int population, int generations, long seed) {
        JMetalEngine.installRandomDelegate();
        try (RandomStreams.Binding ignored = RandomStreams.bind(RandomStreams.create(seed))) {
            AbstractIntegerProblem problem = new AbstractIntegerProblem() {
                {
                    List<Integer> lo = new ArrayList<>(), hi = new ArrayList<>();
                    for (int i = 0; i < land.cells; i++) {
                        lo.add(0);
                        hi.add(land.options - 1);
                    }
                    variableBounds(lo, hi);
                    numberOfObjectives(3);
                    numberOfConstraints(4);
                    name("boxed-landuse");
                }

                @Override
                public IntegerSolution evaluate(IntegerSolution s) {
                    double[] obj = new double[3], viol = new double[4];
                    land.evaluate(s.variables(), obj, viol);
                    for (int i = 0; i < 3; i++) s.objectives()[i] = -obj[i];
                    for (int i = 0; i < 4; i++) s.constraints()[i] = -viol[i];
                    return s;
                }
            };
            CrossoverOperator<IntegerSolution> cx = new OnePoint(0.9);
            MutationOperator<IntegerSolution> mu = new Reset(1.0 / land.cells, land.options);
            var algorithm = new NSGAIIBuilder<>(problem, cx, mu, population)
                    .setMaxEvaluations(population * (generations + 1))
                    .setDominanceComparator(new DominanceWithConstraintsComparator<>())
                    .build();
            long t0 = System.nanoTime();
            algorithm.run();
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** One-point crossover over the variable list, returning copies (jMetal's NPointCrossover returns the parents). */
    private static final class OnePoint implements CrossoverOperator<IntegerSolution> {
        private static final long serialVersionUID = 1L;
        private final double probability;

        OnePoint(double probability) {
            this.probability = probability;
        }

        @Override
        public List<IntegerSolution> execute(List<IntegerSolution> parents) {
            IntegerSolution a = (IntegerSolution) parents.get(0).copy(), b = (IntegerSolution) parents.get(1).copy();
            JMetalRandom r = JMetalRandom.getInstance();
            if (r.nextDouble() < probability) {
                int n = a.variables().size();
                int cut = r.nextInt(1, n - 1);
                for (int i = cut; i < n; i++) {
                    Integer t = a.variables().get(i);
                    a.variables().set(i, b.variables().get(i));
                    b.variables().set(i, t);
                }
            }
            return List.of(a, b);
        }

        @Override
        public double crossoverProbability() {
            return probability;
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

    /** Random reset with a Bernoulli draw per gene, as written in most examples. */
    private static final class Reset implements MutationOperator<IntegerSolution> {
        private static final long serialVersionUID = 1L;
        private final double rate;
        private final int options;

        Reset(double rate, int options) {
            this.rate = rate;
            this.options = options;
        }

        @Override
        public IntegerSolution execute(IntegerSolution s) {
            JMetalRandom r = JMetalRandom.getInstance();
            for (int i = 0; i < s.variables().size(); i++) {
                if (r.nextDouble() < rate) s.variables().set(i, r.nextInt(0, options - 1));
            }
            return s;
        }

        @Override
        public double mutationProbability() {
            return rate;
        }
    }

    /** A random boxed genome (for the evaluation benchmark). */
    static List<Integer> randomBoxed(BoxedLandUse land, SplittableRandom rng) {
        List<Integer> g = new ArrayList<>(land.cells);
        for (int i = 0; i < land.cells; i++) g.add(rng.nextInt(land.options));
        return g;
    }
}
