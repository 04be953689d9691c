package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;

/**
 * Uniform crossover: with probability {@code probability} the two children exchange each gene independently with
 * probability 1/2. The coin flips come 64 at a time from one {@code nextLong()}.
 */
public final class UniformCrossover implements Crossover<CategoricalGenome> {
    private final double probability;

    public UniformCrossover(double probability) {
        this.probability = Operators.checkProbability("probability", probability);
    }

    @Override
    public void cross(CategoricalGenome a, CategoricalGenome b, RandomGenerator rng) {
        if (rng.nextDouble() >= probability) return;
        byte[] ga = a.genes(), gb = b.genes();
        int n = ga.length;
        long bits = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0) bits = rng.nextLong();
            if ((bits & 1L) != 0 && ga[i] != gb[i]) {
                int x = ga[i];
                a.set(i, gb[i]);
                b.set(i, x);
            }
            bits >>>= 1;
        }
    }
}
