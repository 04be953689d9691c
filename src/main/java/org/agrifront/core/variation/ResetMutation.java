package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;

/**
 * Random-reset mutation: each gene is, with probability {@code rate}, set to a uniformly drawn <em>different</em>
 * option. The mutated positions are found by geometric skipping, so a rate of 1/n costs about two random numbers
 * per child rather than n.
 */
public final class ResetMutation implements Mutation<CategoricalGenome> {
    private final double rate;
    private final int options;
    private final double logOneMinusRate;

    public ResetMutation(double rate, int options) {
        this.rate = Operators.checkProbability("rate", rate);
        this.options = options;
        this.logOneMinusRate = Math.log1p(-rate);
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        if (rate <= 0 || options < 2) return;
        int n = genome.length();
        int i = nextPosition(-1, rng);
        while (i < n) {
            int current = genome.get(i);
            int pick = rng.nextInt(options - 1);
            genome.set(i, pick >= current ? pick + 1 : pick);
            i = nextPosition(i, rng);
        }
    }

    /** Position of the next mutated gene after {@code i} (may be past the end). */
    private int nextPosition(int i, RandomGenerator rng) {
        if (rate >= 1) return i + 1;
        double u = 1.0 - rng.nextDouble(); // (0, 1]
        double skip = Math.floor(Math.log(u) / logOneMinusRate);
        return skip >= Integer.MAX_VALUE - (long) i - 1 ? Integer.MAX_VALUE : i + 1 + (int) skip;
    }
}
