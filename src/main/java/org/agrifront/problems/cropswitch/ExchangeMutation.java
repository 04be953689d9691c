package org.agrifront.problems.cropswitch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Mutation;

/**
 * {@code exchange}: trades two crops between two cells by comparative advantage, keeping every constraint a parent
 * meets. Pick a group with crops A and B and another cell's group with both; with {@code r = yield_B / yield_A},
 * the cell with the larger {@code r} gives area of A to B and the other gives area of B back to A, sized so that
 * A's national production is unchanged: B's then changes by {@code δ1 · yield_A1 · (r1 − r2) ≥ 0}. The size is
 * drawn up to the largest exchange the two cells' areas and their income above the current level allow, so no
 * cell's income falls below its current level either. One in four exchanges takes the largest size (a vertex, as
 * the LP optima are); the others a uniformly random fraction of it. Each child gets on average {@code swaps}
 * exchanges.
 * <p>
 * With {@code directed=1} each child draws a weighting of the eight improvements (relative to the current totals):
 * half of the time one dimension alone, otherwise uniform on the simplex; it then keeps only exchanges that gain
 * under it (the gain is linear in the exchange's size, so its sign is known before sizing). Without it, exchanges
 * are a random walk in the feasible region and NSGA-III's selection, weak at 8 objectives where almost everything
 * is non-dominated, is the only pull towards the front.
 * <p>
 * Why not SBX and polynomial mutation: the current allocation meets all 13 production constraints and every
 * cell's income constraint with equality, so random perturbations of the shares are almost never feasible and
 * Deb's rule pulls the population back onto the current allocation (seen: a 200-generation NSGA-III run with the
 * defaults ended with a front within 1e-9 of it). Exchanges move only along feasible directions.
 */
final class ExchangeMutation implements Mutation<double[]> {
    static final String NAME = "exchange";
    private static final int ATTEMPTS = 8;

    private final Genes genes;
    private final double swaps;
    /** Per dimension, sign / |current total|: turns a change of a total into a change of its improvement; null = undirected. */
    private final double[] direction;
    private final double[] weights = new double[Dimension.COUNT];
    /** For every pair of crops (key lo × crops + hi), the groups growing both: {group, gene of lo, gene of hi}. */
    private final int[][][] partners;
    /** Per group, the keys of the crop pairs it grows. */
    private final int[][] pairsOfGroup;

    ExchangeMutation(Genes genes, double swaps, double[] currentTotals) {
        this.genes = genes;
        this.swaps = swaps;
        if (currentTotals == null) {
            this.direction = null;
        } else {
            this.direction = new double[Dimension.COUNT];
            for (Dimension d : Dimension.values()) {
                direction[d.ordinal()] = (d.sense == org.agrifront.core.Sense.MIN ? -1 : 1) / Math.abs(currentTotals[d.ordinal()]);
            }
        }
        int crops = 0;
        for (int c : genes.geneCrop) crops = Math.max(crops, c + 1);
        Map<Integer, List<int[]>> byPair = new HashMap<>();
        int groups = genes.groups();
        this.pairsOfGroup = new int[groups][];
        for (int g = 0; g < groups; g++) {
            List<Integer> keys = new ArrayList<>();
            for (int i = genes.groupGeneStart[g]; i < genes.groupGeneStart[g + 1]; i++) {
                for (int j = i + 1; j < genes.groupGeneStart[g + 1]; j++) {
                    int a = genes.geneCrop[i], b = genes.geneCrop[j];
                    int key = Math.min(a, b) * crops + Math.max(a, b);
                    byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(a < b ? new int[] {g, i, j} : new int[] {g, j, i});
                    keys.add(key);
                }
            }
            pairsOfGroup[g] = keys.stream().mapToInt(Integer::intValue).toArray();
        }
        this.partners = new int[crops * crops][][];
        for (Map.Entry<Integer, List<int[]>> e : byPair.entrySet()) partners[e.getKey()] = e.getValue().toArray(new int[0][]);
    }

    @Override
    public void mutate(double[] x, RandomGenerator rng) {
        int n = (int) swaps;
        if (rng.nextDouble() < swaps - n) n++;
        if (direction != null) drawWeights(rng);
        for (int s = 0; s < n; s++) exchange(x, rng);
    }

    private void drawWeights(RandomGenerator rng) {
        java.util.Arrays.fill(weights, 0.0);
        if (rng.nextBoolean()) {
            weights[rng.nextInt(weights.length)] = 1.0;
            return;
        }
        double sum = 0;
        for (int d = 0; d < weights.length; d++) {
            weights[d] = -Math.log(1.0 - rng.nextDouble());
            sum += weights[d];
        }
        for (int d = 0; d < weights.length; d++) weights[d] /= sum;
    }

    /** Weighted improvement per hectare of A moved in cell 1 (and {@code ratio} hectares back in cell 2). */
    private double gain(int a1, int b1, int a2, int b2, double ratio) {
        double[] c = genes.coefficient;
        int m = Dimension.COUNT;
        double g = 0;
        for (int d = 0; d < m; d++) {
            if (weights[d] == 0) continue;
            double change = c[b1 * m + d] - c[a1 * m + d] + ratio * (c[a2 * m + d] - c[b2 * m + d]);
            g += weights[d] * direction[d] * change;
        }
        return g;
    }

    /** One exchange (up to a few attempts to find a pair of cells that allows one). */
    void exchange(double[] x, RandomGenerator rng) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (tryExchange(x, rng, false)) return;
        }
    }

    /**
     * One exchange of the largest size that gains under {@code w} (a weighting of the eight improvements, as
     * {@link #drawWeights} draws them); used by {@link ClimbMutation}. Needs a directed instance.
     */
    void greedyExchange(double[] x, RandomGenerator rng, double[] w) {
        System.arraycopy(w, 0, weights, 0, weights.length);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (tryExchange(x, rng, true)) return;
        }
    }

    private boolean tryExchange(double[] x, RandomGenerator rng, boolean largest) {
        int g1 = rng.nextInt(genes.groups());
        int[] keys = pairsOfGroup[g1];
        int[][] list = partners[keys[rng.nextInt(keys.length)]];
        if (list.length < 2) return false;
        int[] p = list[rng.nextInt(list.length)], q = null;
        if (p[0] == g1 || genes.groupCell[p[0]] == genes.groupCell[g1]) return false;
        for (int[] cand : list) {
            if (cand[0] == g1) {
                q = cand;
                break;
            }
        }
        genes.normalise(x, q[0]);
        genes.normalise(x, p[0]);
        int a1 = q[1], b1 = q[2], a2 = p[1], b2 = p[2];
        double[] y = genes.geneYield, inc = genes.geneIncome;
        if (y[b1] / y[a1] < y[b2] / y[a2]) { // the group with the larger B/A yield ratio gives A
            int t = a1; a1 = a2; a2 = t;
            t = b1; b1 = b2; b2 = t;
            int[] tg = q; q = p; p = tg;
        }
        int gA = q[0], gB = p[0];
        double area1 = genes.groupArea[gA], area2 = genes.groupArea[gB];
        double ratio = y[a1] / y[a2]; // hectares of A gained in cell 2 per hectare of A given up in cell 1
        if (direction != null && !(gain(a1, b1, a2, b2, ratio) > 0)) return false;
        double max = Math.min(x[a1] * area1, x[b2] * area2 / ratio);
        // income: cell 1 changes by d1 (inc_B1 − inc_A1), cell 2 by d1 ratio (inc_A2 − inc_B2)
        double loss1 = inc[a1] - inc[b1], loss2 = (inc[b2] - inc[a2]) * ratio;
        if (loss1 > 0) max = Math.min(max, slack(x, genes.groupCell[gA]) / loss1);
        if (loss2 > 0) max = Math.min(max, slack(x, genes.groupCell[gB]) / loss2);
        if (!(max > 0)) return false;
        double d1 = largest || rng.nextInt(4) == 0 ? max : max * rng.nextDouble(), d2 = d1 * ratio;
        x[a1] = Math.max(0.0, x[a1] - d1 / area1);
        x[b1] = Math.min(1.0, x[b1] + d1 / area1);
        x[b2] = Math.max(0.0, x[b2] - d2 / area2);
        x[a2] = Math.min(1.0, x[a2] + d2 / area2);
        return true;
    }

    /** Income of a free cell above its current level (0 when below), with a hair kept back for rounding. */
    private double slack(double[] x, int f) {
        double s = genes.cellIncome(x, f) - genes.currentCellIncome[f];
        return s > 0 ? s * (1 - 1e-9) : 0.0;
    }
}
