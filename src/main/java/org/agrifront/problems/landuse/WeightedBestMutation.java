package org.agrifront.problems.landuse;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * Weighted-best mutation ({@code weighted-best:genes=G}): draws one weight vector over the four services
 * (uniform on the simplex) and sets {@code G} random cells (on average; at least one) to the land use that
 * maximises the weighted sum of the services relative to their reference totals. Unlike a random reset, which on
 * this problem almost always makes a cell worse in every service, each change is Pareto-sensible for some
 * trade-off, so selection has useful moves to choose from near the front's extremes.
 */
final class WeightedBestMutation implements Mutation<CategoricalGenome> {
    private final double[] normalized; // [(cell * options + option) * 4 + service]
    private final int cells;
    private final int options;
    private final double genes;

    WeightedBestMutation(LandUseData data, double genes) {
        if (!(genes > 0)) throw new IllegalArgumentException("operator 'weighted-best': genes must be > 0, found " + genes);
        this.cells = data.cells();
        this.options = data.options();
        this.genes = genes;
        this.normalized = data.relativeValues();
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        double w0 = -Math.log(1 - rng.nextDouble()), w1 = -Math.log(1 - rng.nextDouble()),
                w2 = -Math.log(1 - rng.nextDouble()), w3 = -Math.log(1 - rng.nextDouble());
        // Number of cells: 1 + Poisson-like draw so that the mean is `genes`.
        int count = 1;
        double p = (genes - 1) / cells;
        if (p > 0) {
            for (int c = 0; c < cells; c++) if (rng.nextDouble() < p) count++;
        }
        for (int i = 0; i < count; i++) {
            int c = rng.nextInt(cells);
            int best = 0;
            double top = Double.NEGATIVE_INFINITY;
            for (int o = 0, b = c * options * LandUseData.SERVICES; o < options; o++, b += LandUseData.SERVICES) {
                double v = w0 * normalized[b] + w1 * normalized[b + 1] + w2 * normalized[b + 2] + w3 * normalized[b + 3];
                if (v > top) {
                    top = v;
                    best = o;
                }
            }
            genome.set(c, best);
        }
    }

    @Override
    public String toString() {
        return "weighted-best(genes=" + genes + ")";
    }
}
