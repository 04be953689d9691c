package org.agrifront.problems.landuse;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * Comparative-advantage exchange ({@code exchange:moves=M,sample=K,chain=L,corner=P}): a memetic step on one random
 * scalarisation that keeps allocations feasible. It uses only the service tables and the targets (no LP, no dual).
 * <p>
 * Per child it draws weights {@code w} over the three objectives (with probability {@code corner} one objective
 * alone, else uniform on the simplex), then tries {@code M} moves. A move gives a random cell the land use with the
 * best weighted gain {@code Σ w_s Δ_s / reference_s}. If that breaks a target, up to {@code L} compensating changes
 * follow, each the best of {@code K} randomly sampled cells by deficit covered per weighted gain given up: an exchange
 * in which the first cell gains the weighted objective and the others give back the missing services at a lower
 * price. The whole exchange is applied only if every target holds and the net weighted gain is positive, so a feasible
 * child stays feasible and never gets worse in the drawn scalarisation. An infeasible child (e.g. after crossover) is
 * first repaired the same way, sampled moves by deficit covered per weighted gain lost, and with the problem's greedy
 * repair if that is not enough. Every random number comes from the run's generator.
 */
final class ExchangeMutation implements Mutation<CategoricalGenome> {
    static final double MOVES = 20, SAMPLE = 32, CHAIN = 3, CORNER = 0.5, DOMINATE = 0.5, OWN = 0.5, SWEEP = 0.05;
    /** Longest run of givers one gainer of a sweep may need, and failed exchanges after which a sweep ends. */
    private static final int SWEEP_CHAIN = 8, SWEEP_FAILURES = 64;
    private static final int S = LandUseData.SERVICES;
    /** Cells sampled for the first change of an exchange; the best by weighted gain per service lost starts it. */
    private static final int FIRST = 4;
    private final long[] raw;      // [(cell * options + option) * S + service], fixed point
    private final double[] rel;    // the same divided by each service's reference
    private final long[] target;
    private final double[] scale;  // 1 / |target|
    private final GreedyRepair repair;
    private final int cells;
    private final int options;
    private final int[] firstCandidate; // candidates of cell c: candidate[firstCandidate[c] .. firstCandidate[c + 1])
    private final byte[] candidate;     // land uses not dominated in all four services by another of the same cell
    private final int moves;
    private final int sample;
    private final int chain;
    private final double corner;
    private final double dominate;
    private final double own;
    private final double sweep;
    private final long[] upper = new long[S]; // per service, the sum over cells of its best land use

    ExchangeMutation(LandUseData data, long[] target, GreedyRepair repair, double moves, double sample, double chain,
                     double corner, double dominate, double own, double sweep) {
        this.moves = whole("moves", moves, 0);
        this.sample = whole("sample", sample, 1);
        this.chain = whole("chain", chain, 0);
        if (!(corner >= 0 && corner <= 1)) throw new IllegalArgumentException("operator 'exchange': corner must be in [0, 1], found " + corner);
        this.corner = corner;
        if (!(dominate >= 0 && dominate <= 1)) throw new IllegalArgumentException("operator 'exchange': dominate must be in [0, 1], found " + dominate);
        this.dominate = dominate;
        if (!(own >= 0 && own <= 1)) throw new IllegalArgumentException("operator 'exchange': own must be in [0, 1], found " + own);
        this.own = own;
        if (!(sweep >= 0 && sweep <= 1)) throw new IllegalArgumentException("operator 'exchange': sweep must be in [0, 1], found " + sweep);
        this.sweep = sweep;
        this.raw = data.rawValues();
        this.rel = data.relativeValues();
        this.target = target.clone();
        this.scale = new double[S];
        for (int s = 0; s < S; s++) scale[s] = 1.0 / Math.max(1L, Math.abs(target[s]));
        this.repair = repair;
        this.cells = data.cells();
        this.options = data.options();
        this.firstCandidate = new int[cells + 1];
        byte[] list = new byte[cells * options];
        int n = 0;
        for (int c = 0; c < cells; c++) {
            firstCandidate[c] = n;
            for (int o = 0; o < options; o++) if (!dominated(c, o)) list[n++] = (byte) o;
        }
        firstCandidate[cells] = n;
        this.candidate = java.util.Arrays.copyOf(list, n);
        for (int c = 0; c < cells; c++) {
            for (int s = 0; s < S; s++) {
                long m = Long.MIN_VALUE;
                for (int o = 0; o < options; o++) m = Math.max(m, raw[(c * options + o) * S + s]);
                upper[s] += m;
            }
        }
    }

    private boolean dominated(int c, int o) {
        int a = (c * options + o) * S;
        for (int q = 0; q < options; q++) {
            int b = (c * options + q) * S;
            boolean all = true, strict = false;
            for (int s = 0; s < S; s++) {
                if (raw[b + s] < raw[a + s]) all = false;
                if (raw[b + s] > raw[a + s]) strict = true;
            }
            if (all && strict) return true;
        }
        return false;
    }

    private static int whole(String name, double v, int min) {
        if (v < min || v != Math.rint(v) || v > 1_000_000) {
            throw new IllegalArgumentException("operator 'exchange': " + name + " must be a whole number >= " + min + ", found " + v);
        }
        return (int) v;
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        double[] w = own > 0 && rng.nextDouble() < own ? ownDirection(totals(genome), rng) : weights(rng, corner);
        boolean dominating = dominate > 0 && rng.nextDouble() < dominate;
        boolean sweeping = sweep > 0 && rng.nextDouble() < sweep;
        apply(genome, w, dominating, sweeping, rng);
    }

    /**
     * Weights that push an allocation further the way it already leans: each objective's gain over its target as a
     * share of the gain the per-cell maxima would allow (a bound read off the tables, no optimisation), jittered.
     * An allocation at the crop end of the front is pushed towards more crop, one in the middle along its own mix.
     */
    double[] ownDirection(long[] total, RandomGenerator rng) {
        double[] w = new double[3];
        for (int s = 0; s < 3; s++) {
            double room = Math.max(1.0, (double) (upper[s] - target[s]));
            double lean = Math.max(0.0, (double) (total[s] - target[s])) / room;
            w[s] = (lean + 0.02) * (0.5 + rng.nextDouble());
        }
        double sum = w[0] + w[1] + w[2];
        for (int s = 0; s < 3; s++) w[s] /= sum;
        return w;
    }

    /**
     * Repairs {@code genome} if needed, then tries the exchanges for weights {@code w} (carbon, crop, runoff); a
     * dominating step keeps every objective at least at its value before the step.
     */
    void apply(CategoricalGenome genome, double[] w, boolean dominating, boolean sweeping, RandomGenerator rng) {
        byte[] genes = genome.genes();
        long[] total = totals(genome);
        if (!meets(total, target)) {
            if (!repairSampled(genome, total, w, rng)) {
                repair.repair(genes);
                genome.invalidate();
                total = totals(genes);
                if (!meets(total, target)) return;
            }
        }
        // A dominating step keeps every objective at least at the parent's value, so the child dominates its parent.
        long[] floor = target.clone();
        if (dominating) {
            for (int s = 0; s < 3; s++) floor[s] = Math.max(floor[s], total[s]);
        }
        if (sweeping) sweep(genome, total, floor, w);
        int[] pendingCell = new int[chain + 1];
        int[] pendingOption = new int[chain + 1];
        long[] trial = new long[S];
        for (int m = 0; m < moves; m++) {
            int a = -1, best = -1;
            double gain = 0, ratio = 0;
            for (int k = 0; k < FIRST; k++) {
                int c = rng.nextInt(cells);
                int cur = genes[c];
                for (int i = firstCandidate[c], end = firstCandidate[c + 1]; i < end; i++) {
                    int o = candidate[i];
                    if (o == cur) continue;
                    double g = gain(c, cur, o, w);
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
            int cur = genes[a];
            System.arraycopy(total, 0, trial, 0, S);
            add(trial, a, cur, best);
            pendingCell[0] = a;
            pendingOption[0] = best;
            int pending = 1;
            while (!meets(trial, floor) && pending <= chain) {
                int pick = -1, pickOption = -1;
                double pickScore = 0, pickGain = 0;
                for (int k = 0; k < sample; k++) {
                    int b = rng.nextInt(cells);
                    if (contains(pendingCell, pending, b)) continue;
                    int bc = genes[b];
                    for (int i = firstCandidate[b], end = firstCandidate[b + 1]; i < end; i++) {
                        int o = candidate[i];
                        if (o == bc) continue;
                        double g = gain(b, bc, o, w);
                        if (gain + g <= 0) continue; // the exchange as a whole must gain
                        double score = coverScore(trial, floor, b, bc, o, g);
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
            if (!meets(trial, floor) || gain <= 0) continue;
            for (int i = 0; i < pending; i++) genome.set(pendingCell[i], pendingOption[i]);
            System.arraycopy(trial, 0, total, 0, S);
        }
    }

    /**
     * One pass over every cell, deterministic: each cell's best change by weighted gain per service lost (gainers)
     * and by service given back per weighted gain lost (givers), both sorted; gainers are applied in order, each
     * followed by as many of the next givers as its deficits need, and kept when the exchange meets the floors
     * with a positive net gain. Stops after {@link #SWEEP_FAILURES} failed exchanges.
     */
    private void sweep(CategoricalGenome genome, long[] total, long[] floor, double[] w) {
        byte[] genes = genome.genes();
        long[] gainers = new long[cells], givers = new long[cells];
        byte[] gainTo = new byte[cells], giveTo = new byte[cells];
        int ng = 0, nv = 0;
        for (int c = 0; c < cells; c++) {
            int cur = genes[c];
            double bestGain = 0, bestGive = 0;
            int go = -1, vo = -1;
            for (int i = firstCandidate[c], end = firstCandidate[c + 1]; i < end; i++) {
                int o = candidate[i];
                if (o == cur) continue;
                double g = gain(c, cur, o, w);
                if (g > 0) {
                    double r = g / (harm(c, cur, o) + 1e-12);
                    if (r > bestGain) {
                        bestGain = r;
                        go = o;
                    }
                } else {
                    double r = giveBack(c, cur, o) / (-g + 1e-12);
                    if (r > bestGive) {
                        bestGive = r;
                        vo = o;
                    }
                }
            }
            // sort keys: the ratio's float bits (monotone for positive floats) above the cell index
            if (go >= 0) {
                gainTo[c] = (byte) go;
                gainers[ng++] = ((long) Float.floatToIntBits((float) Math.min(bestGain, Float.MAX_VALUE)) << 32) | c;
            }
            if (vo >= 0) {
                giveTo[c] = (byte) vo;
                givers[nv++] = ((long) Float.floatToIntBits((float) Math.min(bestGive, Float.MAX_VALUE)) << 32) | c;
            }
        }
        java.util.Arrays.sort(gainers, 0, ng);
        java.util.Arrays.sort(givers, 0, nv);
        boolean[] touched = new boolean[cells];
        long[] trial = new long[S];
        int[] pendingCell = new int[SWEEP_CHAIN + 1];
        int failures = 0, next = nv - 1;
        for (int i = ng - 1; i >= 0 && failures < SWEEP_FAILURES; i--) {
            int a = (int) gainers[i];
            if (touched[a]) continue;
            int from = genes[a];
            System.arraycopy(total, 0, trial, 0, S);
            add(trial, a, from, gainTo[a]);
            double net = gain(a, from, gainTo[a], w);
            pendingCell[0] = a;
            int pending = 1, j = next;
            while (!meets(trial, floor) && pending <= SWEEP_CHAIN && j >= 0) {
                int b = (int) givers[j--];
                if (touched[b] || b == a) continue;
                int bc = genes[b], bo = giveTo[b];
                double g = gain(b, bc, bo, w);
                if (net + g <= 0 || coverScore(trial, floor, b, bc, bo, g) <= 0) continue;
                add(trial, b, bc, bo);
                net += g;
                pendingCell[pending++] = b;
            }
            if (!meets(trial, floor) || net <= 0) {
                failures++;
                continue;
            }
            genome.set(a, gainTo[a]);
            touched[a] = true;
            for (int k = 1; k < pending; k++) {
                int b = pendingCell[k];
                genome.set(b, giveTo[b]);
                touched[b] = true;
            }
            next = j;
            System.arraycopy(trial, 0, total, 0, S);
        }
    }

    /** Services a change gives back, each relative to its target. */
    private double giveBack(int c, int from, int to) {
        int a = (c * options + from) * S, b = (c * options + to) * S;
        double h = 0;
        for (int s = 0; s < S; s++) {
            long d = raw[b + s] - raw[a + s];
            if (d > 0) h += d * scale[s];
        }
        return h;
    }

    /**
     * Moves an infeasible allocation towards its targets with sampled single-cell changes, each the best of
     * {@code sample} cells by deficit covered per weighted gain lost. True when it ends feasible.
     */
    private boolean repairSampled(CategoricalGenome genome, long[] total, double[] w, RandomGenerator rng) {
        byte[] genes = genome.genes();
        int budget = 4 * moves + 32;
        for (int step = 0; step < budget && !meets(total, target); step++) {
            int pick = -1, pickOption = -1;
            double pickScore = 0;
            for (int k = 0; k < sample; k++) {
                int b = rng.nextInt(cells);
                int bc = genes[b];
                for (int i = firstCandidate[b], end = firstCandidate[b + 1]; i < end; i++) {
                    int o = candidate[i];
                    if (o == bc) continue;
                    double score = coverScore(total, target, b, bc, o, gain(b, bc, o, w));
                    if (score > pickScore) {
                        pickScore = score;
                        pick = b;
                        pickOption = o;
                    }
                }
            }
            if (pick < 0) continue;
            add(total, pick, genes[pick], pickOption);
            genome.set(pick, pickOption);
        }
        return meets(total, target);
    }

    /**
     * How well changing cell {@code c} from {@code from} to {@code to} repairs {@code total}: the deficits it covers
     * (relative to their targets) per weighted gain it gives up, 0 when it covers nothing, widens a deficit or breaks
     * a met target.
     */
    private double coverScore(long[] total, long[] floor, int c, int from, int to, double gain) {
        int a = (c * options + from) * S, b = (c * options + to) * S;
        double covered = 0;
        for (int s = 0; s < S; s++) {
            long d = raw[b + s] - raw[a + s];
            long deficit = floor[s] - total[s];
            if (deficit > 0) {
                if (d < 0) return 0;
                covered += Math.min(d, deficit) * scale[s];
            } else if (d < 0 && total[s] + d < floor[s]) {
                return 0;
            }
        }
        if (covered <= 0) return 0;
        return covered / (Math.max(0, -gain) + 1e-12);
    }

    /** What a change costs the services it lowers, each relative to its target. */
    private double harm(int c, int from, int to) {
        int a = (c * options + from) * S, b = (c * options + to) * S;
        double h = 0;
        for (int s = 0; s < S; s++) {
            long d = raw[b + s] - raw[a + s];
            if (d < 0) h -= d * scale[s];
        }
        return h;
    }

    private double gain(int c, int from, int to, double[] w) {
        int a = (c * options + from) * S, b = (c * options + to) * S;
        return w[0] * (rel[b] - rel[a]) + w[1] * (rel[b + 1] - rel[a + 1]) + w[2] * (rel[b + 2] - rel[a + 2]);
    }

    private void add(long[] total, int c, int from, int to) {
        int a = (c * options + from) * S, b = (c * options + to) * S;
        for (int s = 0; s < S; s++) total[s] += raw[b + s] - raw[a + s];
    }

    /**
     * The genome's service totals: its accumulators when they are valid (the problem's incremental sums of the same
     * fixed-point values, so equal to the last bit), else a full re-sum.
     */
    private long[] totals(CategoricalGenome genome) {
        long[] t = new long[S];
        return genome.copyState(t) ? t : totals(genome.genes());
    }

    private long[] totals(byte[] genes) {
        long[] t = new long[S];
        for (int c = 0; c < cells; c++) {
            int b = (c * options + genes[c]) * S;
            t[0] += raw[b];
            t[1] += raw[b + 1];
            t[2] += raw[b + 2];
            t[3] += raw[b + 3];
        }
        return t;
    }

    private static boolean meets(long[] total, long[] floor) {
        for (int s = 0; s < S; s++) if (total[s] < floor[s]) return false;
        return true;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) if (a[i] == v) return true;
        return false;
    }

    /** Weights over the three objectives: one objective alone with probability {@code corner}, else uniform on the simplex. */
    static double[] weights(RandomGenerator rng, double corner) {
        double[] w = new double[3];
        if (corner > 0 && rng.nextDouble() < corner) {
            w[rng.nextInt(3)] = 1.0;
            return w;
        }
        double sum = 0;
        for (int s = 0; s < 3; s++) {
            w[s] = -Math.log(1.0 - rng.nextDouble());
            sum += w[s];
        }
        for (int s = 0; s < 3; s++) w[s] /= sum;
        return w;
    }

    @Override
    public String toString() {
        return "exchange(moves=" + moves + ", sample=" + sample + ", chain=" + chain + ", corner=" + corner + ", dominate=" + dominate + ", own=" + own + ", sweep=" + sweep + ")";
    }
}
