package org.agrifront.analysis;

import java.util.SplittableRandom;

import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Percentile bootstrap confidence interval of the mean (Efron &amp; Tibshirani 1993, ch. 13): {@code resamples}
 * samples of size n drawn with replacement from a {@link SplittableRandom} seeded with {@code seed}, so the same
 * data and seed always give the same interval; the bounds are the type-7 quantiles (1 ± level) / 2 of the
 * resampled means.
 */
public final class Bootstrap {
    private static final Quantile QUANTILE = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    private Bootstrap() {
    }

    /** {low, high}; NaN bounds for an empty sample; {@code x} is not modified. */
    public static double[] meanInterval(double[] x, int resamples, double level, long seed) {
        if (resamples < 100) throw new IllegalArgumentException("bootstrap resamples must be >= 100, found " + resamples);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), found " + level);
        int n = x.length;
        if (n == 0) return new double[] {Double.NaN, Double.NaN};
        SplittableRandom rng = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += x[rng.nextInt(n)];
            means[b] = s / n;
        }
        double alpha = (1 - level) / 2;
        double[] q = QUANTILE.evaluate(means, alpha, 1 - alpha);
        return new double[] {q[0], q[1]};
    }
}
