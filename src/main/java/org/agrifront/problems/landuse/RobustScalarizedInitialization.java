package org.agrifront.problems.landuse;

import java.util.random.RandomGenerator;

/**
 * The {@code scalarized} (informed, Lagrangian) start of {@link RobustLandUseProblem}. For objective weights
 * {@code w}, scenario shares {@code μ[k][s]} (Σ_s μ = 1, the multipliers of the max–min epigraph rows) and target
 * multipliers {@code λ[t]} (one per scenario × service), every cell takes the land use maximising
 * {@code Σ_{k,s} w_k μ[k][s] v(k,s)/ref(k,s) + Σ_t λ_t v(t)/ref(t)}. For {@link #ROUNDS} rounds the multipliers are
 * moved by subgradient steps: λ grows while its target is missed and shrinks while it has slack; in {@code worst}
 * and {@code regret} mode μ moves towards the scenarios where the allocation is weakest (in {@code mean} mode it
 * stays even). The best allocation meeting every target is kept (repaired if none did) and its slack spent
 * greedily on the weighted objective. Members 0–2 aim at the three single-objective optima, the others at weights
 * drawn uniformly from the simplex.
 */
final class RobustScalarizedInitialization {
    static final int ROUNDS = 120;
    /** Rounds of greedy slack spending on the currently weakest scenarios after the multiplier search. */
    static final int POLISH = 6;
    private final RobustLandUseProblem problem;

    RobustScalarizedInitialization(RobustLandUseProblem problem) {
        this.problem = problem;
    }

    byte[] create(int index, RandomGenerator rng) {
        int K = RobustLandUseProblem.K, SV = RobustLandUseProblem.SV;
        int S = problem.scenarioCount(), stride = problem.stride(), cells = problem.cells(), options = problem.options();
        double[] w = new double[K];
        if (index < K) {
            w[index] = 1;
        } else {
            double sum = 0;
            for (int k = 0; k < K; k++) sum += w[k] = -Math.log(1.0 - rng.nextDouble());
            for (int k = 0; k < K; k++) w[k] /= sum;
        }
        double[][] mu = new double[K][S];
        for (double[] m : mu) java.util.Arrays.fill(m, 1.0 / S);
        double[] lambda = new double[stride];
        double[] rel = problem.relativeValues();
        long[] raw = problem.rawValues();
        long[] target = problem.targets();
        double[][] optima = problem.scenarioOptima();
        byte[] genes = new byte[cells];
        byte[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] coef = new double[stride];
        double[] obj = new double[K], viol = new double[stride];
        long[] total = new long[stride];
        for (int round = 0; round < ROUNDS; round++) {
            for (int t = 0; t < stride; t++) coef[t] = lambda[t];
            for (int k = 0; k < K; k++) for (int s = 0; s < S; s++) coef[s * SV + k] += w[k] * mu[k][s];
            java.util.Arrays.fill(total, 0L);
            for (int c = 0; c < cells; c++) {
                int bo = 0;
                double bv = Double.NEGATIVE_INFINITY;
                for (int o = 0; o < options; o++) {
                    int b = (c * options + o) * stride;
                    double v = 0;
                    for (int t = 0; t < stride; t++) v += coef[t] * rel[b + t];
                    if (v > bv) {
                        bv = v;
                        bo = o;
                    }
                }
                genes[c] = (byte) bo;
                int b = (c * options + bo) * stride;
                for (int t = 0; t < stride; t++) total[t] += raw[b + t];
            }
            problem.finish(total, obj, viol);
            boolean feasible = true;
            for (double v : viol) if (v > 0) feasible = false;
            if (feasible) {
                double score = 0;
                for (int k = 0; k < K; k++) score += w[k] * (problem.mode() == RobustLandUseProblem.Mode.REGRET ? -obj[k] : obj[k]);
                if (score > bestScore) {
                    bestScore = score;
                    best = genes.clone();
                }
            }
            double step = 4.0 * Math.pow(0.96, round);
            for (int t = 0; t < stride; t++) {
                double deficit = (double) (target[t] - total[t]) / Math.max(1L, Math.abs(target[t]));
                lambda[t] = Math.max(0, lambda[t] + step * (deficit > 0 ? deficit + 0.002 : Math.max(deficit, -0.05)));
            }
            if (problem.mode() != RobustLandUseProblem.Mode.MEAN) {
                double[][] g = problem.gainsPercent(total);
                for (int k = 0; k < K; k++) {
                    double lo = Double.POSITIVE_INFINITY;
                    double[] score = new double[S];
                    for (int s = 0; s < S; s++) {
                        score[s] = g[s][k] - (optima == null ? 0 : optima[s][k]);
                        lo = Math.min(lo, score[s]);
                    }
                    double hi = lo;
                    for (int s = 0; s < S; s++) hi = Math.max(hi, score[s]);
                    double width = Math.max(0.1, hi - lo); // a scale-free step: the spread of the scenarios' scores
                    double sum = 0;
                    for (int s = 0; s < S; s++) sum += mu[k][s] *= Math.exp(-0.5 * step * (score[s] - lo) / width);
                    for (int s = 0; s < S; s++) mu[k][s] /= sum;
                }
            }
        }
        byte[] out = best != null ? best : genes.clone();
        RobustRepair repair = problem.robustRepair();
        if (best == null) repair.repair(out);
        // polish: spend the slack where the allocation is weakest now (the soft minimum of the mutation), a few times
        double[] col = new double[stride];
        for (int k = 0; k < K; k++) for (int s = 0; s < S; s++) col[s * SV + k] = w[k] * mu[k][s];
        repair.improve(out, col);
        if (problem.mode() != RobustLandUseProblem.Mode.MEAN) {
            for (int round = 0; round < POLISH; round++) {
                double[][] g = problem.gainsPercent(out);
                for (int k = 0; k < K; k++) {
                    double lo = Double.POSITIVE_INFINITY;
                    double[] score = new double[S];
                    for (int s = 0; s < S; s++) lo = Math.min(lo, score[s] = g[s][k] - (optima == null ? 0 : optima[s][k]));
                    double sum = 0;
                    for (int s = 0; s < S; s++) sum += col[s * SV + k] = Math.exp(-(score[s] - lo) / 0.5);
                    for (int s = 0; s < S; s++) col[s * SV + k] *= w[k] / sum;
                }
                repair.improve(out, col);
            }
        }
        return out;
    }
}
