package org.agrifront.problems.cropswitch;

import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Mutation;

/**
 * {@code climb}: a hill climb of {@code steps} compound moves ({@link Climber}) per child on one weighting of the
 * eight improvements, every move keeping each production and cell-income constraint the parent meets.
 * <ul>
 * <li><b>Extreme archive</b> (probability {@code extreme}, default 0.1): the child is instead a copy of one random
 * dimension's best feasible solution this operator has seen (parents and children), kicked by 1-5 random exchanges
 * (iterated local search: the same start would stop at the same local optimum) and climbed on that dimension alone.
 * Climbs of an extreme add up over the run however rarely selection picks the extreme as a parent.</li>
 * <li>Otherwise the weighting is, with equal odds: one dimension alone; the parent's own direction (its improvements
 * over the current totals, negative ones set to 0, so a lineage keeps climbing towards the part of the front it
 * leans to; a parent with no improvement gets a uniform draw); uniform on the simplex.</li>
 * <li>With probability {@code random} (default 0.1) a child instead gets up to 40 random (undirected, not largest)
 * {@link ExchangeMutation exchanges}, which keeps the population spread.</li>
 * </ul>
 * Gains come from per-hectare intensities (all eight totals are linear in the areas); no solution is evaluated and no
 * LP is solved, so the moves are not evaluations and do not count in the budget. The operator's state (climber
 * buffers, extreme archive) depends only on the sequence of calls, which the engines make from one thread in a fixed
 * order, so runs stay reproducible with any number of evaluation threads.
 */
final class ClimbMutation implements Mutation<double[]> {
    static final String NAME = "climb";
    private static final int M = Dimension.COUNT;
    private static final int RANDOM_EXCHANGES = 40;
    /** Largest number of random exchanges that kick an extreme before its climb continues. */
    private static final int KICK = 5;

    private final Climber climber;
    private final ExchangeMutation undirected;
    private final int steps;
    private final double random;
    private final int sample;
    private final double extreme;
    private final double[] weights = new double[M];
    /** Per dimension the best feasible shares this operator has seen (parents and children), and that improvement. */
    private final double[][] extremeShares = new double[M][];
    private final double[] extremeImprovement = new double[M];

    ClimbMutation(Genes genes, double[] currentTotals, double[] fixedTotals, double[] fixedProduction, double[] currentProduction,
                  int steps, double random, int sample, double extreme) {
        if (steps < 1) throw new IllegalArgumentException("operator '" + NAME + "': steps must be >= 1, found " + steps);
        if (!(random >= 0 && random <= 1)) throw new IllegalArgumentException("operator '" + NAME + "': random must be in [0, 1], found " + random);
        if (sample < 1) throw new IllegalArgumentException("operator '" + NAME + "': sample must be >= 1, found " + sample);
        this.climber = new Climber(genes, currentTotals, fixedTotals, fixedProduction, currentProduction);
        this.undirected = new ExchangeMutation(genes, 1.0, null);
        this.steps = steps;
        this.random = random;
        this.sample = sample;
        if (!(extreme >= 0 && extreme <= 1)) throw new IllegalArgumentException("operator '" + NAME + "': extreme must be in [0, 1], found " + extreme);
        this.extreme = extreme;
        java.util.Arrays.fill(extremeImprovement, Double.NEGATIVE_INFINITY);
    }

    @Override
    public void mutate(double[] x, RandomGenerator rng) {
        if (random > 0 && rng.nextDouble() < random) {
            for (int s = 0, n = Math.min(steps, RANDOM_EXCHANGES); s < n; s++) undirected.exchange(x, rng);
            return;
        }
        climber.load(x);
        offer(x);
        if (extreme > 0 && rng.nextDouble() < extreme) {
            // continue the climb of one dimension's best so far, on that dimension alone
            int d = rng.nextInt(M);
            java.util.Arrays.fill(weights, 0.0);
            weights[d] = 1.0;
            if (extremeShares[d] != null) {
                System.arraycopy(extremeShares[d], 0, x, 0, x.length);
                // a kick of a few random exchanges first (iterated local search): a climb from the same point
                // would stop at the same local optimum; the archive keeps the best either way
                for (int k = 0, n = 1 + rng.nextInt(KICK); k < n; k++) undirected.exchange(x, rng);
                climber.load(x);
            }
        } else {
            drawWeights(rng, climber.improvement);
        }
        climber.weigh(weights);
        for (int s = 0; s < steps; s++) climber.move(rng, sample);
        climber.store(x);
        climber.measure();
        offer(x);
    }

    /** Records the loaded shares {@code x} as a dimension's best when they are feasible and improve on it. */
    private void offer(double[] x) {
        if (extreme == 0 || !climber.feasible()) return;
        for (int d = 0; d < M; d++) {
            if (climber.improvement[d] > extremeImprovement[d]) {
                extremeImprovement[d] = climber.improvement[d];
                if (extremeShares[d] == null) extremeShares[d] = new double[x.length];
                System.arraycopy(x, 0, extremeShares[d], 0, x.length);
            }
        }
    }

    private void drawWeights(RandomGenerator rng, double[] improvement) {
        java.util.Arrays.fill(weights, 0.0);
        int mode = rng.nextInt(3);
        if (mode == 0) {
            weights[rng.nextInt(M)] = 1.0;
            return;
        }
        double sum = 0;
        if (mode == 1) {
            for (int d = 0; d < M; d++) {
                weights[d] = Math.max(0.0, improvement[d]);
                sum += weights[d];
            }
        }
        if (!(sum > 0)) {
            sum = 0;
            for (int d = 0; d < M; d++) {
                weights[d] = -Math.log(1.0 - rng.nextDouble());
                sum += weights[d];
            }
        }
        for (int d = 0; d < M; d++) weights[d] /= sum;
    }
}
