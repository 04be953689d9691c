package org.agrifront.problems.landuse;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * The {@code scalarized} initialisation, a feasibility-first start for plain runs, built on the structure of the
 * problem: every service is a sum over cells, so for weights {@code w} and Lagrange multipliers {@code λ} the
 * allocation giving each cell the land use that maximises {@code Σ_s (w_s + λ_s) · v_s(cell, use) / reference_s}
 * is optimal for the weighted objective under the targets its multipliers price, up to the few cells an LP would
 * split. The multipliers are searched for {@link #ROUNDS} rounds (each grows while its service misses its target and
 * shrinks while it has slack, with a step that halves at every change of direction); the best allocation meeting
 * the targets is kept, repaired to the problem's constraints if none did ({@link GreedyRepair}), and what slack
 * remains is spent greedily on the weighted objective.
 * <ul>
 * <li>Members 0, 1 and 2 maximise carbon, crop and runoff alone: near-optimal extremes from the first generation.</li>
 * <li>Odd members maximise a weighted sum with weights drawn uniformly from the simplex.</li>
 * <li>Even members are ε-constraint points: one objective maximised with the other two held at levels drawn
 * between their reference and their single-objective maximum, which reaches the interior of the front that
 * weighted sums miss.</li>
 * </ul>
 */
final class ScalarizedInitialization {
    static final int ROUNDS = 120;
    private final LandUseProblem problem;
    private final double[] normalized; // [(cell * options + option) * 4 + service] = value / reference
    private final double[] reference = new double[3];
    private final double[] serviceReference = new double[LandUseData.SERVICES];
    private volatile long[] maxima; // fixed-point totals of the three single-objective members
    private volatile byte[][] extremes; // the three single-objective members: seed-independent, made once per problem
    // Per cell, the land uses that can win a pass (see prune): their option, relative values and raw values, packed.
    private final int[] firstKept;
    private final byte[] keptOption;
    private final double[] keptRelative;
    private final long[] keptRaw;

    ScalarizedInitialization(LandUseProblem problem) {
        this.problem = problem;
        LandUseData d = problem.data();
        this.normalized = d.relativeValues();
        for (int s = 0; s < 3; s++) reference[s] = Math.max(1e-300, Math.abs(d.reference(Service.values()[s])));
        for (Service s : Service.values()) serviceReference[s.ordinal()] = Math.abs(d.reference(s)) > 0 ? Math.abs(d.reference(s)) : 1.0;
        int n = d.cells(), k = d.options(), S = LandUseData.SERVICES;
        long[] raw = d.rawValues();
        firstKept = new int[n + 1];
        byte[] option = new byte[n * k];
        int kept = 0;
        for (int c = 0; c < n; c++) {
            firstKept[c] = kept;
            for (int o = 0; o < k; o++) if (!shadowed(c, o, k)) option[kept++] = (byte) o;
        }
        firstKept[n] = kept;
        keptOption = Arrays.copyOf(option, kept);
        keptRelative = new double[kept * S];
        keptRaw = new long[kept * S];
        for (int c = 0; c < n; c++) {
            for (int i = firstKept[c]; i < firstKept[c + 1]; i++) {
                int from = (c * k + keptOption[i]) * S;
                System.arraycopy(normalized, from, keptRelative, i * S, S);
                System.arraycopy(raw, from, keptRaw, i * S, S);
            }
        }
    }

    /**
     * True when an earlier land use of cell {@code c} is at least as good in every service (relative values). A pass
     * scores land uses with non-negative coefficients ({@code w + λ ≥ 0}) and keeps the first best, and a rounded
     * sum of non-negative multiples is monotone in each value, so such a land use never wins: leaving it out changes
     * no pass's allocation, only its cost.
     */
    private boolean shadowed(int c, int o, int k) {
        int S = LandUseData.SERVICES, a = (c * k + o) * S;
        for (int q = 0; q < o; q++) {
            int b = (c * k + q) * S;
            boolean all = true;
            for (int s = 0; s < S && all; s++) all = normalized[b + s] >= normalized[a + s];
            if (all) return true;
        }
        return false;
    }

    byte[] create(int index, RandomGenerator rng) {
        long[] targets = problemTargets();
        double[] w = new double[LandUseData.SERVICES];
        if (index < 3) return extremes()[index].clone();
        if (index % 2 == 1) {
            double sum = 0;
            for (int s = 0; s < 3; s++) {
                w[s] = -Math.log(1.0 - rng.nextDouble()); // Dirichlet(1,1,1): uniform on the simplex
                sum += w[s];
            }
            for (int s = 0; s < 3; s++) w[s] /= sum;
            return lagrangian(w, targets, targets, false);
        }
        int j = rng.nextInt(3);
        w[j] = 1.0;
        long[] max = maxima();
        long[] levels = targets.clone();
        for (int s = 0; s < 3; s++) {
            if (s == j || max[s] <= targets[s]) continue;
            levels[s] = targets[s] + (long) (rng.nextDouble() * (max[s] - targets[s]));
        }
        return lagrangian(w, levels, targets, false);
    }

    private long[] problemTargets() {
        long[] t = new long[LandUseData.SERVICES];
        for (Service s : Service.values()) t[s.ordinal()] = problem.target(s);
        return t;
    }

    /** Each objective's total in the single-objective members, computed once (the same for every thread). */
    private long[] maxima() {
        long[] m = maxima;
        if (m != null) return m;
        extremes();
        return maxima;
    }

    /**
     * The single-objective members (carbon, crop, runoff alone), which use no random number: made once per problem
     * and shared read-only by every run of a study (callers clone them), with their totals for {@link #maxima}.
     */
    private byte[][] extremes() {
        byte[][] e = extremes;
        if (e != null) return e;
        synchronized (this) {
            if (extremes == null) {
                long[] targets = problemTargets();
                long[] out = new long[3];
                byte[][] members = new byte[3][];
                for (int j = 0; j < 3; j++) {
                    double[] w = new double[LandUseData.SERVICES];
                    w[j] = 1.0;
                    members[j] = lagrangian(w, targets, targets, true);
                    out[j] = problem.data().total(members[j], Service.values()[j]);
                }
                maxima = out;
                extremes = members;
            }
            return extremes;
        }
    }

    /**
     * The best allocation of the multiplier search meeting {@code levels} (or, if none did, the one closest to them),
     * repaired to the problem's {@code targets}, its slack above {@code levels} (where it meets them) spent on the
     * weighted objective.
     */
    byte[] lagrangian(double[] w, long[] levels, long[] targets, boolean refine) {
        LandUseData d = problem.data();
        int n = d.cells(), k = d.options();
        double[] lambda = new double[LandUseData.SERVICES];
        double[] step = new double[LandUseData.SERVICES];
        Arrays.fill(step, 0.05);
        int[] lastSign = new int[LandUseData.SERVICES];
        Search search = new Search(w, levels, n, k);
        for (int round = 0; round < ROUNDS; round++) {
            search.pass(lambda);
            long[] total = search.total;
            for (int s = 0; s < lambda.length; s++) {
                int sign = total[s] < levels[s] ? 1 : (lambda[s] > 0 ? -1 : 0);
                if (sign == 0) continue;
                if (lastSign[s] != 0 && sign != lastSign[s]) step[s] *= 0.5;
                else if (lastSign[s] == sign) step[s] *= 1.5;
                lastSign[s] = sign;
                lambda[s] = Math.max(0, lambda[s] + sign * step[s]);
            }
        }
        if (refine) search.descend(lambda);
        // Candidates: the best allocation that met the levels during the search, and the allocation at the last
        // multipliers (after the descent, the dual optimum: it misses the levels by a few cells at most). Each is
        // repaired and its slack spent; the better one is kept.
        GreedyRepair toLevels = Arrays.equals(levels, targets) ? problem.greedyRepair() : new GreedyRepair(d, levels);
        byte[] out = null;
        double outScore = Double.NEGATIVE_INFINITY;
        for (byte[] candidate : new byte[][] {search.best, refine ? search.genes.clone() : null, search.leastViolating}) {
            if (candidate == null) continue;
            byte[] g = candidate.clone();
            toLevels.repair(g);
            problem.greedyRepair().repair(g);
            toLevels.improve(g, w);
            double score = score(g, w, targets);
            if (out == null || score > outScore) {
                out = g;
                outScore = score;
            }
            if (candidate == search.best && !refine) break; // the least violating one only when nothing met the levels
        }
        return out;
    }

    /** Weighted objective of an allocation, or −∞ when it misses one of the problem's {@code targets}. */
    private double score(byte[] genes, double[] w, long[] targets) {
        long[] total = new long[LandUseData.SERVICES];
        problem.accumulate(genes, total);
        for (int s = 0; s < total.length; s++) if (total[s] < targets[s]) return Double.NEGATIVE_INFINITY;
        double score = 0;
        for (int s = 0; s < 3; s++) score += w[s] * (total[s] / (double) LandUseData.SCALE) / reference[s];
        return score;
    }

    /**
     * One multiplier search: {@link #pass} computes the per-cell argmax allocation for multipliers {@code λ}, its
     * totals and the Lagrangian dual value, and remembers the best allocation meeting the levels (by weighted
     * objective) and the least violating one.
     */
    private final class Search {
        final double[] w;
        final long[] levels;
        final int n, k;
        final long[] total = new long[LandUseData.SERVICES];
        final byte[] genes;
        byte[] best, leastViolating;
        double bestScore = Double.NEGATIVE_INFINITY, bestViolation = Double.POSITIVE_INFINITY;

        Search(double[] w, long[] levels, int n, int k) {
            this.w = w;
            this.levels = levels;
            this.n = n;
            this.k = k;
            this.genes = new byte[n];
        }

        /** Returns the dual value {@code Σ_s (w_s + λ_s) · total_s / ref_s − Σ_s λ_s · level_s / ref_s}. */
        double pass(double[] lambda) {
            double l0 = w[0] + lambda[0], l1 = w[1] + lambda[1], l2 = w[2] + lambda[2], l3 = w[3] + lambda[3];
            final double[] v = keptRelative;
            final long[] raw = keptRaw;
            final int[] first = firstKept;
            long t0 = 0, t1 = 0, t2 = 0, t3 = 0; // the allocation's totals, summed as it is made (exact: fixed point)
            for (int c = 0; c < n; c++) {
                int end = first[c + 1], arg = first[c];
                double top = Double.NEGATIVE_INFINITY;
                for (int i = first[c]; i < end; i++) {
                    int b = i << 2;
                    double score = l0 * v[b] + l1 * v[b + 1] + l2 * v[b + 2] + l3 * v[b + 3];
                    if (score > top) {
                        top = score;
                        arg = i;
                    }
                }
                genes[c] = keptOption[arg];
                int b = arg << 2;
                t0 += raw[b];
                t1 += raw[b + 1];
                t2 += raw[b + 2];
                t3 += raw[b + 3];
            }
            total[0] = t0;
            total[1] = t1;
            total[2] = t2;
            total[3] = t3;
            double violation = 0, dual = 0;
            for (int s = 0; s < total.length; s++) {
                if (total[s] < levels[s]) violation += (double) (levels[s] - total[s]) / Math.max(1L, Math.abs(levels[s]));
                double ref = serviceReference[s];
                dual += ((s < 3 ? w[s] : 0) + lambda[s]) * (total[s] / (double) LandUseData.SCALE) / ref
                        - lambda[s] * (levels[s] / (double) LandUseData.SCALE) / ref;
            }
            if (violation == 0) {
                double score = 0;
                for (int s = 0; s < 3; s++) score += w[s] * (total[s] / (double) LandUseData.SCALE) / reference[s];
                if (score > bestScore) {
                    bestScore = score;
                    best = genes.clone();
                }
            } else if (violation < bestViolation) {
                bestViolation = violation;
                leastViolating = genes.clone();
            }
            return dual;
        }

        /**
         * Coordinate descent on the (convex, piecewise-linear) dual from {@code λ}: golden-section search along
         * each multiplier in turn. Closer multipliers price the constraints better, and every allocation visited is
         * a candidate for the best one; used for the single-objective members, where the sign search alone can
         * stop at a feasible but poor boundary point.
         */
        void descend(double[] lambda) {
            final double g = (Math.sqrt(5) - 1) / 2;
            for (int sweep = 0; sweep < 3; sweep++) {
                for (int s = 0; s < lambda.length; s++) {
                    double a = 0, b = Math.max(4 * lambda[s], 1.0);
                    double x1 = b - g * (b - a), x2 = a + g * (b - a);
                    double f1 = at(lambda, s, x1), f2 = at(lambda, s, x2);
                    for (int it = 0; it < 24; it++) {
                        if (f1 <= f2) {
                            b = x2;
                            x2 = x1;
                            f2 = f1;
                            x1 = b - g * (b - a);
                            f1 = at(lambda, s, x1);
                        } else {
                            a = x1;
                            x1 = x2;
                            f1 = f2;
                            x2 = a + g * (b - a);
                            f2 = at(lambda, s, x2);
                        }
                    }
                    lambda[s] = (a + b) / 2;
                }
            }
            pass(lambda);
        }

        private double at(double[] lambda, int s, double value) {
            double keep = lambda[s];
            lambda[s] = value;
            double v = pass(lambda);
            lambda[s] = keep;
            return v;
        }
    }
}
