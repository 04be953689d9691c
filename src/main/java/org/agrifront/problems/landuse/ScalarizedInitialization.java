package org.agrifront.problems.landuse;

import java.util.random.RandomGenerator;

import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * The {@code scalarized} initialisation, a feasibility-first start for plain runs. Each initial allocation gives
 * every cell the land use that maximises a weighted sum of the services relative to their reference totals,
 * {@code Σ_s (w_s + λ_s) · v_s(cell, use) / reference_s}. The objective weights {@code w} (carbon, crop, runoff)
 * are drawn uniformly from the simplex, so the population spreads over the trade-off; the constraint weights
 * {@code λ} (all four services) are Lagrange multipliers, searched for {@link #ROUNDS} rounds (each grows while
 * its service misses the target and shrinks while it has slack); the best feasible allocation of the search is
 * kept, repaired if none was feasible ({@link GreedyRepair}), and the remaining slack is then spent greedily on the
 * weighted objective. Members 0, 1 and 2 aim at carbon, crop and runoff alone, which puts near-optimal extremes
 * into the first population. The paper's hierarchical seeding is the stronger method; this one needs no extra run.
 */
final class ScalarizedInitialization {
    static final int ROUNDS = 120;
    private final LandUseProblem problem;
    private final double[] normalized; // [(cell * options + option) * 4 + service] = value / reference
    private final double[] reference = new double[3];

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
        double[] w = new double[LandUseData.SERVICES];
        if (index < 3) {
            w[index] = 1.0; // the first three members aim at the single-objective optima
        } else {
            double sum = 0;
            for (int s = 0; s < 3; s++) {
                w[s] = -Math.log(1.0 - rng.nextDouble()); // Dirichlet(1,1,1): uniform on the simplex
                sum += w[s];
            }
            for (int s = 0; s < 3; s++) w[s] /= sum;
        }
        return lagrangian(w);
    }

    /**
     * The best feasible per-cell argmax allocation over the multiplier search (or the least violating one), then
     * the greedy repair and the greedy use of the remaining slack for the weighted objective.
     */
    byte[] lagrangian(double[] w) {
        LandUseData d = problem.data();
        int n = d.cells(), k = d.options();
        double[] obj = new double[3];
        double[] viol = new double[LandUseData.SERVICES];
        double[] lambda = new double[LandUseData.SERVICES];
        double[] step = new double[LandUseData.SERVICES];
        java.util.Arrays.fill(step, 0.05);
        int[] lastSign = new int[LandUseData.SERVICES];
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
            problem.evaluate(genes, obj, viol);
            double v = 0;
            for (double x : viol) v += x;
            if (v == 0) {
                double score = 0;
                for (int s = 0; s < 3; s++) score += w[s] * obj[s] / reference[s];
                if (score > bestScore) {
                    bestScore = score;
                    best = genes.clone();
                }
            } else if (v < bestViolation) {
                bestViolation = v;
                leastViolating = genes.clone();
            }
            // Sign-based multiplier search: grow a multiplier while its service is short, shrink it while it has
            // slack; the step halves at every change of direction, so the multipliers home in on the boundary.
            for (int s = 0; s < lambda.length; s++) {
                int sign = viol[s] > 0 ? 1 : (lambda[s] > 0 ? -1 : 0);
                if (sign == 0) continue;
                if (lastSign[s] != 0 && sign != lastSign[s]) step[s] *= 0.5;
                else if (lastSign[s] == sign) step[s] *= 1.5;
                lastSign[s] = sign;
                lambda[s] = Math.max(0, lambda[s] + sign * step[s]);
            }
        }
        byte[] out = best != null ? best : leastViolating;
        problem.greedyRepair().repair(out);
        problem.greedyRepair().improve(out, w);
        return out;
    }
}
