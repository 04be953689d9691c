package org.agrifront.problems.allocation;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * Random reset among the cell's allowed options ({@code reset:genes=G} or {@code reset:rate=R} on an allocation
 * problem): each cell is, with probability {@code rate}, set to a uniformly drawn different allowed option; cells
 * with one allowed option never change. Positions are found by geometric skipping as in the generic reset.
 */
final class AllowedResetMutation implements Mutation<CategoricalGenome> {
    private final byte[][] allowed;
    private final double rate;
    private final double logOneMinusRate;

    AllowedResetMutation(byte[][] allowed, double rate) {
        this.allowed = allowed;
        this.rate = rate;
        this.logOneMinusRate = Math.log1p(-rate);
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        if (rate <= 0) return;
        int n = genome.length();
        for (int i = next(-1, rng); i < n; i = next(i, rng)) resetCell(genome, i, allowed[i], rng);
    }

    /** Sets cell {@code i} to a uniformly drawn allowed option other than its current one (if it has another). */
    static void resetCell(CategoricalGenome genome, int i, byte[] options, RandomGenerator rng) {
        if (options.length < 2) return;
        int current = genome.get(i);
        int pick = options[rng.nextInt(options.length)];
        if (pick == current) {
            // draw among the others: shift by one position in the allowed list
            int at = 0;
            while (options[at] != current) at++;
            pick = options[(at + 1 + rng.nextInt(options.length - 1)) % options.length];
        }
        genome.set(i, pick);
    }

    private int next(int i, RandomGenerator rng) {
        if (rate >= 1) return i + 1;
        double u = 1.0 - rng.nextDouble();
        double skip = Math.floor(Math.log(u) / logOneMinusRate);
        return skip >= Integer.MAX_VALUE - (long) i - 1 ? Integer.MAX_VALUE : i + 1 + (int) skip;
    }

    @Override
    public String toString() {
        return "reset(allowed options, rate=" + rate + ")";
    }
}
