package org.agrifront.problems.landuse;

import java.util.random.RandomGenerator;

import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * The {@code scalarized} initialisation, a feasibility-first start for plain runs. Each initial allocation gives
 * every cell the land use that maximises a weighted sum of the services relative to their reference totals,
 * {@code Σ_s (w_s + λ_s) · v_s(cell, use) / reference_s}. The objective weights {@code w} (carbon, crop, runoff)
 * are drawn uniformly from the simplex, so the population spreads over the trade-off; the constraint weights
 * {@code λ} (all four services) start at 0 and grow for every constraint the allocation misses (a Lagrangian
 * multiplier update), until it is feasible or {@link #ATTEMPTS} rounds have passed (then the least violating
 * allocation is kept). The paper's hierarchical seeding is the stronger method; this one needs no extra run.
 */
final class ScalarizedInitialization {
    static final int ATTEMPTS = 80;
    private final LandUseProblem problem;
    private final double[] normalized; // [(cell * options + option) * 4 + service] = value / reference

    ScalarizedInitialization(LandUseProblem problem) {
        this.problem = problem;
        LandUseData d = problem.data();
        int n = d.cells(), k = d.options();
        this.normalized = new double[n * k * LandUseData.SERVICES];
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

    byte[] create(RandomGenerator rng) {
        LandUseData d = problem.data();
        int n = d.cells(), k = d.options();
        double[] obj = new double[3];
        double[] viol = new double[LandUseData.SERVICES];
        double[] w = new double[LandUseData.SERVICES];
        double sum = 0;
        for (int s = 0; s < 3; s++) {
            w[s] = -Math.log(1.0 - rng.nextDouble()); // Dirichlet(1,1,1): uniform on the simplex
            sum += w[s];
        }
        for (int s = 0; s < 3; s++) w[s] /= sum;
        double[] lambda = new double[LandUseData.SERVICES];
        byte[] best = null;
        double bestViolation = Double.POSITIVE_INFINITY;
        for (int round = 0; round < ATTEMPTS; round++) {
            double l0 = w[0] + lambda[0], l1 = w[1] + lambda[1], l2 = w[2] + lambda[2], l3 = w[3] + lambda[3];
            byte[] genes = new byte[n];
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
            if (v < bestViolation) {
                bestViolation = v;
                best = genes;
            }
            if (v == 0) break;
            for (int s = 0; s < lambda.length; s++) {
                if (viol[s] > 0) lambda[s] = lambda[s] * 1.5 + 0.05;
            }
        }
        return best;
    }
}
