package org.agrifront.problems.landuse;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.Crossover;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;

/**
 * What a neutral run does on the problem side (neutral start, the default crossover and mutation, sweeps included),
 * loaded by {@link NeutralSearchTest}'s restricted loader. No engine runs here: the libraries' global random
 * generators would be bound to this loader's copy of the adapters and break later runs in the same JVM.
 */
public final class NeutralRunProbe {
    private NeutralRunProbe() {
    }

    /** True when every child stays feasible. */
    @SuppressWarnings("unchecked")
    public static boolean run(Path dir) {
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(500, 8, 60, 31));
        LandUseProblem problem = new LandUseProblem("probe", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
        Crossover<CategoricalGenome> cx = (Crossover<CategoricalGenome>) Operators.crossover(problem, problem.defaultCrossover().orElseThrow());
        Mutation<CategoricalGenome> mu = (Mutation<CategoricalGenome>) Operators.mutation(problem, problem.defaultMutation().orElseThrow());
        Mutation<CategoricalGenome> sweeps = (Mutation<CategoricalGenome>) Operators.mutation(problem, OperatorSpec.of("exchange", "sweep", 1.0));
        SplittableRandom rng = new SplittableRandom(2);
        CategoricalGenome a = CategoricalGenome.of(problem, problem.initialGenome(Problem.NEUTRAL, 0, 2, rng));
        CategoricalGenome b = CategoricalGenome.of(problem, problem.initialGenome(Problem.NEUTRAL, 1, 2, rng));
        double[] f = new double[3], v = new double[4];
        for (int i = 0; i < 50; i++) {
            cx.cross(a, b, rng);
            mu.mutate(a, rng);
            sweeps.mutate(b, rng);
            for (CategoricalGenome g : new CategoricalGenome[] {a, b}) {
                g.evaluate(problem, f, v);
                for (double x : v) if (x != 0) return false;
            }
        }
        return true;
    }
}
