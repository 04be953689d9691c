package org.agrifront.problems.cropswitch;

import java.util.random.RandomGenerator;

import org.agrifront.core.Sense;
import org.agrifront.core.variation.Mutation;

/**
 * {@code climb}: a greedy hill climb on one random scalarisation per child, by moves that keep every constraint a
 * parent meets. Each child draws a weighting of the eight improvements (relative to the current totals): with
 * probability 1/2 one dimension alone (the extreme-seeking half), otherwise uniform on the simplex. It then makes
 * {@code steps} moves, each of the largest size the constraints allow and each gaining under the weighting:
 * <ul>
 * <li>the first half: {@link ExchangeMutation exchanges} between two cells (production of the given crop kept,
 * the other crop's production grows, incomes kept);</li>
 * <li>the second half: shifts inside one group from crop i to the crop j that gains most, using the national
 * production above the current level of crop i and the cell's income above its current level (both tracked
 * as the shifts go). Exchanges create such surpluses; shifts spend them.</li>
 * </ul>
 * Gains are computed from the per-hectare intensities (all eight totals are linear in the areas); no solution is
 * evaluated and no LP is solved. With probability {@code random} a child instead gets {@code steps} random (not
 * directed, not largest) exchanges, which keeps the population spread.
 */
final class ClimbMutation implements Mutation<double[]> {
    static final String NAME = "climb";
    private static final int M = Dimension.COUNT;

    private final Genes genes;
    private final ExchangeMutation directed;
    private final ExchangeMutation undirected;
    private final int steps;
    private final double random;
    /** Per dimension, sign / |current total|. */
    private final double[] direction = new double[M];
    private final double[] fixedProduction;
    private final double[] currentProduction;
    private final double[] weights = new double[M];

    ClimbMutation(Genes genes, double[] currentTotals, double[] fixedProduction, double[] currentProduction, int steps, double random) {
        if (steps < 1) throw new IllegalArgumentException("operator '" + NAME + "': steps must be >= 1, found " + steps);
        if (!(random >= 0 && random <= 1)) throw new IllegalArgumentException("operator '" + NAME + "': random must be in [0, 1], found " + random);
        this.genes = genes;
        this.directed = new ExchangeMutation(genes, 1.0, currentTotals);
        this.undirected = new ExchangeMutation(genes, 1.0, null);
        this.steps = steps;
        this.random = random;
        for (Dimension d : Dimension.values()) {
            direction[d.ordinal()] = (d.sense == Sense.MIN ? -1 : 1) / Math.abs(currentTotals[d.ordinal()]);
        }
        this.fixedProduction = fixedProduction;
        this.currentProduction = currentProduction;
    }

    @Override
    public void mutate(double[] x, RandomGenerator rng) {
        if (random > 0 && rng.nextDouble() < random) {
            for (int s = 0; s < steps; s++) undirected.exchange(x, rng);
            return;
        }
        drawWeights(rng);
        int exchanges = steps / 2;
        for (int s = 0; s < exchanges; s++) directed.greedyExchange(x, rng, weights);
        genes.normalise(x);
        double[] production = production(x);
        for (int s = exchanges; s < steps; s++) shift(x, production, rng);
    }

    private void drawWeights(RandomGenerator rng) {
        java.util.Arrays.fill(weights, 0.0);
        if (rng.nextBoolean()) {
            weights[rng.nextInt(M)] = 1.0;
            return;
        }
        double sum = 0;
        for (int d = 0; d < M; d++) {
            weights[d] = -Math.log(1.0 - rng.nextDouble());
            sum += weights[d];
        }
        for (int d = 0; d < M; d++) weights[d] /= sum;
    }

    /** National production per crop of normalised shares. */
    double[] production(double[] x) {
        double[] p = fixedProduction.clone();
        for (int g = 0; g < genes.groups(); g++) {
            for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) {
                p[genes.geneCrop[i]] += genes.groupArea[g] * x[i] * genes.geneYield[i];
            }
        }
        return p;
    }

    /** Weighted improvement per hectare moved from gene i to gene j of the same group. */
    private double gain(int i, int j) {
        double[] c = genes.coefficient;
        double g = 0;
        for (int d = 0; d < M; d++) {
            if (weights[d] != 0) g += weights[d] * direction[d] * (c[j * M + d] - c[i * M + d]);
        }
        return g;
    }

    /** One shift inside a random group from a random crop with area to the crop that gains most; largest size. */
    void shift(double[] x, double[] production, RandomGenerator rng) {
        int g = rng.nextInt(genes.groups());
        int start = genes.groupGeneStart[g], end = genes.groupGeneStart[g + 1];
        int i = start + rng.nextInt(end - start);
        if (!(x[i] > 0)) return;
        int best = -1;
        double bestGain = 0;
        for (int j = start; j < end; j++) {
            if (j == i) continue;
            double gj = gain(i, j);
            if (gj > bestGain) {
                bestGain = gj;
                best = j;
            }
        }
        if (best < 0) return;
        int j = best;
        double area = genes.groupArea[g];
        double max = x[i] * area; // hectares
        int ci = genes.geneCrop[i];
        double surplus = production[ci] - currentProduction[ci] * (1 + 1e-9);
        double yi = genes.geneYield[i];
        if (yi > 0 && genes.geneCrop[j] != ci) max = Math.min(max, Math.max(0, surplus) / yi);
        double loss = genes.geneIncome[i] - genes.geneIncome[j];
        if (loss > 0) {
            int f = genes.groupCell[g];
            double slack = genes.cellIncome(x, f) - genes.currentCellIncome[f];
            max = Math.min(max, slack > 0 ? slack * (1 - 1e-9) / loss : 0);
        }
        if (!(max > 0)) return;
        double share = Math.min(x[i], max / area);
        x[i] -= share;
        x[j] += share;
        production[ci] -= share * area * yi;
        production[genes.geneCrop[j]] += share * area * genes.geneYield[j];
    }
}
