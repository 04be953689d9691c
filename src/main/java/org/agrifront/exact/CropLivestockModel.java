package org.agrifront.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agrifront.core.Problem;
import org.agrifront.problems.croplivestock.CropLivestockProblem;
import org.agrifront.problems.croplivestock.QtpEvaluator;

/**
 * Exact results for the crop-livestock problem by LP ({@link CropLivestockLp}, GLOP): the single-objective optima,
 * the seed paper's 0/1-weighted Pareto schemes, and a weighted-sum reference front — all over the evolutionary
 * encoding's decision space and evaluated by the problem itself, so that they sit in the columns of a run's
 * {@code front.csv} and compare one to one.
 * <p>
 * <b>Single-objective optima</b> are lexicographic: first the objective alone; then, holding it within 1e-7 of its
 * optimum, the sum of the other five normalised objectives is minimised, so the reported point is Pareto-optimal
 * rather than one arbitrary optimal vertex.
 * <p>
 * <b>Weighted sums</b> normalise each objective by its range over the payoff table of the six single-objective
 * optima: {@code (f_k − ideal_k) / (nadir_k − ideal_k)} in minimisation form (output enters negatively), where
 * {@code ideal_k} is objective k's own optimum and {@code nadir_k} its worst value among the six optima. A weight
 * of 1 thus weighs "everything this objective can gain" alike for every objective; normalising by today's values
 * instead lets the pressure with the largest relative room (water, −75%) swamp the others, and output, which can
 * gain only +10%, never moves. Where an objective's range is 0, today's value scales it. The paper's schemes put 0
 * or 1 on water, GHG, N surplus, P surplus and output (2^5 = 32 schemes; conflict, which the paper treats as a
 * constraint only, gets 0). Every weighted sum adds {@value #AUGMENT} × the unweighted sum of all six normalised
 * objectives, which makes each solution Pareto-optimal (not only weakly) and gives the all-zero scheme a meaning.
 * <p>
 * <b>Reference front</b>: the weighted sums for all Das–Dennis weight vectors on the six objectives with the
 * fewest divisions giving at least the requested number of points (4 divisions: 126 points). These are supported
 * Pareto points (the vertices a weighted sum can reach), a subset of the true front.
 */
public final class CropLivestockModel implements ExactModel {
    static final double AUGMENT = 1e-4;
    /** Objective indices of the paper's five scheme dimensions: water, GHG, N, P, output. */
    static final int[] SCHEME_OBJECTIVES = {QtpEvaluator.WATER, QtpEvaluator.GHG, QtpEvaluator.N, QtpEvaluator.P, QtpEvaluator.OUTPUT};

    @Override
    public boolean supports(Problem<?> problem) {
        return problem instanceof CropLivestockProblem;
    }

    @Override
    public BoundsResult solve(Problem<?> problem, BoundsOptions options) {
        CropLivestockProblem p = (CropLivestockProblem) problem;
        try (CropLivestockLp lp = new CropLivestockLp(p)) {
            List<ExactPoint> optima = optima(p, lp, options.timeLimitMillis());
            double[] scale = rangeScale(p, lp, optima);
            List<ExactPoint> front = new ArrayList<>();
            int divisions = 1;
            while (dasDennis(QtpEvaluator.OBJECTIVES, divisions).size() < options.frontPoints()) divisions++;
            List<double[]> weights = dasDennis(QtpEvaluator.OBJECTIVES, divisions);
            for (int j = 0; j < weights.size(); j++) {
                front.add(weighted(p, lp, weights.get(j), scale, "ws " + j, options.timeLimitMillis()));
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("solver", "OR-Tools GLOP (LP)");
            meta.put("variables", lp.variables());
            meta.put("rows", lp.rows());
            meta.put("rowMargin", CropLivestockLp.MARGIN);
            meta.put("optima", "lexicographic: objective alone, then the sum of the other normalised objectives");
            meta.put("referenceFront", "weighted sums sum_k w_k (f_k - ideal_k) / (nadir_k - ideal_k) over the payoff table (+"
                    + AUGMENT + " x unweighted sum) over Das-Dennis weights, " + divisions + " divisions, " + weights.size() + " points");
            meta.put("normalisationRanges", ranges(p, scale));
            return new BoundsResult(optima, front, meta);
        }
    }

    /** The lexicographic single-objective optimum of every objective. */
    public static List<ExactPoint> optima(CropLivestockProblem p, CropLivestockLp lp, long timeLimitMillis) {
        List<ExactPoint> out = new ArrayList<>();
        for (int k = 0; k < QtpEvaluator.OBJECTIVES; k++) {
            String label = p.objectives().get(k).sense().label() + " " + p.objectives().get(k).name();
            long t0 = System.nanoTime();
            double[] w = new double[QtpEvaluator.OBJECTIVES];
            w[k] = 1;
            LinearProgram.Solution first = lp.minimise(w, timeLimitMillis);
            if (!first.ok()) {
                out.add(failed(p, label, first));
                continue;
            }
            double best = lp.objective(k, first.values());
            int row = lp.hold(k, best);
            double[] rest = new double[QtpEvaluator.OBJECTIVES];
            java.util.Arrays.fill(rest, 1);
            rest[k] = 0;
            LinearProgram.Solution second = lp.minimise(rest, timeLimitMillis);
            lp.release(row);
            LinearProgram.Solution use = second.ok() ? second : first;
            out.add(point(p, label, CropLivestockLp.genome(use.values()), use.status().name(), (System.nanoTime() - t0) / 1e9));
        }
        return out;
    }

    /**
     * Range of each objective over the payoff table of {@code optima} (|worst − best| among the optima), today's
     * value where that range is 0 or an optimum failed.
     */
    public static double[] rangeScale(CropLivestockProblem p, CropLivestockLp lp, List<ExactPoint> optima) {
        double[] today = lp.todayScale();
        double[] s = new double[QtpEvaluator.OBJECTIVES];
        for (int k = 0; k < s.length; k++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (ExactPoint o : optima) {
                double v = o.objectives()[k];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double range = hi - lo;
            s[k] = Double.isFinite(range) && range > 1e-9 * Math.max(1, Math.abs(hi)) ? range : today[k];
        }
        return s;
    }

    static Map<String, Double> ranges(CropLivestockProblem p, double[] scale) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < scale.length; k++) m.put(p.objectives().get(k).name(), scale[k]);
        return m;
    }

    /**
     * The paper's 32 schemes: 0/1 weights on water, GHG, N, P and output (bit order as listed), range-normalised
     * over the payoff table of {@code optima}, augmented.
     */
    public static List<ExactPoint> schemes(CropLivestockProblem p, CropLivestockLp lp, List<ExactPoint> optima, long timeLimitMillis) {
        double[] scale = rangeScale(p, lp, optima);
        List<ExactPoint> out = new ArrayList<>();
        for (int mask = 0; mask < 32; mask++) {
            double[] w = new double[QtpEvaluator.OBJECTIVES];
            StringBuilder bits = new StringBuilder();
            for (int b = 0; b < 5; b++) {
                boolean on = (mask >> (4 - b) & 1) == 1;
                w[SCHEME_OBJECTIVES[b]] = on ? 1 : 0;
                bits.append(on ? '1' : '0');
            }
            out.add(weighted(p, lp, w, scale, "scheme " + bits, timeLimitMillis));
        }
        return out;
    }

    /** The augmented weighted sum with weights {@code w} (objective order) on objectives divided by {@code scale}. */
    public static ExactPoint weighted(CropLivestockProblem p, CropLivestockLp lp, double[] w, double[] scale, String label,
                                      long timeLimitMillis) {
        long t0 = System.nanoTime();
        double[] aw = new double[w.length];
        for (int k = 0; k < w.length; k++) aw[k] = w[k] + AUGMENT;
        LinearProgram.Solution s = lp.minimise(aw, scale, timeLimitMillis);
        if (!s.ok()) return failed(p, label, s);
        return point(p, label, CropLivestockLp.genome(s.values()), s.status().name(), (System.nanoTime() - t0) / 1e9);
    }

    /** Evaluates an LP genome with the problem, so the point is in the problem's own units and violations. */
    static ExactPoint point(CropLivestockProblem p, String label, double[] genome, String status, double seconds) {
        double[] obj = new double[p.numberOfObjectives()];
        double[] viol = new double[p.numberOfConstraints()];
        double[] outs = new double[p.outputs().size()];
        p.evaluate(genome, obj, viol);
        p.computeOutputs(genome, outs);
        return new ExactPoint(label, obj, outs, viol, genome, status, 0, seconds);
    }

    private static ExactPoint failed(CropLivestockProblem p, String label, LinearProgram.Solution s) {
        double[] nan = new double[p.numberOfObjectives()];
        java.util.Arrays.fill(nan, Double.NaN);
        double[] outs = new double[p.outputs().size()];
        java.util.Arrays.fill(outs, Double.NaN);
        double[] viol = new double[p.numberOfConstraints()];
        java.util.Arrays.fill(viol, Double.NaN);
        return new ExactPoint(label, nan, outs, viol, null, s.status().name(), Double.NaN, s.nanos() / 1e9);
    }

    /** Das–Dennis weight vectors: all points of the unit simplex in {@code m} dimensions with coordinates in steps of 1/h. */
    static List<double[]> dasDennis(int m, int h) {
        List<double[]> out = new ArrayList<>();
        fill(out, new int[m], 0, h, h);
        return out;
    }

    private static void fill(List<double[]> out, int[] c, int i, int left, int h) {
        if (i == c.length - 1) {
            c[i] = left;
            double[] w = new double[c.length];
            for (int k = 0; k < c.length; k++) w[k] = (double) c[k] / h;
            out.add(w);
            return;
        }
        for (int v = left; v >= 0; v--) {
            c[i] = v;
            fill(out, c, i + 1, left - v, h);
        }
    }

    /** "+1.23%" change of {@code value} over {@code reference}. */
    static String percent(double value, double reference) {
        return String.format(Locale.ROOT, "%+.2f%%", 100 * (value - reference) / Math.abs(reference));
    }
}
