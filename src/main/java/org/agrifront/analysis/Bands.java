package org.agrifront.analysis;

/**
 * Convergence bands: the median and interquartile range of an indicator over runs at each trace point.
 */
public final class Bands {
    private Bands() {
    }

    /** The band of one algorithm: per trace point, the number of runs with a value, the median, Q1 and Q3. */
    public record Band(int[] n, double[] median, double[] q1, double[] q3) {
    }

    /** {@code values[run][point]}: NaN where a run has no value; runs may be shorter than others. */
    public static Band of(double[][] values, int points) {
        int[] n = new int[points];
        double[] med = new double[points], q1 = new double[points], q3 = new double[points];
        for (int t = 0; t < points; t++) {
            double[] column = new double[values.length];
            for (int r = 0; r < values.length; r++) column[r] = t < values[r].length ? values[r][t] : Double.NaN;
            double[] x = Descriptive.finite(column);
            n[t] = x.length;
            med[t] = Descriptive.quantile(x, 0.5);
            q1[t] = Descriptive.quantile(x, 0.25);
            q3[t] = Descriptive.quantile(x, 0.75);
        }
        return new Band(n, med, q1, q3);
    }
}
