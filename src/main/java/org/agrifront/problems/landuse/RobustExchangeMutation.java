package org.agrifront.problems.landuse;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * Comparative-advantage exchange for {@link RobustLandUseProblem} ({@code exchange:moves=M,sample=K,chain=L,
 * corner=P}): {@link ExchangeMutation}'s step with every scenario's targets. It uses only the service tables and the
 * targets (no LP, no dual), so a neutral run may use it.
 * <p>
 * Per child it draws weights {@code w} over the three objectives (one alone with probability {@code corner}, else
 * uniform on the simplex) and spreads each objective's weight over the scenarios as the mode asks: in {@code worst}
 * and {@code regret} mode onto the scenarios where the child is currently weakest in that service (a soft minimum,
 * half a percentage point wide), in {@code mean} mode evenly. It then tries {@code M} moves: a random cell (best of 4
 * sampled) takes the land use with the best weighted gain; if that breaks a target of any scenario, up to {@code L}
 * compensating changes follow, each the best of {@code K} sampled cells by deficit covered per weighted gain given up.
 * An exchange is applied only when every target holds and its net weighted gain is positive, so feasible children
 * stay feasible. An infeasible child is first repaired ({@link RobustRepair}).
 */
final class RobustExchangeMutation implements Mutation<CategoricalGenome> {
    static final double MOVES = 20, SAMPLE = 32, CHAIN = 4, CORNER = 0.5;
    private static final int FIRST = 4;
    /** Width, in percentage points, of the soft minimum that puts an objective's weight on its weakest scenarios. */
    private static final double SOFT_MIN = 0.5;
    private final RobustLandUseProblem problem;
    private final RobustRepair repair;
    private final long[] raw;
    private final double[] rel;
    private final long[] target;
    private final double[] scale;
    private final int stride, cells, options, scenarios;
    private final int moves, sample, chain;
    private final double corner;

    RobustExchangeMutation(RobustLandUseProblem problem, RobustRepair repair, double moves, double sample, double chain, double corner) {
        this.problem = problem;
        this.repair = repair;
        this.moves = whole("moves", moves, 0);
        this.sample = whole("sample", sample, 1);
        this.chain = whole("chain", chain, 0);
        if (!(corner >= 0 && corner <= 1)) throw new IllegalArgumentException("operator 'exchange': corner must be in [0, 1], found " + corner);
        this.corner = corner;
        this.raw = problem.rawValues();
        this.rel = problem.relativeValues();
        this.target = problem.targets();
        this.stride = problem.stride();
        this.cells = problem.cells();
        this.options = problem.options();
        this.scenarios = problem.scenarioCount();
        this.scale = new double[stride];
        for (int t = 0; t < stride; t++) scale[t] = 1.0 / Math.max(1L, Math.abs(target[t]));
    }

    private static int whole(String name, double v, int min) {
        if (v < min || v != Math.rint(v) || v > 1_000_000) {
            throw new IllegalArgumentException("operator 'exchange': " + name + " must be a whole number >= " + min + ", found " + v);
        }
        return (int) v;
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        byte[] genes = genome.genes();
        long[] total = repair.totals(genes);
        if (!repair.feasible(total)) {
            repair.repair(genes);
            genome.invalidate();
            total = repair.totals(genes);
            if (!repair.feasible(total)) return;
        }
        double[] w = ExchangeMutation.weights(rng, corner);
        double[] col = columnWeights(w, total);
        int[] pendingCell = new int[chain + 1];
        int[] pendingOption = new int[chain + 1];
        long[] trial = new long[stride];
        for (int m = 0; m < moves; m++) {
            int a = -1, best = -1;
            double gain = 0, ratio = 0;
            for (int f = 0; f < FIRST; f++) {
                int c = rng.nextInt(cells);
                int cur = genes[c];
                for (int o = 0; o < options; o++) {
                    if (o == cur) continue;
                    double g = gain(c, cur, o, col);
                    if (g <= 0) continue;
                    double r = g / (harm(c, cur, o) + 1e-12);
                    if (r > ratio) {
                        ratio = r;
                        gain = g;
                        a = c;
                        best = o;
                    }
                }
            }
            if (a < 0) continue;
            System.arraycopy(total, 0, trial, 0, stride);
            add(trial, a, genes[a], best);
            pendingCell[0] = a;
            pendingOption[0] = best;
            int pending = 1;
            while (!meets(trial) && pending <= chain) {
                int pick = -1, pickOption = -1;
                double pickScore = 0, pickGain = 0;
                for (int f = 0; f < sample; f++) {
                    int b = rng.nextInt(cells);
                    if (contains(pendingCell, pending, b)) continue;
                    int bc = genes[b];
                    for (int o = 0; o < options; o++) {
                        if (o == bc) continue;
                        double g = gain(b, bc, o, col);
                        if (gain + g <= 0) continue;
                        double score = coverScore(trial, b, bc, o, g);
                        if (score > pickScore) {
                            pickScore = score;
                            pick = b;
                            pickOption = o;
                            pickGain = g;
                        }
                    }
                }
                if (pick < 0) break;
                add(trial, pick, genes[pick], pickOption);
                gain += pickGain;
                pendingCell[pending] = pick;
                pendingOption[pending] = pickOption;
                pending++;
            }
            if (!meets(trial) || gain <= 0) continue;
            for (int i = 0; i < pending; i++) genome.set(pendingCell[i], pendingOption[i]);
            System.arraycopy(trial, 0, total, 0, stride);
        }
    }

    /** Weight of every (scenario, service) column: objective weight × the mode's share of that scenario. */
    double[] columnWeights(double[] w, long[] total) {
        double[] col = new double[stride];
        double[][] gains = problem.gainsPercent(total);
        double[][] optima = problem.scenarioOptima();
        for (int k = 0; k < RobustLandUseProblem.K; k++) {
            double[] share = new double[scenarios];
            if (problem.mode() == RobustLandUseProblem.Mode.MEAN) {
                java.util.Arrays.fill(share, 1.0 / scenarios);
            } else {
                double[] score = new double[scenarios];
                double lo = Double.POSITIVE_INFINITY;
                for (int s = 0; s < scenarios; s++) {
                    score[s] = gains[s][k] - (optima == null ? 0 : optima[s][k]);
                    lo = Math.min(lo, score[s]);
                }
                double sum = 0;
                for (int s = 0; s < scenarios; s++) sum += share[s] = Math.exp(-(score[s] - lo) / SOFT_MIN);
                for (int s = 0; s < scenarios; s++) share[s] /= sum;
            }
            for (int s = 0; s < scenarios; s++) col[s * RobustLandUseProblem.SV + k] = w[k] * share[s];
        }
        return col;
    }

    private double coverScore(long[] total, int c, int from, int to, double gain) {
        int a = (c * options + from) * stride, b = (c * options + to) * stride;
        double covered = 0;
        for (int t = 0; t < stride; t++) {
            long d = raw[b + t] - raw[a + t];
            long deficit = target[t] - total[t];
            if (deficit > 0) {
                if (d < 0) return 0;
                covered += Math.min(d, deficit) * scale[t];
            } else if (d < 0 && total[t] + d < target[t]) {
                return 0;
            }
        }
        if (covered <= 0) return 0;
        return covered / (Math.max(0, -gain) + 1e-12);
    }

    private double harm(int c, int from, int to) {
        int a = (c * options + from) * stride, b = (c * options + to) * stride;
        double h = 0;
        for (int t = 0; t < stride; t++) {
            long d = raw[b + t] - raw[a + t];
            if (d < 0) h -= d * scale[t];
        }
        return h;
    }

    private double gain(int c, int from, int to, double[] col) {
        int a = (c * options + from) * stride, b = (c * options + to) * stride;
        double g = 0;
        for (int t = 0; t < stride; t++) if (col[t] != 0) g += col[t] * (rel[b + t] - rel[a + t]);
        return g;
    }

    private void add(long[] total, int c, int from, int to) {
        int a = (c * options + from) * stride, b = (c * options + to) * stride;
        for (int t = 0; t < stride; t++) total[t] += raw[b + t] - raw[a + t];
    }

    private boolean meets(long[] total) {
        for (int t = 0; t < stride; t++) if (total[t] < target[t]) return false;
        return true;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) if (a[i] == v) return true;
        return false;
    }

    @Override
    public String toString() {
        return "exchange(robust, moves=" + moves + ", sample=" + sample + ", chain=" + chain + ", corner=" + corner + ")";
    }
}
