package org.agrifront.problems.croplivestock;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.StandardDeviation;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;

/**
 * Monte Carlo robustness of one allocation (the seed paper's "Uncertainty analysis": 1,000 runs, coefficients drawn
 * with a coefficient of variation of 10%). The allocation's hectares and heads are fixed (decoded once with the
 * nominal data); each draw multiplies the uncertain {@link Coefficients} by random factors with mean 1 and the
 * given CV, re-evaluates objectives and constraints — today's reference values (output, basin water, protected
 * average) are recomputed under the same draw — and records them.
 * <p>
 * Factors are normal ({@code max(0, 1 + cv·z)}; the paper's choice) or log-normal (mean 1, {@code σ² = ln(1 + cv²)}).
 * {@link Scope#SHARED} draws one factor per coefficient type and activity (an emission factor or a price is wrong
 * everywhere alike), one for all cells' biomass, one per pressure for the non-agricultural loads and one for all
 * runoff; {@link Scope#CELL} draws every cell's coefficients independently (local data errors). Boundaries (safe,
 * just, the 2 and 0.4 mg/L standards), cropland and growth caps are policy settings and stay fixed. Draws come from
 * one {@link SplittableRandom} seeded with {@code seed}, in a fixed order: the same seed gives the same numbers.
 */
public final class MonteCarlo {
    /** Distribution of the multiplicative factors. */
    public enum Distribution { NORMAL, LOGNORMAL }

    /** Whether factors are shared across cells or drawn per cell. */
    public enum Scope { SHARED, CELL }

    /** Settings of a Monte Carlo analysis. */
    public record Settings(int draws, double cv, Distribution distribution, Scope scope, long seed) {
        public Settings {
            if (draws < 1) throw new IllegalArgumentException("draws must be >= 1, found " + draws);
            if (!(cv >= 0 && cv <= 1)) throw new IllegalArgumentException("cv must be in [0, 1], found " + cv);
        }
    }

    /** Nominal values and every draw's objectives and constraint violations. */
    public record Result(Settings settings, double[] nominalObjectives, double[] nominalViolations, double[][] objectives,
                         double[][] violations) {
    }

    private static final double[] PROBABILITIES = {0.05, 0.5, 0.95};

    private MonteCarlo() {
    }

    public static Result run(CropLivestockProblem problem, double[] genome, Settings s) {
        QtpData d = problem.data();
        double[] x = problem.decode(genome);
        double[] nominalObj = new double[QtpEvaluator.OBJECTIVES], nominalViol = new double[Bound.COUNT];
        problem.evaluator().evaluate(x, nominalObj, nominalViol);
        SplittableRandom rng = new SplittableRandom(s.seed());
        double[][] obj = new double[s.draws()][QtpEvaluator.OBJECTIVES];
        double[][] viol = new double[s.draws()][Bound.COUNT];
        for (int r = 0; r < s.draws(); r++) {
            Coefficients c = draw(d.nominal(), s, rng);
            new QtpEvaluator(d, c).evaluate(x, obj[r], viol[r]);
        }
        return new Result(s, nominalObj, nominalViol, obj, viol);
    }

    /** One draw of the coefficients. */
    static Coefficients draw(Coefficients base, Settings s, SplittableRandom rng) {
        int A = Activity.COUNT, n = base.cells();
        boolean cell = s.scope() == Scope.CELL;
        double[][] perUnit = new double[Quantity.COUNT][];
        for (int q = 0; q < Quantity.COUNT; q++) {
            perUnit[q] = base.perUnit()[q].clone();
            double[] shared = factors(A, s, rng);
            for (int e = 0; e < perUnit[q].length; e++) perUnit[q][e] *= cell ? factor(s, rng) : shared[e % A];
        }
        double[] conflict = base.conflictPerUnit().clone();
        double[] sharedConflict = factors(A, s, rng);
        for (int e = 0; e < conflict.length; e++) conflict[e] *= cell ? factor(s, rng) : sharedConflict[e % A];
        double[] perHead = base.biomassPerHead().clone();
        for (int a = 0; a < A; a++) perHead[a] *= factor(s, rng);
        double[] biomass = base.biomass().clone();
        double sharedBiomass = factor(s, rng);
        for (int i = 0; i < n; i++) biomass[i] *= cell ? factor(s, rng) : sharedBiomass;
        double[][] human = new double[Quantity.PRESSURES][];
        for (int k = 0; k < Quantity.PRESSURES; k++) {
            human[k] = base.human()[k].clone();
            double shared = factor(s, rng);
            for (int i = 0; i < n; i++) human[k][i] *= cell ? factor(s, rng) : shared;
        }
        double[] runoff = base.runoff().clone();
        double sharedRunoff = factor(s, rng);
        for (int b = 0; b < runoff.length; b++) runoff[b] *= cell ? factor(s, rng) : sharedRunoff;
        return new Coefficients(perUnit, conflict, perHead, biomass, human, runoff);
    }

    private static double[] factors(int count, Settings s, SplittableRandom rng) {
        double[] f = new double[count];
        for (int i = 0; i < count; i++) f[i] = factor(s, rng);
        return f;
    }

    static double factor(Settings s, SplittableRandom rng) {
        double z = rng.nextGaussian();
        if (s.distribution() == Distribution.NORMAL) return Math.max(0, 1 + s.cv() * z);
        double sigma2 = Math.log(1 + s.cv() * s.cv());
        return Math.exp(Math.sqrt(sigma2) * z - sigma2 / 2);
    }

    /** Per objective mean, sd, 5/50/95% quantiles; per constraint the probability it holds; settings. */
    public static Map<String, Object> summary(CropLivestockProblem problem, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Settings s = r.settings();
        m.put("draws", s.draws());
        m.put("cv", s.cv());
        m.put("distribution", s.distribution().name().toLowerCase(Locale.ROOT));
        m.put("scope", s.scope().name().toLowerCase(Locale.ROOT));
        m.put("seed", s.seed());
        Map<String, Object> objectives = new LinkedHashMap<>();
        for (int k = 0; k < QtpEvaluator.OBJECTIVES; k++) {
            double[] v = column(r.objectives(), k);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("unit", problem.objectives().get(k).unit());
            o.put("nominal", r.nominalObjectives()[k]);
            o.put("mean", Mean.of(v).getAsDouble());
            o.put("sd", StandardDeviation.of(v).getAsDouble());
            double[] q = Quantile.withDefaults().evaluate(v, PROBABILITIES);
            o.put("q05", q[0]);
            o.put("q50", q[1]);
            o.put("q95", q[2]);
            objectives.put(problem.objectives().get(k).name(), o);
        }
        m.put("objectives", objectives);
        Map<String, Object> constraints = new LinkedHashMap<>();
        int allHold = 0;
        for (int row = 0; row < r.violations().length; row++) {
            boolean ok = true;
            for (double v : r.violations()[row]) ok &= v == 0;
            if (ok) allHold++;
        }
        for (Bound b : Bound.all()) {
            double[] v = column(r.violations(), b.ordinal());
            int hold = 0;
            for (double x : v) if (x == 0) hold++;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("nominalViolation", r.nominalViolations()[b.ordinal()]);
            c.put("probabilityHolds", (double) hold / v.length);
            c.put("meanViolation", Mean.of(v).getAsDouble());
            c.put("q95Violation", Quantile.withDefaults().evaluate(v, 0.95));
            constraints.put(b.label, c);
        }
        m.put("probabilityAllHold", (double) allHold / r.violations().length);
        m.put("constraints", constraints);
        return m;
    }

    private static double[] column(double[][] rows, int k) {
        double[] v = new double[rows.length];
        for (int r = 0; r < rows.length; r++) v[r] = rows[r][k];
        return v;
    }

    /**
     * Writes {@code montecarlo.json} (summary plus {@code extra}), {@code montecarlo-summary.csv} (one row per
     * objective and constraint) and {@code montecarlo-draws.csv} (every draw's objectives and violations).
     */
    public static void write(Path dir, CropLivestockProblem problem, Result r, Map<String, Object> extra) {
        Map<String, Object> summary = new LinkedHashMap<>(extra);
        summary.putAll(summary(problem, r));
        CompromiseReport.writeJson(dir.resolve("montecarlo.json"), summary);
        StringBuilder sb = new StringBuilder("kind,name,nominal,mean,sd,q05,q50,q95,probability_holds\n");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> objectives = (Map<String, Map<String, Object>>) summary.get("objectives");
        for (Map.Entry<String, Map<String, Object>> e : objectives.entrySet()) {
            Map<String, Object> o = e.getValue();
            sb.append("objective,").append(e.getKey());
            for (String key : List.of("nominal", "mean", "sd", "q05", "q50", "q95")) sb.append(',').append(Numbers.format((Double) o.get(key)));
            sb.append(",\n");
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> constraints = (Map<String, Map<String, Object>>) summary.get("constraints");
        for (Map.Entry<String, Map<String, Object>> e : constraints.entrySet()) {
            Map<String, Object> c = e.getValue();
            sb.append("constraint,").append(e.getKey()).append(',').append(Numbers.format((Double) c.get("nominalViolation")))
                    .append(',').append(Numbers.format((Double) c.get("meanViolation"))).append(",,,,")
                    .append(Numbers.format((Double) c.get("q95Violation"))).append(',')
                    .append(Numbers.format((Double) c.get("probabilityHolds"))).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("montecarlo-summary.csv"), sb.toString());
        sb = new StringBuilder("draw");
        for (int k = 0; k < QtpEvaluator.OBJECTIVES; k++) sb.append(',').append(problem.objectives().get(k).name());
        for (Bound b : Bound.all()) sb.append(',').append(b.label);
        sb.append('\n');
        for (int row = 0; row < r.objectives().length; row++) {
            sb.append(row);
            for (double v : r.objectives()[row]) sb.append(',').append(Numbers.format(v));
            for (double v : r.violations()[row]) sb.append(',').append(Numbers.format(v));
            sb.append('\n');
        }
        AtomicFiles.writeString(dir.resolve("montecarlo-draws.csv"), sb.toString());
    }
}
