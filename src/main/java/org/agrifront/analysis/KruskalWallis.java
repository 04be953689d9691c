package org.agrifront.analysis;

import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;

/**
 * Kruskal–Wallis H test across k independent samples (Kruskal &amp; Wallis 1952), with the tie correction
 * {@code H / (1 − Σ(t³ − t) / (N³ − N))} and the χ²(k − 1) approximation for the p-value, as R's
 * {@code kruskal.test} and SciPy's {@code kruskal}. NaN values are left out; samples left empty do not count.
 */
public final class KruskalWallis {
    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private KruskalWallis() {
    }

    /** The statistic, degrees of freedom and p-value; NaN when fewer than two non-empty samples or all values tie. */
    public record Result(double h, int df, double p) {
    }

    public static Result test(List<double[]> samples) {
        List<double[]> groups = samples.stream().map(Descriptive::finite).filter(g -> g.length > 0).toList();
        int k = groups.size();
        int total = groups.stream().mapToInt(g -> g.length).sum();
        if (k < 2) return new Result(Double.NaN, Math.max(k - 1, 0), Double.NaN);
        double[] all = new double[total];
        int pos = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, pos, g.length);
            pos += g.length;
        }
        double[] ranks = RANKING.apply(all);
        double sum = 0;
        pos = 0;
        for (double[] g : groups) {
            double r = 0;
            for (int i = 0; i < g.length; i++) r += ranks[pos + i];
            pos += g.length;
            sum += r * r / g.length;
        }
        double n = total;
        double h = 12.0 / (n * (n + 1)) * sum - 3 * (n + 1);
        double correction = 1 - tieSum(all) / (n * n * n - n);
        if (correction <= 0) return new Result(Double.NaN, k - 1, Double.NaN);
        h /= correction;
        double p = ChiSquaredDistribution.of(k - 1).survivalProbability(h);
        return new Result(h, k - 1, p);
    }

    /** Σ (t³ − t) over groups of t tied values. */
    private static double tieSum(double[] values) {
        double[] x = values.clone();
        java.util.Arrays.sort(x);
        double s = 0;
        for (int i = 0; i < x.length; ) {
            int j = i;
            while (j < x.length && x[j] == x[i]) j++;
            double t = j - i;
            s += t * t * t - t;
            i = j;
        }
        return s;
    }
}
