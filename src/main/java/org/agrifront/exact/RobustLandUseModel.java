package org.agrifront.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agrifront.core.Problem;
import org.agrifront.io.Csv;
import org.agrifront.io.Numbers;
import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseData.Service;
import org.agrifront.problems.landuse.RobustLandUseProblem;
import org.agrifront.problems.landuse.RobustLandUseProblem.Mode;
import org.agrifront.problems.landuse.RobustLandUseType;

/**
 * Exact bounds of the robust land-use problem ({@link RobustLandUseProblem}) by LP (GLOP) and MILP (SCIP).
 * <p>
 * <b>Model.</b> {@code x[c,o] ∈ [0, 1]}, {@code Σ_o x[c,o] = 1} per cell; per scenario s and service t a target row
 * {@code Σ v_{s,t}(c,o) x[c,o] / ref_{s,t} ≥ factor}; per objective k a free variable {@code z_k} (percent) with
 * epigraph rows: {@code worst}: {@code z_k ≤ gain_{s,k}(x)} for every scenario s (max–min); {@code mean}:
 * {@code z_k ≤ mean_s gain_{s,k}(x)}; {@code regret}: {@code z_k ≤ gain_{s,k}(x) − optimum_{s,k}} (the regret is
 * {@code −z_k}). Gains are linear in x, so the max–min stays an LP. Options of a cell no better than another option
 * of the same cell in every scenario and service are dropped.
 * <p>
 * <b>Integral solutions.</b> Instances with at most {@link #FULL_MILP} option variables are solved whole by SCIP
 * (status OPTIMAL = proven integral optimum). Larger ones keep the whole cells of the LP vertex and hand the few
 * fractional cells (at most the number of binding rows) with all their options to SCIP; the LP optimum bounds the
 * result, and the difference is the point's {@code gap} in percentage points.
 * <p>
 * <b>Front.</b> ε-constraint over the problem's own mode: maximise z_carbon with z_crop ≥ ε1 and z_runoff ≥ ε2, the
 * levels laid out as in {@link LandUseModel}. Besides the problem's optima, {@code bounds} also writes
 * {@code robust-optima.csv} (worst and mean optima with their gain in every scenario), {@code scenario-optima.csv}
 * (each scenario's own optima; regret mode reads it) with their genomes in {@code scenario-optima-solutions.csv},
 * and {@code price-of-robustness.csv}.
 */
public final class RobustLandUseModel implements ExactModel {
    static final int K = 3;
    static final int SV = LandUseData.SERVICES;
    /** Largest number of option variables solved as one MILP. */
    public static final int FULL_MILP = 3000;
    static final double WHOLE = 1 - 1e-7;
    public static final String ROBUST_OPTIMA = "robust-optima.csv";
    public static final String SCENARIO_OPTIMA = "scenario-optima.csv";
    public static final String SCENARIO_OPTIMA_SOLUTIONS = "scenario-optima-solutions.csv";
    public static final String PRICE = "price-of-robustness.csv";

    @Override
    public boolean supports(Problem<?> problem) {
        return problem instanceof RobustLandUseProblem;
    }

    @Override
    public BoundsResult solve(Problem<?> problem, BoundsOptions options) {
        RobustLandUseProblem p = (RobustLandUseProblem) problem;
        long t0 = System.nanoTime();
        Map<String, Object> meta = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        List<ExactPoint> optima = new ArrayList<>();
        List<ExactPoint> grid = new ArrayList<>();
        int levels = 2;
        while (levels * levels < options.frontPoints()) levels++;
        levels++;
        int skipped = 0;
        try (Solver f = new Solver(p, p.mode(), options)) {
            for (int k = 0; k < K; k++) optima.add(f.point("max " + p.objectives().get(k).name(), k, null));
            if (optima.get(0).feasible() && optima.get(1).feasible()) {
                double lo1 = f.lpZ(0)[1], hi1 = f.lpZ(1)[1];
                for (int i = 0; i < levels; i++) {
                    double eps1 = lo1 + (hi1 - lo1) * i / levels;
                    Solved first = f.lp(0, new double[] {Double.NEGATIVE_INFINITY, eps1, Double.NEGATIVE_INFINITY});
                    Solved top = f.lp(2, new double[] {Double.NEGATIVE_INFINITY, eps1, Double.NEGATIVE_INFINITY});
                    if (!first.ok() || !top.ok()) {
                        skipped += levels;
                        continue;
                    }
                    double lo2 = first.z[2], hi2 = top.z[2];
                    for (int j = 0; j < levels; j++) {
                        double eps2 = lo2 + (hi2 - lo2) * j / (levels - 1);
                        double[] eps = {Double.NEGATIVE_INFINITY, eps1, j == 0 ? Double.NEGATIVE_INFINITY : eps2};
                        ExactPoint pt = f.point("eps " + p.objectives().get(1).name() + " " + i + " "
                                + p.objectives().get(2).name() + " " + j, 0, eps);
                        if (pt.genome() == null && options.integral()) skipped++;
                        else grid.add(pt);
                    }
                }
            }
            meta.put("model", "x[c,o] in [0,1], sum_o x = 1 per cell; sum v x / reference >= factor per scenario and service; "
                    + "z_k <= " + switch (p.mode()) {
                        case WORST -> "gain_{s,k}(x) for every scenario s (max-min epigraph)";
                        case MEAN -> "mean_s gain_{s,k}(x)";
                        case REGRET -> "gain_{s,k}(x) - optimum_{s,k} for every scenario s (regret = -z_k)";
                    });
            meta.put("mode", p.mode().label());
            meta.put("solver", "OR-Tools GLOP (LP), SCIP (MILP)");
            meta.put("integral", options.integral() ? (f.variables() <= FULL_MILP ? "whole MILP in SCIP (status OPTIMAL = proven)"
                    : "whole cells of the LP vertex kept, fractional cells with all their options solved by SCIP; gap = LP bound - integral, percentage points")
                    : "no (LP relaxation: objectives are LP values, no genomes)");
            meta.put("scenarios", p.scenarioNames());
            meta.put("cells", p.encoding().length());
            meta.put("optionVariables", f.variables());
            meta.put("constraintFactor", p.constraintFactor());
            Map<String, Double> lp = new LinkedHashMap<>();
            for (int k = 0; k < K; k++) lp.put(p.objectives().get(k).name(), f.lpZ(k) == null ? Double.NaN : sense(p) * f.lpZ(k)[k]);
            meta.put("lpBounds", lp);
        }
        List<ExactPoint> front = Bounds.nondominated(p, grid);
        meta.put("frontMethod", "epsilon-constraint on z (" + levels + " x " + levels + " levels), as for one scenario");
        meta.put("frontGridPoints", levels * levels);
        meta.put("frontGridSkipped", skipped);
        meta.put("frontNondominatedFeasible", front.size());
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (ExactPoint e : grid) statuses.merge(e.status(), 1, Integer::sum);
        meta.put("frontGridStatuses", statuses);
        if (options.integral()) companions(p, options, optima, files, meta);
        meta.put("seconds", (System.nanoTime() - t0) / 1e9);
        return new BoundsResult(optima, front, meta, files);
    }

    private static double sense(RobustLandUseProblem p) {
        return p.mode() == Mode.REGRET ? -1 : 1;
    }

    /**
     * The tables that set the robust optima beside each scenario's own: worst and mean optima (gains in every
     * scenario), the single-scenario optima, and the price of robustness.
     */
    private static void companions(RobustLandUseProblem p, BoundsOptions options, List<ExactPoint> ownOptima,
                                   Map<String, String> files, Map<String, Object> meta) {
        int S = p.scenarioCount();
        // each scenario alone: the robust model with one scenario is that scenario's problem in gain units
        double[][] own = new double[S][K];
        byte[][][] ownGenomes = new byte[S][K][];
        String[][] ownStatus = new String[S][K];
        double[][] ownGap = new double[S][K];
        for (int s = 0; s < S; s++) {
            RobustLandUseProblem single = new RobustLandUseProblem(p.name() + "-" + p.scenarioNames().get(s),
                    List.of(p.scenarioNames().get(s)), List.of(p.scenarios().get(s)), Mode.WORST, p.constraintFactor(), null);
            try (Solver f = new Solver(single, Mode.WORST, options)) {
                for (int k = 0; k < K; k++) {
                    ExactPoint pt = f.point("max " + Service.values()[k].label, k, null);
                    own[s][k] = pt.objectives()[k];
                    ownGenomes[s][k] = (byte[]) pt.genome();
                    ownStatus[s][k] = pt.status();
                    ownGap[s][k] = pt.gap();
                }
            }
        }
        StringBuilder so = new StringBuilder(Csv.row(RobustLandUseType.OPTIMA_COLUMNS) .trim()
                + ",carbon_status,crop_status,runoff_status,carbon_gap_pp,crop_gap_pp,runoff_gap_pp\n");
        for (int s = 0; s < S; s++) {
            so.append(Csv.field(p.scenarioNames().get(s)));
            for (int k = 0; k < K; k++) so.append(',').append(Numbers.format(own[s][k]));
            for (int k = 0; k < K; k++) so.append(',').append(ownStatus[s][k]);
            for (int k = 0; k < K; k++) so.append(',').append(Numbers.format(ownGap[s][k]));
            so.append('\n');
        }
        files.put(SCENARIO_OPTIMA, so.toString());
        StringBuilder sol = new StringBuilder("solution");
        for (int i = 0; i < p.encoding().length(); i++) sol.append(',').append(p.variableName(i));
        sol.append('\n');
        StringBuilder labels = new StringBuilder("solution,scenario,maximised\n");
        int row = 0;
        for (int s = 0; s < S; s++) {
            for (int k = 0; k < K; k++) {
                if (ownGenomes[s][k] == null) continue;
                sol.append(row);
                for (byte b : ownGenomes[s][k]) sol.append(',').append(b);
                sol.append('\n');
                labels.append(row).append(',').append(p.scenarioNames().get(s)).append(',').append(Service.values()[k].label).append('\n');
                row++;
            }
        }
        files.put(SCENARIO_OPTIMA_SOLUTIONS, sol.toString());
        files.put("scenario-optima-labels.csv", labels.toString());

        // worst and mean optima with their gain in every scenario
        StringBuilder ro = new StringBuilder("mode,maximised,status,gap_pp,objective_gain_percent");
        for (String n : p.scenarioNames()) for (int k = 0; k < K; k++) ro.append(',').append(n).append('_').append(Service.values()[k].label).append("_gain");
        ro.append('\n');
        double[][] worstOptimum = new double[K][];
        for (Mode m : new Mode[] {Mode.WORST, Mode.MEAN}) {
            RobustLandUseProblem q = p.mode() == m ? p : p.withMode(m, null);
            List<ExactPoint> pts = new ArrayList<>();
            if (p.mode() == m) {
                pts = ownOptima;
            } else {
                try (Solver f = new Solver(q, m, options)) {
                    for (int k = 0; k < K; k++) pts.add(f.point("max " + q.objectives().get(k).name(), k, null));
                }
            }
            for (int k = 0; k < K; k++) {
                ExactPoint pt = pts.get(k);
                ro.append(m.label()).append(',').append(Service.values()[k].label).append(',').append(pt.status()).append(',')
                        .append(Numbers.format(pt.gap())).append(',').append(Numbers.format(pt.objectives()[k]));
                double[][] g = pt.genome() == null ? null : p.gainsPercent((byte[]) pt.genome());
                for (int s = 0; s < S; s++) for (int j = 0; j < K; j++) ro.append(',').append(g == null ? "NaN" : Numbers.format(g[s][j]));
                ro.append('\n');
                if (m == Mode.WORST && g != null) {
                    worstOptimum[k] = new double[S + 1];
                    worstOptimum[k][S] = pt.objectives()[k];
                    for (int s = 0; s < S; s++) worstOptimum[k][s] = g[s][k];
                }
            }
        }
        files.put(ROBUST_OPTIMA, ro.toString());

        // price of robustness: each scenario's own optimum against the robust (max-min) optimum of the same service
        StringBuilder pr = new StringBuilder("service,scenario,own_optimum_gain,robust_optimum_gain_in_scenario,robust_guaranteed_gain,price_pp\n");
        Map<String, Object> price = new LinkedHashMap<>();
        for (int k = 0; k < K; k++) {
            Map<String, Double> per = new LinkedHashMap<>();
            for (int s = 0; s < S; s++) {
                double inScenario = worstOptimum[k] == null ? Double.NaN : worstOptimum[k][s];
                double guaranteed = worstOptimum[k] == null ? Double.NaN : worstOptimum[k][S];
                double priceValue = own[s][k] - guaranteed;
                pr.append(Service.values()[k].label).append(',').append(Csv.field(p.scenarioNames().get(s))).append(',')
                        .append(Numbers.format(own[s][k])).append(',').append(Numbers.format(inScenario)).append(',')
                        .append(Numbers.format(guaranteed)).append(',').append(Numbers.format(priceValue)).append('\n');
                per.put(p.scenarioNames().get(s), priceValue);
            }
            price.put(Service.values()[k].label, per);
        }
        files.put(PRICE, pr.toString());
        meta.put("priceOfRobustnessPercentagePoints", price);
    }

    /** An LP solve: status, shares, z (percent), time. */
    record Solved(LinearProgram.Status status, double[] x, double[] z, long nanos) {
        boolean ok() {
            return status == LinearProgram.Status.OPTIMAL;
        }
    }

    /** The LP of one mode over the free cells, and the integral solutions built on it. */
    static final class Solver implements AutoCloseable {
        final RobustLandUseProblem p;
        final Mode mode;
        final BoundsOptions options;
        final int S, stride, cells;
        final byte[] fixedChoice;
        final int[] freeCell, first, option;
        final double[] coef;      // variable * stride + t: value / |ref| (relative)
        final double[] constant;  // per t: relative total of the fixed cells
        final double[] ref;       // per t, |ref|
        final double[][] offset;  // [s][k] percent subtracted from gain (regret mode)
        final LinearProgram lp = LinearProgram.lp();
        final int[] z = new int[K];
        final double[][] lpZ = new double[K][];

        Solver(RobustLandUseProblem p, Mode mode, BoundsOptions options) {
            this.p = p;
            this.mode = mode;
            this.options = options;
            this.S = p.scenarioCount();
            this.stride = S * SV;
            this.cells = p.encoding().length();
            int k = ((org.agrifront.core.CategoricalEncoding) p.encoding()).options();
            this.offset = mode == Mode.REGRET ? p.scenarioOptima() : new double[S][K];
            ref = new double[stride];
            for (int s = 0; s < S; s++) for (Service sv : Service.values()) ref[s * SV + sv.ordinal()] = Math.max(1e-12, Math.abs(p.reference(s, sv)));
            fixedChoice = new byte[cells];
            constant = new double[stride];
            List<Integer> free = new ArrayList<>();
            int[] firstTmp = new int[cells + 1];
            int[] optTmp = new int[cells * k];
            long[] v = new long[k * stride];
            int vars = 0;
            for (int c = 0; c < cells; c++) {
                for (int o = 0; o < k; o++) for (int s = 0; s < S; s++) for (Service sv : Service.values()) v[o * stride + s * SV + sv.ordinal()] = p.value(c, o, s, sv);
                int start = vars;
                for (int o = 0; o < k; o++) if (!dominated(v, o, k, stride)) optTmp[vars++] = o;
                if (vars - start == 1) {
                    fixedChoice[c] = (byte) optTmp[start];
                    for (int t = 0; t < stride; t++) constant[t] += v[optTmp[start] * stride + t] / (double) LandUseData.SCALE / ref[t];
                    vars = start;
                } else {
                    fixedChoice[c] = -1;
                    firstTmp[free.size()] = start;
                    free.add(c);
                }
            }
            freeCell = free.stream().mapToInt(Integer::intValue).toArray();
            first = Arrays.copyOf(firstTmp, freeCell.length + 1);
            first[freeCell.length] = vars;
            option = Arrays.copyOf(optTmp, vars);
            coef = new double[vars * stride];
            for (int f = 0; f < freeCell.length; f++) {
                for (int j = first[f]; j < first[f + 1]; j++) {
                    for (int s = 0; s < S; s++) for (Service sv : Service.values()) {
                        int t = s * SV + sv.ordinal();
                        coef[j * stride + t] = p.value(freeCell[f], option[j], s, sv) / (double) LandUseData.SCALE / ref[t];
                    }
                }
            }
            lp.solverParameters("use_dual_simplex: true, use_preprocessing: false");
            build(lp, null, z);
        }

        int variables() {
            return option.length;
        }

        /** Adds variables and rows to {@code m}; with {@code open} (per variable) only those variables, the rest fixed. */
        int[] build(LinearProgram m, boolean[] open, int[] z) {
            int n = option.length;
            int[] index = new int[n];
            Arrays.fill(index, -1);
            double[] rowConstant = constant.clone();
            for (int f = 0; f < freeCell.length; f++) {
                boolean anyOpen = open == null;
                if (open != null) for (int j = first[f]; j < first[f + 1]; j++) anyOpen |= open[j];
                if (!anyOpen) continue;
                int row = m.row("cell" + freeCell[f], 1, 1);
                for (int j = first[f]; j < first[f + 1]; j++) {
                    if (open != null && !open[j]) continue;
                    index[j] = m.isInteger() ? m.binary("x" + j) : m.variable("x" + j, 0, 1);
                    m.coefficient(row, index[j], 1);
                }
            }
            if (open != null) { // fixed cells: the one option with open == false and marked by fixedOption
                for (int j = 0; j < n; j++) if (fixedOption != null && fixedOption[j]) for (int t = 0; t < stride; t++) rowConstant[t] += coef[j * stride + t];
            }
            for (int kk = 0; kk < K; kk++) z[kk] = m.variable("z" + kk, -1e6, 1e6);
            for (int s = 0; s < S; s++) {
                for (Service sv : Service.values()) {
                    int t = s * SV + sv.ordinal();
                    double target = p.target(s, sv) / (double) LandUseData.SCALE / ref[t];
                    int row = m.row("target" + t, target - rowConstant[t], LinearProgram.INFINITY);
                    for (int j = 0; j < n; j++) if (index[j] >= 0 && coef[j * stride + t] != 0) m.coefficient(row, index[j], coef[j * stride + t]);
                }
            }
            // epigraph rows, in relative units: z/100 <= relTotal - sign(ref) - offset/100  (gain = 100 (total - ref) / |ref|)
            for (int kk = 0; kk < K; kk++) {
                if (mode == Mode.MEAN) {
                    double rhs = 0;
                    for (int s = 0; s < S; s++) rhs += (Math.signum(p.reference(s, Service.values()[kk])) - rowConstant[s * SV + kk]) / S;
                    int row = m.row("mean" + kk, rhs, LinearProgram.INFINITY);
                    for (int j = 0; j < n; j++) {
                        if (index[j] < 0) continue;
                        double a = 0;
                        for (int s = 0; s < S; s++) a += coef[j * stride + s * SV + kk] / S;
                        if (a != 0) m.coefficient(row, index[j], a);
                    }
                    m.coefficient(row, z[kk], -0.01);
                } else {
                    for (int s = 0; s < S; s++) {
                        int t = s * SV + kk;
                        double rhs = Math.signum(p.reference(s, Service.values()[kk])) + offset[s][kk] / 100 - rowConstant[t];
                        int row = m.row("epi" + t, rhs, LinearProgram.INFINITY);
                        for (int j = 0; j < n; j++) if (index[j] >= 0 && coef[j * stride + t] != 0) m.coefficient(row, index[j], coef[j * stride + t]);
                        m.coefficient(row, z[kk], -0.01);
                    }
                }
            }
            return index;
        }

        private boolean[] fixedOption;

        /** Maximises z_k with z_j ≥ eps[j] (−∞ for none). */
        Solved lp(int k, double[] eps) {
            for (int kk = 0; kk < K; kk++) lp.variableBounds(z[kk], eps == null || Double.isInfinite(eps[kk]) ? -1e6 : eps[kk], 1e6);
            lp.objective(true);
            for (int j = 0; j < lp.variables(); j++) lp.objectiveCoefficient(j, 0);
            lp.objectiveCoefficient(z[k], 1);
            LinearProgram.Solution sol = lp.solve(options.timeLimitMillis());
            if (sol.status() != LinearProgram.Status.OPTIMAL) return new Solved(sol.status(), null, null, sol.nanos());
            double[] x = Arrays.copyOf(sol.values(), option.length);
            double[] zv = zOf(x);
            zv[k] = sol.value(z[k]);
            return new Solved(sol.status(), x, zv, sol.nanos());
        }

        /** Each objective's z at LP shares {@code x} (the LP leaves the z it does not maximise anywhere below). */
        double[] zOf(double[] x) {
            double[] rel = constant.clone();
            for (int j = 0; j < x.length; j++) {
                if (x[j] == 0) continue;
                for (int t = 0; t < stride; t++) rel[t] += x[j] * coef[j * stride + t];
            }
            double[] out = new double[K];
            for (int kk = 0; kk < K; kk++) {
                double worst = Double.POSITIVE_INFINITY, sum = 0;
                for (int s = 0; s < S; s++) {
                    double g = 100 * (rel[s * SV + kk] - Math.signum(p.reference(s, Service.values()[kk]))) - offset[s][kk];
                    worst = Math.min(worst, g);
                    sum += g;
                }
                out[kk] = mode == Mode.MEAN ? sum / S : worst;
            }
            return out;
        }

        double[] lpZ(int k) {
            return lpZ[k];
        }

        /** The integral (or, relaxed, the LP) point maximising objective k under the ε levels. */
        ExactPoint point(String label, int k, double[] eps) {
            long t0 = System.nanoTime();
            Solved s = lp(k, eps);
            if (eps == null && s.ok()) lpZ[k] = s.z.clone();
            int m = K, c = p.constraints().size();
            if (!s.ok()) {
                double[] nan = new double[m];
                Arrays.fill(nan, Double.NaN);
                double[] viol = new double[c];
                Arrays.fill(viol, Double.NaN);
                double[] out = new double[p.outputs().size()];
                Arrays.fill(out, Double.NaN);
                return new ExactPoint(label, nan, out, viol, null, s.status().name(), Double.NaN, (System.nanoTime() - t0) / 1e9);
            }
            double sign = mode == Mode.REGRET ? -1 : 1;
            if (!options.integral()) {
                double[] obj = new double[m];
                for (int kk = 0; kk < K; kk++) obj[kk] = sign * s.z[kk];
                double[] out = new double[p.outputs().size()];
                Arrays.fill(out, Double.NaN);
                return new ExactPoint(label, obj, out, new double[c], null, s.status().name(), 0.0, (System.nanoTime() - t0) / 1e9);
            }
            boolean whole = option.length <= FULL_MILP;
            boolean[] open = new boolean[option.length];
            fixedOption = new boolean[option.length];
            for (int f = 0; f < freeCell.length; f++) {
                int best = first[f];
                for (int j = first[f]; j < first[f + 1]; j++) if (s.x[j] > s.x[best]) best = j;
                boolean fractional = whole || s.x[best] < WHOLE;
                for (int j = first[f]; j < first[f + 1]; j++) open[j] = fractional;
                if (!fractional) fixedOption[best] = true;
            }
            byte[] genome = fixedChoice.clone();
            for (int f = 0; f < freeCell.length; f++) for (int j = first[f]; j < first[f + 1]; j++) if (fixedOption[j]) genome[freeCell[f]] = (byte) option[j];
            boolean proven = false;
            String status = "FEASIBLE";
            byte[] solved = restricted(open, k, eps, genome);
            if (solved == null && eps != null) solved = restricted(open, k, null, genome); // ε levels out of reach of whole cells
            if (solved != null) {
                genome = solved;
                proven = whole && lastStatus == LinearProgram.Status.OPTIMAL && eps == null;
                if (proven) status = "OPTIMAL";
            } else {
                // no integral completion of the LP's whole cells: largest shares, then the greedy repair
                for (int f = 0; f < freeCell.length; f++) {
                    int best = first[f];
                    for (int j = first[f]; j < first[f + 1]; j++) if (s.x[j] > s.x[best]) best = j;
                    genome[freeCell[f]] = (byte) option[best];
                }
                p.repair().orElseThrow().repair(genome);
                status = "FEASIBLE_REPAIRED";
            }
            double[] obj = new double[m], viol = new double[c], out = new double[p.outputs().size()];
            p.evaluate(genome, obj, viol);
            boolean feasible = true;
            for (double v : viol) if (v > 1e-9) feasible = false;
            if (!feasible) status = "INFEASIBLE_ROUNDING";
            p.computeOutputs(genome, out);
            double gap = s.z[k] - sign * obj[k];
            return new ExactPoint(label, obj, out, viol, genome, status, Math.max(0, gap), (System.nanoTime() - t0) / 1e9);
        }

        private LinearProgram.Status lastStatus;

        /** SCIP over the open options, the other cells as in {@code base}; the completed genome or null. */
        private byte[] restricted(boolean[] open, int k, double[] eps, byte[] base) {
            try (LinearProgram mip = LinearProgram.mip()) {
                mip.solverParameters("limits/gap = 0\nlimits/absgap = 0\nnumerics/feastol = 1e-9\n");
                int[] mz = new int[K];
                int[] index = build(mip, open, mz);
                for (int kk = 0; kk < K; kk++) mip.variableBounds(mz[kk], eps == null || Double.isInfinite(eps[kk]) ? -1e6 : eps[kk], 1e6);
                mip.objective(true);
                mip.objectiveCoefficient(mz[k], 1);
                LinearProgram.Solution sol = mip.solve(options.timeLimitMillis());
                lastStatus = sol.status();
                if (!sol.ok()) return null;
                byte[] genome = base.clone();
                for (int j = 0; j < option.length; j++) if (index[j] >= 0 && sol.value(index[j]) > 0.5) genome[freeCell[cellOf(j)]] = (byte) option[j];
                for (byte b : genome) if (b < 0) return null;
                return genome;
            }
        }

        private static boolean meets(double[] obj, double[] eps, double sign) {
            for (int kk = 0; kk < K; kk++) if (!Double.isInfinite(eps[kk]) && sign * obj[kk] < eps[kk] - 1e-7 * (1 + Math.abs(eps[kk]))) return false;
            return true;
        }

        private int cellOf(int j) {
            int lo = 0, hi = freeCell.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (first[mid] <= j) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }

        private static boolean dominated(long[] v, int o, int k, int stride) {
            for (int q = 0; q < k; q++) {
                if (q == o) continue;
                boolean geq = true, gt = false;
                for (int t = 0; t < stride; t++) {
                    long a = v[q * stride + t], b = v[o * stride + t];
                    if (a < b) {
                        geq = false;
                        break;
                    }
                    if (a > b) gt = true;
                }
                if (geq && (gt || q < o)) return true;
            }
            return false;
        }

        @Override
        public void close() {
            lp.close();
        }
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
