package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

/** Uniform crossover on real genes: with probability {@code probability}, each gene is swapped with probability 1/2. */
public final class UniformRealCrossover implements Crossover<double[]> {
    private final double probability;

    public UniformRealCrossover(double probability) {
        this.probability = Operators.checkProbability("probability", probability);
    }

    @Override
    public void cross(double[] a, double[] b, RandomGenerator rng) {
        if (rng.nextDouble() >= probability) return;
        long bits = 0;
        for (int i = 0; i < a.length; i++) {
            if ((i & 63) == 0) bits = rng.nextLong();
            if ((bits & 1L) != 0) {
                double t = a[i];
                a[i] = b[i];
                b[i] = t;
            }
            bits >>>= 1;
        }
    }
}
