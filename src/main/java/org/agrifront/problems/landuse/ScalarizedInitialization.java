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
    private volatile long[] maxima; // fixed-point totals of the three single-objective members

    ScalarizedInitialization(LandUseProblem problem) {
        this.problem = problem;
        LandUseData d = problem.data();
        int n = d.cells(), k = d.options();
        this.normalized = new double[n * k * LandUseData.SERVICES];
        for (int s = 0; s < 3; s++) reference[s] = Math.max(1e-300, Math.abs(d.reference(Service.values()[s])));
        for (int c = 0; c < n; c++) {
            for (int o = 0; o < k; o++) {
                for (Service s : Service.values()) {
                    double ref = Math.abs(d.reference(s));
                    normalized[(c * k + o) * LandUseData.SERVICES + s.ordinal()] =
                            d.valueInFileUnits(c, o, s) / (ref > 0 ? ref : 1.0);
                }
            }
        }
    }

    byte[] create(int index, RandomGenerator rng) {
        long[] targets = problemTargets();
        double[] w = new double[LandUseData.SERVICES];
        if (index < 3) {
            w[index] = 1.0;
            return lagrangian(w, targets, targets);
        }
        if (index % 2 == 1) {
            double sum = 0;
            for (int s = 0; s < 3; s++) {
                w[s] = -Math.log(1.0 - rng.nextDouble()); // Dirichlet(1,1,1): uniform on the simplex
                sum += w[s];
            }
            for (int s = 0; s < 3; s++) w[s] /= sum;
            return lagrangian(w, targets, targets);
        }
        int j = rng.nextInt(3);
        w[j] = 1.0;
        long[] max = maxima();
        long[] levels = targets.clone();
        for (int s = 0; s < 3; s++) {
            if (s == j || max[s] <= targets[s]) continue;
            levels[s] = targets[s] + (long) (rng.nextDouble() * (max[s] - targets[s]));
        }
        return lagrangian(w, levels, targets);
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
        synchronized (this) {
            if (maxima == null) {
                long[] targets = problemTargets();
                long[] out = new long[3];
                for (int j = 0; j < 3; j++) {
                    double[] w = new double[LandUseData.SERVICES];
                    w[j] = 1.0;
                    byte[] g = lagrangian(w, targets, targets);
                    out[j] = problem.data().total(g, Service.values()[j]);
                }
                maxima = out;
            }
            return maxima;
        }
    }

    /**
     * The best allocation of the multiplier search meeting {@code levels} (or, if none did, the one closest to them),
     * repaired to the problem's {@code targets}, its slack above {@code levels} (where it meets them) spent on the
     * weighted objective.
     */
    byte[] lagrangian(double[] w, long[] levels, long[] targets) {
        LandUseData d = problem.data();
        int n = d.cells(), k = d.options();
        double[] lambda = new double[LandUseData.SERVICES];
        double[] step = new double[LandUseData.SERVICES];
        Arrays.fill(step, 0.05);
        int[] lastSign = new int[LandUseData.SERVICES];
        long[] total = new long[LandUseData.SERVICES];
        byte[] best = null, leastViolating = null;
        double bestScore = Double.NEGATIVE_INFINITY, bestViolation = Double.POSITIVE_INFINITY;
        byte[] genes = new byte[n];
        for (int round = 0; round < ROUNDS; round++) {
            double l0 = w[0] + lambda[0], l1 = w[1] + lambda[1], l2 = w[2] + lambda[2], l3 = w[3] + lambda[3];
            for (int c = 0; c < n; c++) {
                int arg = 0;
                double top = Double.NEGATIVE_INFINITY;
                int base = c * k * LandUseData.SERVICES;
                for (int o = 0; o < k; o++) {
                    int b = base + o * LandUseData.SERVICES;
                    double score = l0 * normalized[b] + l1 * normalized[b + 1] + l2 * normalized[b + 2]
                            + l3 * normalized[b + 3];
                    if (score > top) {
                        top = score;
                        arg = o;
                    }
                }
                genes[c] = (byte) arg;
            }
            problem.accumulate(genes, total);
            double violation = 0;
            for (int s = 0; s < total.length; s++) {
                if (total[s] < levels[s]) violation += (double) (levels[s] - total[s]) / Math.max(1L, Math.abs(levels[s]));
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
            for (int s = 0; s < lambda.length; s++) {
                int sign = total[s] < levels[s] ? 1 : (lambda[s] > 0 ? -1 : 0);
                if (sign == 0) continue;
                if (lastSign[s] != 0 && sign != lastSign[s]) step[s] *= 0.5;
                else if (lastSign[s] == sign) step[s] *= 1.5;
                lastSign[s] = sign;
                lambda[s] = Math.max(0, lambda[s] + sign * step[s]);
            }
        }
        byte[] out = best != null ? best : leastViolating;
        problem.greedyRepair().repair(out);
        if (Arrays.equals(levels, targets)) problem.greedyRepair().improve(out, w);
        else new GreedyRepair(d, levels).improve(out, w);
        return out;
    }
}
