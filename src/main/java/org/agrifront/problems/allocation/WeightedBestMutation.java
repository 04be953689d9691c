package org.agrifront.problems.allocation;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * Weighted-best mutation ({@code weighted-best:genes=G,random=P}) for any allocation problem: draws one weight
 * vector (half the time uniform on the simplex, half the time one direction alone) over the problem's directions (every objective in its sense, every constraint
 * table in the direction that helps it, each relative to its normaliser) and sets {@code G} random cells (on
 * average; at least one) to the allowed option with the best weighted sum. With probability {@code random} a cell
 * is instead reset to a random allowed option, which keeps the moves a plain reset offers. A random reset almost
 * always makes a cell worse in every value; each weighted-best change is Pareto-sensible for some trade-off.
 */
final class WeightedBestMutation implements Mutation<CategoricalGenome> {
    /** Cells looked at per change before settling for one that already holds its best option. */
    static final int TRIES = 8;
    private final double[] relative; // [(cell * options + option) * dims + dim], NaN where not allowed
    private final byte[][] allowed;
    private final int dims;
    private final int cells;
    private final int options;
    private final double genes;
    private final double random;

    WeightedBestMutation(double[] relative, int dims, byte[][] allowed, int options, double genes, double random) {
        if (!(genes > 0)) throw new IllegalArgumentException("operator 'weighted-best': genes must be > 0, found " + genes);
        if (!(random >= 0 && random <= 1)) throw new IllegalArgumentException("operator 'weighted-best': random must be in [0, 1], found " + random);
        this.relative = relative;
        this.dims = dims;
        this.allowed = allowed;
        this.cells = allowed.length;
        this.options = options;
        this.genes = genes;
        this.random = random;
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        double[] w = new double[dims];
        if (rng.nextBoolean()) {
            // half the time one direction alone (the others only break ties): moves towards the front's extremes
            java.util.Arrays.fill(w, 1e-3);
            w[rng.nextInt(dims)] = 1;
        } else {
            for (int d = 0; d < dims; d++) w[d] = -Math.log(1 - rng.nextDouble());
        }
        int count = 1;
        double p = (genes - 1) / cells;
        if (p > 0) {
            for (int c = 0; c < cells; c++) if (rng.nextDouble() < p) count++;
        }
        for (int i = 0; i < count; i++) {
            int c = rng.nextInt(cells);
            if (random > 0 && rng.nextDouble() < random) {
                AllowedResetMutation.resetCell(genome, c, allowed[c], rng);
                continue;
            }
            // look at a few cells for one whose best option differs from its current one: near an extreme most
            // cells already hold their best, and a wasted draw would leave the child a copy of its parent
            int best = genome.get(c);
            for (int attempt = 0; attempt < TRIES && best == genome.get(c); attempt++) {
                if (attempt > 0) c = rng.nextInt(cells);
                best = bestOption(c, w);
            }
            genome.set(c, best);
        }
    }

    private int bestOption(int c, double[] w) {
        int best = allowed[c][0];
        double top = Double.NEGATIVE_INFINITY;
        for (byte o : allowed[c]) {
            int b = (c * options + o) * dims;
            double v = 0;
            for (int d = 0; d < dims; d++) v += w[d] * relative[b + d];
            if (v > top) {
                top = v;
                best = o;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "weighted-best(genes=" + genes + ", random=" + random + ")";
    }
}
