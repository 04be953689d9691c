package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

import org.agrifront.core.RealEncoding;

/**
 * Polynomial mutation whose per-gene rate follows the fitness trend, the "adaptive mutation" of the manure study
 * (Xu et al. 2026, npj Sustain. Agric., Methods: "mutation rates dynamically adjust based on fitness trends to avoid
 * local optima and reinforce promising solutions"). The paper gives no formula; this is our rule:
 * <ul>
 * <li>after each generation the engine reports the population ({@link GenerationAware}); the trend compares the
 * mean of every minimised objective over the feasible members with the previous generation's;</li>
 * <li>the search <em>improves</em> when more members are feasible than before, or when some objective's feasible
 * mean fell by more than {@code tolerance} × its previous spread (max − min); while no member is feasible, when
 * the mean total violation fell by more than {@code tolerance} relative;</li>
 * <li>improving: the rate shrinks by {@code factor} (exploit what works); stalled: it grows by 1/{@code factor}
 * (escape a local optimum); always within [{@code min}, {@code max}].</li>
 * </ul>
 * One instance per run (the engines build operators per run), so the rate is run state and a run stays determined by
 * its seed. Works in both engines: both report every generation through the same hook.
 */
public final class AdaptiveMutation implements Mutation<double[]>, GenerationAware {
    private final RealEncoding encoding;
    private final double min;
    private final double max;
    private final double factor;
    private final double tolerance;
    private final double eta;
    private double rate;
    private PolynomialMutation kernel;
    private double[] previousMean;
    private double[] previousSpread;
    private int previousFeasible = -1;
    private double previousViolation = Double.NaN;

    public AdaptiveMutation(RealEncoding encoding, double rate, double min, double max, double factor, double tolerance,
                            double eta) {
        Operators.checkProbability("min", min);
        Operators.checkProbability("max", max);
        if (min > max) throw new IllegalArgumentException("adaptive mutation: min (" + min + ") > max (" + max + ")");
        if (!(factor > 0 && factor < 1)) throw new IllegalArgumentException("adaptive mutation: factor must be in (0, 1), found " + factor);
        if (!(tolerance >= 0)) throw new IllegalArgumentException("adaptive mutation: tolerance must be >= 0, found " + tolerance);
        this.encoding = encoding;
        this.min = min;
        this.max = max;
        this.factor = factor;
        this.tolerance = tolerance;
        this.eta = eta;
        setRate(Math.min(max, Math.max(min, Operators.checkProbability("rate", rate))));
    }

    /** Builds the operator from {@code adaptive:rate=…,min=…,max=…,factor=…,tolerance=…,eta=…} (rates per gene). */
    public static AdaptiveMutation of(RealEncoding encoding, OperatorSpec spec) {
        Operators.allow(spec, "rate", "genes", "min", "max", "factor", "tolerance", "eta");
        int n = encoding.length();
        double rate = Operators.perGeneRate(spec, n);
        return new AdaptiveMutation(encoding, rate, spec.get("min", Math.min(1.0, 0.2 / n)),
                spec.get("max", Math.min(1.0, 5.0 / n)), spec.get("factor", 0.9), spec.get("tolerance", 1e-3),
                spec.get("eta", 20.0));
    }

    /** The current per-gene mutation probability. */
    public double rate() {
        return rate;
    }

    private void setRate(double r) {
        rate = r;
        kernel = new PolynomialMutation(encoding, r, eta);
    }

    @Override
    public void mutate(double[] genome, RandomGenerator rng) {
        kernel.mutate(genome, rng);
    }

    @Override
    public void onGeneration(int generation, double[][] minimizedObjectives, double[] totalViolations) {
        int m = minimizedObjectives.length == 0 ? 0 : minimizedObjectives[0].length;
        double[] mean = new double[m];
        double[] lo = new double[m];
        double[] hi = new double[m];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        int feasible = 0;
        double violation = 0;
        for (int i = 0; i < minimizedObjectives.length; i++) {
            violation += totalViolations[i];
            if (totalViolations[i] > 0) continue;
            feasible++;
            for (int j = 0; j < m; j++) {
                double f = minimizedObjectives[i][j];
                mean[j] += f;
                lo[j] = Math.min(lo[j], f);
                hi[j] = Math.max(hi[j], f);
            }
        }
        for (int j = 0; j < m; j++) mean[j] = feasible == 0 ? Double.NaN : mean[j] / feasible;
        violation /= Math.max(1, minimizedObjectives.length);
        if (previousFeasible >= 0) {
            boolean improved = improved(feasible, mean, violation);
            setRate(improved ? Math.max(min, rate * factor) : Math.min(max, rate / factor));
        }
        previousFeasible = feasible;
        previousMean = mean;
        previousSpread = new double[m];
        for (int j = 0; j < m; j++) previousSpread[j] = feasible == 0 ? 0 : hi[j] - lo[j];
        previousViolation = violation;
    }

    private boolean improved(int feasible, double[] mean, double violation) {
        if (feasible > previousFeasible) return true;
        if (feasible == 0) return previousViolation - violation > tolerance * Math.abs(previousViolation);
        if (previousFeasible == 0) return false;
        for (int j = 0; j < mean.length; j++) {
            double scale = Math.max(previousSpread[j], 1e-12 * Math.abs(previousMean[j]));
            if (previousMean[j] - mean[j] > tolerance * scale) return true;
        }
        return false;
    }
}
