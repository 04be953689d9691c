package org.agrifront.analysis;

import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Two-sided Mann–Whitney U test (Wilcoxon rank-sum) through Apache Commons Statistics' {@link MannWhitneyUTest}
 * with its defaults: the exact p-value when both samples have fewer than 50 values and no ties, otherwise the
 * normal approximation with tie and continuity correction (SciPy's {@code mannwhitneyu(method="asymptotic")}).
 */
public final class MannWhitney {
    private static final MannWhitneyUTest TEST = MannWhitneyUTest.withDefaults();

    private MannWhitney() {
    }

    /** U of {@code x} (the number of pairs with x > y, ties counting one half) and the two-sided p-value. */
    public record Result(double u, double p) {
    }

    /** NaN values are left out; a sample left empty gives NaN. */
    public static Result test(double[] x, double[] y) {
        double[] a = Descriptive.finite(x), b = Descriptive.finite(y);
        if (a.length == 0 || b.length == 0) return new Result(Double.NaN, Double.NaN);
        MannWhitneyUTest.Result r = TEST.test(a, b);
        return new Result(r.getStatistic(), r.getPValue());
    }
}
