package org.agrifront.problems.cropswitch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;

/**
 * Changes of a set of solutions against the current allocation, as the paper reports them: for each dimension the
 * best change any solution reaches, and the changes of one balanced compromise. The compromise maximises the
 * smallest improvement over the eight dimensions (ties: the larger mean improvement), the max–min reading of the
 * paper's G3 goal ("improvement margins in all dimensions as high as possible, their differences as low as
 * possible").
 */
public final class Improvements {
    public static final String FILE = "improvements.csv";

    private Improvements() {
    }

    /** Improvement fractions (positive = better) of an objective vector. */
    public static double[] of(double[] objectives, double[] current) {
        double[] g = new double[Dimension.COUNT];
        for (Dimension d : Dimension.values()) g[d.ordinal()] = d.improvement(objectives[d.ordinal()], current[d.ordinal()]);
        return g;
    }

    /** Change in percent of the current value, in the natural sign (−6.5 = a 6.5% reduction). */
    public static double changePercent(double value, double current) {
        return 100.0 * (value - current) / Math.abs(current);
    }

    /** Index of the max–min compromise among {@code objectives}, or -1 when empty. */
    public static int compromise(List<double[]> objectives, double[] current) {
        int best = -1;
        double bestMin = Double.NEGATIVE_INFINITY, bestMean = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < objectives.size(); i++) {
            double[] g = of(objectives.get(i), current);
            double min = Double.POSITIVE_INFINITY, mean = 0;
            for (double v : g) {
                min = Math.min(min, v);
                mean += v / g.length;
            }
            if (min > bestMin || (min == bestMin && mean > bestMean)) {
                best = i;
                bestMin = min;
                bestMean = mean;
            }
        }
        return best;
    }

    /** Writes one row per dimension: current, best reached, and the compromise (empty cells when none is feasible). */
    public static void write(Path file, double[] current, List<double[]> feasible) {
        int c = compromise(feasible, current);
        StringBuilder sb = new StringBuilder("dimension,sense,unit,current,best,best_change_percent,compromise,compromise_change_percent\n");
        for (Dimension d : Dimension.values()) {
            int i = d.ordinal();
            double best = Double.NaN;
            for (double[] f : feasible) {
                if (Double.isNaN(best) || d.sense.toMinimization(f[i]) < d.sense.toMinimization(best)) best = f[i];
            }
            sb.append(d.label).append(',').append(d.sense.label()).append(',').append(d.unit).append(',')
                    .append(Numbers.format(current[i])).append(',');
            if (feasible.isEmpty()) {
                sb.append(",,,\n");
                continue;
            }
            double comp = feasible.get(c)[i];
            sb.append(Numbers.format(best)).append(',').append(percent(changePercent(best, current[i]))).append(',')
                    .append(Numbers.format(comp)).append(',').append(percent(changePercent(comp, current[i]))).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
