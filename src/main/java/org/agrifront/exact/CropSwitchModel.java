package org.agrifront.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.agrifront.core.Problem;
import org.agrifront.problems.cropswitch.CropSwitchData;
import org.agrifront.problems.cropswitch.CropSwitchProblem;
import org.agrifront.problems.cropswitch.Dimension;

/**
 * The crop-switching study's linear programme (Xie et al., Nature 2023, Methods) on the decision space of
 * {@link CropSwitchProblem}: the area {@code a_e ≥ 0} of every crop entry (crop present in a cell), each rotation
 * group's area fixed ({@code Σ a_e = A_g}), national production of every crop ≥ current, every cell's income ≥
 * current. With {@code g_d} the improvement of dimension d over the current total (relative decrease, relative
 * increase for income; the paper's G_Dim, eq. 55) it solves the paper's three goals:
 * <ul>
 * <li><b>G1</b> (no coordination): maximise {@code g_d} alone, for each of the 8 dimensions;</li>
 * <li><b>G2</b> (cross-ministry coordination): maximise {@code g_d} subject to {@code g_e ≥ 0} for every other
 * dimension (national totals; the paper also bounds some dimensions per cell with sustainability boundaries that
 * are not available here);</li>
 * <li><b>G3</b> (central coordination): for each of the 2^7 = 128 0/1 weightings {@code w} of the seven
 * environmental dimensions (income always weighted), the paper's "max Aver(G)/Var(G)" linearised as a
 * lexicographic max–min: first maximise {@code t} subject to {@code g_d ≥ t} for the weighted dimensions and
 * {@code g_d ≥ 0} for the others, then, keeping {@code t} at its optimum, maximise the mean improvement of the
 * weighted dimensions. Raising the smallest improvement raises the average and narrows the spread at once, which
 * is what the quotient asks, and both steps are LPs. The solution reported as G3 is the one of the 128 with the
 * largest Aver/Var over all eight dimensions, the paper's choice.</li>
 * </ul>
 * {@code optima.csv} holds G1; the reference front is the non-dominated union of G1, G2 and G3, topped up with
 * weighted-sum optima (random weights) to the requested number of points; {@code goals.csv} and {@code goals.md}
 * hold all three goals. Rows are scaled to current values (production per crop, income per cell, improvements), so
 * GLOP's feasibility tolerance is relative; the problem counts shortfalls below 1e-6 as met, which covers it.
 */
public final class CropSwitchModel implements ExactModel {
    static final int ENVIRONMENTAL = Dimension.COUNT - 1;

    @Override
    public boolean supports(Problem<?> problem) {
        return problem instanceof CropSwitchProblem;
    }

    @Override
    public BoundsResult solve(Problem<?> problem, BoundsOptions options) {
        CropSwitchProblem p = (CropSwitchProblem) problem;
        long t0 = System.nanoTime();
        try (Formulation f = new Formulation(p, options.timeLimitMillis())) {
            List<CropSwitchGoals.Row> rows = new ArrayList<>();
            List<ExactPoint> g1 = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                ExactPoint pt = f.single(d, false, "G1 " + d.sense.label() + " " + d.label);
                g1.add(pt);
                rows.add(new CropSwitchGoals.Row("G1", pt, ""));
            }
            List<ExactPoint> g2 = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                ExactPoint pt = f.single(d, true, "G2 " + d.sense.label() + " " + d.label);
                g2.add(pt);
                rows.add(new CropSwitchGoals.Row("G2", pt, ""));
            }
            List<ExactPoint> g3 = new ArrayList<>();
            for (int mask = 0; mask < (1 << ENVIRONMENTAL); mask++) {
                String weights = weights(mask);
                ExactPoint pt = f.balanced(mask, "G3 w=" + weights);
                g3.add(pt);
                rows.add(new CropSwitchGoals.Row("G3", pt, weights));
            }
            int selected = CropSwitchGoals.selectG3(g3, p.currentTotals());
            List<ExactPoint> front = referenceFront(p, f, g1, g2, g3, options.frontPoints());

            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("model", "crop-switching LP (G1, G2, G3 of Xie et al. 2023)");
            meta.put("solver", "GLOP (OR-Tools)");
            meta.put("variables", f.lp.variables());
            meta.put("rows", f.lp.rows());
            meta.put("solves", f.solves);
            meta.put("g3Linearisation", "lexicographic max-min: max t s.t. g_d >= t (weighted), g_d >= 0 (all); then max mean g of weighted at t*");
            meta.put("g3Selection", "max Aver(g)/Var(g) over the 8 dimensions among the 128 weightings");
            meta.put("g3Selected", selected < 0 ? null : g3.get(selected).label());
            meta.put("seconds", (System.nanoTime() - t0) / 1e9);
            Map<String, String> files = new LinkedHashMap<>();
            files.put(CropSwitchGoals.CSV, CropSwitchGoals.csv(rows, p.currentTotals(), selected < 0 ? null : g3.get(selected)));
            files.put(CropSwitchGoals.MARKDOWN, CropSwitchGoals.markdown(p, g1, g2, g3, selected));
            return new BoundsResult(g1, front, meta, files);
        }
    }

    /** The seven environmental weights of a mask as a 0/1 string in dimension order (BW GW GHG N P K PEST). */
    static String weights(int mask) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < ENVIRONMENTAL; d++) sb.append((mask >> (ENVIRONMENTAL - 1 - d)) & 1);
        return sb.toString();
    }

    private static List<ExactPoint> referenceFront(CropSwitchProblem p, Formulation f, List<ExactPoint> g1,
                                                   List<ExactPoint> g2, List<ExactPoint> g3, int wanted) {
        List<ExactPoint> all = new ArrayList<>(g1);
        all.addAll(g2);
        all.addAll(g3);
        List<ExactPoint> front = Bounds.nondominated(p, all);
        SplittableRandom rng = new SplittableRandom(17);
        for (int k = 0; front.size() < wanted && k < 2 * wanted; k++) {
            double[] w = new double[Dimension.COUNT];
            double sum = 0;
            for (int d = 0; d < w.length; d++) {
                w[d] = -Math.log(1 - rng.nextDouble());
                sum += w[d];
            }
            for (int d = 0; d < w.length; d++) w[d] /= sum;
            all.add(f.weighted(w, "weighted " + (k + 1)));
            front = Bounds.nondominated(p, all);
        }
        return front;
    }

    /**
     * One LP over all crop entries, built once and re-solved with other objectives and row bounds. Dimension row d
     * reads {@code Σ_e β_de a_e − w_d t ≥ lo_d − α_d}, i.e. {@code g_d ≥ w_d t + lo_d} with {@code g_d = α_d + Σ β_de
     * a_e}; {@code lo_d = −∞} leaves it free.
     */
    static final class Formulation implements AutoCloseable {
        final CropSwitchProblem problem;
        final CropSwitchData data;
        final LinearProgram lp = LinearProgram.lp();
        final long timeLimit;
        final int t;
        final int[] dimensionRow = new int[Dimension.COUNT];
        final double[][] beta;
        final double[] alpha = new double[Dimension.COUNT];
        int solves;

        Formulation(CropSwitchProblem problem, long timeLimitMillis) {
            this.problem = problem;
            this.data = problem.data();
            this.timeLimit = timeLimitMillis;
            int n = data.entries();
            for (int e = 0; e < n; e++) {
                boolean fixed = data.groupSize(groupOf(e)) < 2; // a single crop keeps its area
                lp.variable("a" + e, fixed ? data.area(e) : 0, fixed ? data.area(e) : LinearProgram.INFINITY);
            }
            for (int g = 0; g < data.groups(); g++) {
                if (data.groupSize(g) < 2) continue;
                double a = data.groupArea(g);
                int row = lp.row("area" + g, a, a);
                for (int e = data.firstEntry(g); e < data.endEntry(g); e++) lp.coefficient(row, e, 1.0);
            }
            double[] production = problem.currentProduction();
            int crops = data.crops().size();
            int[] prodRow = new int[crops];
            for (int k = 0; k < crops; k++) prodRow[k] = -1;
            for (int e = 0; e < n; e++) {
                if (data.groupSize(groupOf(e)) < 2) continue;
                int k = data.cropOf(e);
                if (prodRow[k] < 0) {
                    prodRow[k] = lp.row("production_" + data.crops().get(k).id(), 1, LinearProgram.INFINITY);
                }
            }
            for (int e = 0; e < n; e++) {
                int k = data.cropOf(e);
                if (prodRow[k] >= 0) lp.coefficient(prodRow[k], e, data.yield(e) / production[k]);
            }
            double[] income = data.currentCellIncome();
            for (int c = 0; c < data.cells(); c++) {
                boolean choice = false;
                for (int g = data.firstGroup(c); g < data.endGroup(c); g++) choice |= data.groupSize(g) > 1;
                if (!choice) continue;
                double scale = Math.max(Math.abs(income[c]), 1e-12);
                int row = lp.row("income_" + data.cell5m(c), income[c] / scale, LinearProgram.INFINITY);
                for (int g = data.firstGroup(c); g < data.endGroup(c); g++) {
                    for (int e = data.firstEntry(g); e < data.endEntry(g); e++) {
                        lp.coefficient(row, e, data.perHectare(e, Dimension.INCOME) / scale);
                    }
                }
            }
            double[] current = problem.currentTotals();
            beta = new double[Dimension.COUNT][n];
            for (Dimension d : Dimension.values()) {
                int i = d.ordinal();
                double sign = d.sense == org.agrifront.core.Sense.MIN ? -1 : 1;
                alpha[i] = -sign; // g = 1 − V/V0 (min) or V/V0 − 1 (max)
                dimensionRow[i] = lp.row("g_" + d.label, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
                for (int e = 0; e < n; e++) {
                    beta[i][e] = sign * data.perHectare(e, d) / Math.abs(current[i]);
                    if (beta[i][e] != 0) lp.coefficient(dimensionRow[i], e, beta[i][e]);
                }
            }
            t = lp.variable("t", Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
        }

        private int[] groupOfEntry;

        private int groupOf(int e) {
            if (groupOfEntry == null) {
                groupOfEntry = new int[data.entries()];
                for (int g = 0; g < data.groups(); g++) {
                    for (int x = data.firstEntry(g); x < data.endEntry(g); x++) groupOfEntry[x] = g;
                }
            }
            return groupOfEntry[e];
        }

        /** Sets dimension row d to {@code g_d ≥ w_d t + lower_d} (lower NaN = free). */
        void dimensionRows(double[] lower, double[] tWeight) {
            for (int d = 0; d < Dimension.COUNT; d++) {
                lp.coefficient(dimensionRow[d], t, -tWeight[d]);
                lp.rowBounds(dimensionRow[d], Double.isNaN(lower[d]) ? Double.NEGATIVE_INFINITY : lower[d] - alpha[d],
                        LinearProgram.INFINITY);
            }
        }

        /** Objective: maximise Σ_d c_d g_d + ct · t. */
        void maximise(double[] c, double ct) {
            lp.objective(true);
            for (int e = 0; e < data.entries(); e++) {
                double v = 0;
                for (int d = 0; d < Dimension.COUNT; d++) v += c[d] * beta[d][e];
                lp.objectiveCoefficient(e, v);
            }
            lp.objectiveCoefficient(t, ct);
        }

        /** G1 (others free) or G2 (others must not degrade) for dimension {@code d}. */
        ExactPoint single(Dimension d, boolean others, String label) {
            double[] lower = new double[Dimension.COUNT], zero = new double[Dimension.COUNT], c = new double[Dimension.COUNT];
            for (int i = 0; i < lower.length; i++) lower[i] = others && i != d.ordinal() ? 0.0 : Double.NaN;
            c[d.ordinal()] = 1;
            dimensionRows(lower, zero);
            lp.variableBounds(t, 0, 0);
            maximise(c, 0);
            return decode(label, run());
        }

        /** Weighted sum of improvements under the hard constraints only. */
        ExactPoint weighted(double[] w, String label) {
            double[] free = new double[Dimension.COUNT];
            java.util.Arrays.fill(free, Double.NaN);
            dimensionRows(free, new double[Dimension.COUNT]);
            lp.variableBounds(t, 0, 0);
            maximise(w, 0);
            return decode(label, run());
        }

        /** G3 for one weighting: max–min improvement of the weighted dimensions, then their mean at that level. */
        ExactPoint balanced(int mask, String label) {
            double[] lower = new double[Dimension.COUNT], tw = new double[Dimension.COUNT], c = new double[Dimension.COUNT];
            int weighted = 0;
            for (int d = 0; d < Dimension.COUNT; d++) {
                boolean on = d == Dimension.INCOME.ordinal() || ((mask >> (ENVIRONMENTAL - 1 - d)) & 1) == 1;
                tw[d] = on ? 1 : 0;
                weighted += on ? 1 : 0;
            }
            dimensionRows(lower, tw); // g_d >= t (weighted) or >= 0
            lp.variableBounds(t, 0, LinearProgram.INFINITY);
            maximise(new double[Dimension.COUNT], 1);
            LinearProgram.Solution first = run();
            long nanos = first.nanos();
            if (!first.ok()) return decode(label, first);
            double tStar = first.value(t);
            lp.variableBounds(t, Math.max(0, tStar - 1e-9), LinearProgram.INFINITY);
            for (int d = 0; d < Dimension.COUNT; d++) c[d] = tw[d] / weighted;
            maximise(c, 0);
            LinearProgram.Solution second = run();
            lp.variableBounds(t, 0, LinearProgram.INFINITY);
            return decode(label, second.ok() ? second : first, nanos + second.nanos());
        }

        LinearProgram.Solution run() {
            solves++;
            return lp.solve(timeLimit);
        }

        ExactPoint decode(String label, LinearProgram.Solution s) {
            return decode(label, s, s.nanos());
        }

        ExactPoint decode(String label, LinearProgram.Solution s, long nanos) {
            double[] objectives = new double[Dimension.COUNT];
            double[] violations = new double[problem.numberOfConstraints()];
            if (!s.ok()) {
                java.util.Arrays.fill(objectives, Double.NaN);
                java.util.Arrays.fill(violations, Double.NaN);
                return new ExactPoint(label, objectives, new double[0], violations, null, s.status().name(), Double.NaN, nanos / 1e9);
            }
            double[] areas = new double[data.entries()];
            for (int e = 0; e < areas.length; e++) areas[e] = s.value(e);
            double[] genome = problem.genome(areas);
            problem.evaluate(genome, objectives, violations);
            return new ExactPoint(label, objectives, new double[0], violations, genome, s.status().name(), 0.0, nanos / 1e9);
        }

        @Override
        public void close() {
            lp.close();
        }
    }
}
