package org.agrifront.exact;

import java.util.List;
import java.util.Locale;

import org.agrifront.problems.cropswitch.CropSwitchProblem;
import org.agrifront.problems.cropswitch.Dimension;
import org.agrifront.problems.cropswitch.Improvements;
import org.agrifront.io.Numbers;

/** The crop-switching goal tables: {@code goals.csv} (every LP point) and {@code goals.md} (the paper's views). */
final class CropSwitchGoals {
    static final String CSV = "goals.csv";
    static final String MARKDOWN = "goals.md";
    /** The paper's G3 headline changes in percent (BW, GW, GHG, N, P, K, pesticides, income). */
    static final double[] PAPER_G3 = {-6.5, -7.5, -6.5, -8.1, -9.8, -8.3, -6.7, 4.5};
    /** The paper's G1 changes (best single-dimension optimum of each dimension). */
    static final double[] PAPER_G1 = {-27.8, -12.6, -17.1, -15.9, -15.5, -20.6, -15.6, 90.5};
    /** The paper's largest G2 changes. */
    static final double[] PAPER_G2 = {-18.5, -9.5, -7.9, -12.0, -11.4, -13.0, -10.8, 20.2};

    record Row(String goal, ExactPoint point, String weights) {
    }

    private CropSwitchGoals() {
    }

    /** Index of the G3 point with the largest Aver(g)/Var(g) over the eight dimensions (feasible points only). */
    static int selectG3(List<ExactPoint> g3, double[] current) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < g3.size(); i++) {
            ExactPoint p = g3.get(i);
            if (!p.feasible() || p.genome() == null) continue;
            double score = averageOverVariance(Improvements.of(p.objectives(), current));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    static double averageOverVariance(double[] g) {
        double mean = 0;
        for (double v : g) mean += v / g.length;
        double var = 0;
        for (double v : g) var += (v - mean) * (v - mean) / g.length;
        return var > 0 ? mean / var : (mean > 0 ? Double.POSITIVE_INFINITY : mean);
    }

    static String csv(List<Row> rows, double[] current, ExactPoint selected) {
        StringBuilder sb = new StringBuilder("goal,label,weights,status,seconds");
        for (Dimension d : Dimension.values()) sb.append(',').append(d.label);
        for (Dimension d : Dimension.values()) sb.append(',').append(d.label).append("_change_percent");
        sb.append(",feasible,selected\n");
        for (Row r : rows) {
            ExactPoint p = r.point();
            sb.append(r.goal()).append(',').append(p.label()).append(',').append(r.weights()).append(',').append(p.status())
                    .append(',').append(String.format(Locale.ROOT, "%.3f", p.seconds()));
            for (double v : p.objectives()) sb.append(',').append(Numbers.format(v));
            for (Dimension d : Dimension.values()) {
                sb.append(',').append(percent(Improvements.changePercent(p.objectives()[d.ordinal()], current[d.ordinal()])));
            }
            sb.append(',').append(p.feasible()).append(',').append(p == selected).append('\n');
        }
        return sb.toString();
    }

    static String markdown(CropSwitchProblem problem, List<ExactPoint> g1, List<ExactPoint> g2, List<ExactPoint> g3, int selected) {
        double[] current = problem.currentTotals();
        StringBuilder sb = new StringBuilder();
        sb.append("# Crop switching: exact G1, G2, G3 baselines (").append(problem.name()).append(")\n\n");
        sb.append("Changes in % of the current totals (negative = less use or emissions; income positive = more). ")
                .append("Instance: ").append(problem.data().cells()).append(" cells, ").append(problem.data().entries())
                .append(" crop entries, ").append(problem.encoding().length()).append(" free variables.\n\n");
        sb.append("Current totals: ");
        for (Dimension d : Dimension.values()) {
            sb.append(d.label).append(' ').append(String.format(Locale.ROOT, "%.6g", current[d.ordinal()])).append(' ')
                    .append(d.unit).append(d.ordinal() < Dimension.COUNT - 1 ? "; " : ".\n\n");
        }
        sb.append("## G1: each dimension alone (rows: the dimension optimised)\n\n");
        grid(sb, g1, current);
        sb.append("\n## G2: each dimension with no other degrading\n\n");
        grid(sb, g2, current);
        sb.append("\n## G3: balanced (max–min improvement over 0/1 weightings, 128 LPs)\n\n");
        header(sb, "");
        if (selected >= 0) line(sb, "this instance, selected " + g3.get(selected).label() + " (max Aver/Var)", percents(g3.get(selected), current));
        line(sb, "paper G3 headline (China, SPAM 2010)", PAPER_G3);
        double[] lo = new double[Dimension.COUNT], hi = new double[Dimension.COUNT];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        int feasible = 0;
        for (ExactPoint p : g3) {
            if (!p.feasible() || p.genome() == null) continue;
            feasible++;
            double[] c = percents(p, current);
            for (int d = 0; d < c.length; d++) {
                lo[d] = Math.min(lo[d], c[d]);
                hi[d] = Math.max(hi[d], c[d]);
            }
        }
        sb.append("| range over the ").append(feasible).append(" weightings |");
        for (int d = 0; d < Dimension.COUNT; d++) {
            sb.append(String.format(Locale.ROOT, " %.2f … %.2f |", Math.abs(lo[d]) < 0.005 ? 0.0 : lo[d], Math.abs(hi[d]) < 0.005 ? 0.0 : hi[d]));
        }
        sb.append("\n\n## The paper's national numbers for comparison\n\n");
        header(sb, "");
        line(sb, "paper G1 (best of each dimension)", PAPER_G1);
        line(sb, "paper G2 (largest)", PAPER_G2);
        line(sb, "paper G3", PAPER_G3);
        double[] best1 = new double[Dimension.COUNT], best2 = new double[Dimension.COUNT];
        for (Dimension d : Dimension.values()) {
            best1[d.ordinal()] = percents(g1.get(d.ordinal()), current)[d.ordinal()];
            best2[d.ordinal()] = percents(g2.get(d.ordinal()), current)[d.ordinal()];
        }
        line(sb, "this instance G1 (diagonal)", best1);
        line(sb, "this instance G2 (diagonal)", best2);
        return sb.toString();
    }

    private static void grid(StringBuilder sb, List<ExactPoint> points, double[] current) {
        header(sb, "optimised");
        for (Dimension d : Dimension.values()) line(sb, d.sense.label() + " " + d.label, percents(points.get(d.ordinal()), current));
    }

    private static void header(StringBuilder sb, String first) {
        sb.append("| ").append(first).append(" |");
        for (Dimension d : Dimension.values()) sb.append(' ').append(d.paperLabel).append(" |");
        sb.append("\n|---|");
        for (int d = 0; d < Dimension.COUNT; d++) sb.append("---:|");
        sb.append('\n');
    }

    private static void line(StringBuilder sb, String label, double[] values) {
        sb.append("| ").append(label).append(" |");
        for (double v : values) sb.append(String.format(Locale.ROOT, " %.2f |", Math.abs(v) < 0.005 ? 0.0 : v));
        sb.append('\n');
    }

    static double[] percents(ExactPoint p, double[] current) {
        double[] c = new double[Dimension.COUNT];
        for (int d = 0; d < c.length; d++) c[d] = Improvements.changePercent(p.objectives()[d], current[d]);
        return c;
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
