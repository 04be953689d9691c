package org.agrifront.analysis;

import java.util.Arrays;

import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Per-cell summary statistics of a sample (one indicator, one algorithm, all seeds). NaN values (e.g. a distance
 * indicator of a run without a feasible solution) are left out and {@code n} counts the rest. Quantiles use
 * Hyndman &amp; Fan's type 7 (R's and NumPy's default); {@code sd} is the sample standard deviation (n − 1);
 * {@code cv = sd / |mean|}; the confidence interval is a percentile bootstrap of the mean ({@link Bootstrap}).
 */
public record Descriptive(int n, double mean, double sd, double median, double q1, double q3, double iqr, double cv,
                          double ciLow, double ciHigh) {

    private static final Quantile QUANTILE = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

    /** Summary of {@code values} (not modified) with a bootstrap CI from {@code resamples} draws of {@code seed}. */
    public static Descriptive of(double[] values, int resamples, long seed) {
        double[] x = finite(values);
        int n = x.length;
        if (n == 0) return new Descriptive(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);
        double mean = mean(x);
        double sd = n < 2 ? Double.NaN : Math.sqrt(sumSquaredDeviations(x, mean) / (n - 1));
        double[] q = QUANTILE.evaluate(x, 0.25, 0.5, 0.75);
        double cv = mean == 0 || Double.isNaN(sd) ? Double.NaN : sd / Math.abs(mean);
        double[] ci = Bootstrap.meanInterval(x, resamples, 0.95, seed);
        return new Descriptive(n, mean, sd, q[1], q[0], q[2], q[2] - q[0], cv, ci[0], ci[1]);
    }

    /** The values that are not NaN, in their order (a copy). */
    public static double[] finite(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Type-7 quantile of the non-NaN values, NaN when there are none. */
    public static double quantile(double[] values, double p) {
        double[] x = finite(values);
        return x.length == 0 ? Double.NaN : QUANTILE.evaluate(x, p);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        double m = s / x.length;
        double c = 0; // one correction pass (as R's mean) keeps the mean exact to the last bits on shifted data
        for (double v : x) c += v - m;
        return m + c / x.length;
    }

    private static double sumSquaredDeviations(double[] x, double mean) {
        double s = 0;
        for (double v : x) s += (v - mean) * (v - mean);
        return s;
    }
}
