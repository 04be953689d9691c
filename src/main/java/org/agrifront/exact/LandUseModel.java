package org.agrifront.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Problem;
import org.agrifront.problems.landuse.LandUseData;
import org.agrifront.problems.landuse.LandUseData.Service;
import org.agrifront.problems.landuse.LandUseProblem;

/**
 * Exact bounds of the global land-use allocation ({@link LandUseProblem}) by LP (GLOP) plus rounding.
 * <p>
 * <b>Model.</b> {@code x[c,o] ∈ [0, 1]} is the share of cell c under land use o, {@code Σ_o x[c,o] = 1} per cell (a
 * multiple-choice knapsack relaxation); each of the four services has a row {@code Σ v_s(c,o) x[c,o] / ref_s ≥
 * factor} (rows divided by the reference, so carbon, crop, runoff and forage, seven orders of magnitude apart,
 * are all of order 1 for GLOP's tolerances). Options of a cell dominated in all four services by another option of
 * the same cell are dropped (they are never needed, neither in the LP nor in an integral optimum), and cells left
 * with one option are constants.
 * <p>
 * <b>Integral solutions.</b> A basic LP solution has at most as many fractional cells as binding service rows
 * (≤ 4). Those cells are assigned by exhaustive search over their options (cells with a whole option keep it),
 * then a best-improvement local search over single-cell changes repairs any shortfall left and uses the slack the
 * rounding opened. The allocation is evaluated by the problem itself; the LP optimum is an upper bound, and the
 * relative difference is reported as the point's {@code gap}.
 * <p>
 * <b>Reference front.</b> ε-constraint: maximise carbon subject to crop ≥ ε1, runoff ≥ ε2 and the four
 * constraints. The crop levels run from the carbon optimum's crop to the crop maximum; for each crop level the
 * runoff levels run from the runoff of the carbon optimum at that level (ε2 not binding) to the maximum runoff at
 * that level, so every grid point is feasible and binding. The rounded points are filtered to the feasible
 * non-dominated ones.
 */
public final class LandUseModel implements ExactModel {
    static final int S = LandUseData.SERVICES;
    /** An LP share above this counts as the whole cell. */
    static final double WHOLE = 1 - 1e-7;
    /** Largest number of assignments of the fractional cells searched exhaustively. */
    static final long EXHAUSTIVE = 2_000_000;
    static final int LOCAL_SEARCH_STEPS = 200;

    @Override
    public boolean supports(Problem<?> problem) {
        return problem instanceof LandUseProblem;
    }

    @Override
    public BoundsResult solve(Problem<?> problem, BoundsOptions options) {
        LandUseProblem p = (LandUseProblem) problem;
        long t0 = System.nanoTime();
        Instance in = new Instance(p);
        try (Formulation f = new Formulation(in, options.timeLimitMillis())) {
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            long tOptima = System.nanoTime();
            List<ExactPoint> optima = new ArrayList<>();
            List<Rounding> optimaRounding = new ArrayList<>(), frontRounding = new ArrayList<>();
            Solved[] single = new Solved[3];
            for (int k = 0; k < 3; k++) {
                single[k] = f.maximise(k, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
                optima.add(point(p, in, "max " + Service.values()[k].label, k, single[k], null, options, optimaRounding));
            }
            double optimaSeconds = (System.nanoTime() - tOptima) / 1e9;

            long tFront = System.nanoTime();
            List<ExactPoint> grid = new ArrayList<>();
            int levels = 2;
            while (levels * levels < options.frontPoints()) levels++;
            levels++; // a margin for points that rounding leaves dominated
            int skipped = 0;
            if (single[0].ok() && single[1].ok()) {
                double cropLo = single[0].totals[1], cropHi = single[1].totals[1];
                for (int i = 0; i < levels; i++) {
                    double eps1 = cropLo + (cropHi - cropLo) * i / levels;
                    Solved first = f.maximise(0, eps1, Double.NEGATIVE_INFINITY);
                    Solved top = f.maximise(2, eps1, Double.NEGATIVE_INFINITY);
                    if (!first.ok() || !top.ok()) {
                        skipped += levels;
                        continue;
                    }
                    double runoffLo = first.totals[2], runoffHi = top.totals[2];
                    for (int j = 0; j < levels; j++) {
                        double eps2 = runoffLo + (runoffHi - runoffLo) * j / (levels - 1);
                        Solved s = j == 0 ? first : f.maximise(0, eps1, eps2);
                        if (!s.ok()) {
                            skipped++;
                            continue;
                        }
                        long[] soft = {Long.MIN_VALUE, ceilFixed(eps1), j == 0 ? Long.MIN_VALUE : ceilFixed(eps2), Long.MIN_VALUE};
                        grid.add(point(p, in, "eps crop " + i + " runoff " + j, 0, s, soft, options, frontRounding));
                    }
                }
            }
            List<ExactPoint> front = Bounds.nondominated(p, grid);
            double frontSeconds = (System.nanoTime() - tFront) / 1e9;

            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("model", "multiple-choice knapsack LP: x[c,o] in [0,1], sum_o x[c,o] = 1 per cell, "
                    + "sum v_s x / reference_s >= factor for carbon, crop, runoff, forage");
            meta.put("solver", "OR-Tools GLOP (LP), warm-started between solves");
            meta.put("integral", options.integral()
                    ? "fractional cells of the LP vertex assigned by exhaustive search, single-cell local search, then "
                    + "reduced-cost fixing with the LP duals: a SCIP MILP over the open options when at most "
                    + Rounding.MILP_LIMIT + " (status OPTIMAL = proven), else a pair search over the cheapest open "
                    + "changes (status FEASIBLE); evaluated by the problem" : "no (LP relaxation: objectives are LP values, no genomes)");
            meta.put("cells", in.cells);
            meta.put("cellsWithOneUndominatedOption", in.cells - in.freeCells);
            meta.put("variables", f.lp.variables());
            meta.put("rows", f.lp.rows());
            meta.put("constraintFactor", p.constraintFactor());
            Map<String, Double> bounds = new LinkedHashMap<>();
            Map<String, Double> gaps = new LinkedHashMap<>();
            for (int k = 0; k < 3; k++) {
                String name = Service.values()[k].label;
                bounds.put(name, single[k].ok() ? single[k].totals[k] : Double.NaN);
                gaps.put(name, optima.get(k).gap());
            }
            meta.put("lpBounds", bounds);
            Map<String, Object> proven = new LinkedHashMap<>(), milp = new LinkedHashMap<>();
            for (int k = 0; k < optimaRounding.size(); k++) {
                proven.put(optima.get(k).label(), optimaRounding.get(k).proven);
                milp.put(optima.get(k).label(), optimaRounding.get(k).milpVariables);
            }
            meta.put("integralProvenOptimal", proven);
            meta.put("restrictedMilpVariables", milp);
            meta.put("lpBoundGainPercent", gains(in, bounds));
            meta.put("integralGapRelative", gaps);
            meta.put("frontMethod", "epsilon-constraint: max carbon s.t. crop >= eps1, runoff >= eps2; " + levels
                    + " crop levels from the carbon optimum's crop to the crop maximum, " + levels
                    + " runoff levels per crop level from the unconstrained runoff to the maximum runoff at that crop level");
            meta.put("frontGridPoints", levels * levels);
            meta.put("frontGridSkipped", skipped);
            meta.put("frontNondominatedFeasible", front.size());
            double maxGap = 0;
            for (ExactPoint e : grid) if (!Double.isNaN(e.gap())) maxGap = Math.max(maxGap, e.gap());
            meta.put("frontMaxIntegralGapRelative", maxGap);
            meta.put("frontIntegralProvenOptimal", frontRounding.stream().filter(r -> r.proven).count() + " of " + frontRounding.size());
            meta.put("frontMaxRestrictedMilpVariables", frontRounding.stream().mapToInt(r -> r.milpVariables).max().orElse(-1));
            meta.put("lpSolves", f.solves);
            meta.put("lpSeconds", f.lpNanos / 1e9);
            meta.put("buildSeconds", buildSeconds);
            meta.put("optimaSeconds", optimaSeconds);
            meta.put("frontSeconds", frontSeconds);
            meta.put("seconds", (System.nanoTime() - t0) / 1e9);
            return new BoundsResult(optima, front, meta);
        }
    }

    private static Map<String, Double> gains(Instance in, Map<String, Double> values) {
        Map<String, Double> g = new LinkedHashMap<>();
        for (int k = 0; k < 3; k++) {
            String name = Service.values()[k].label;
            g.put(name, 100 * (values.get(name) - in.reference[k]) / Math.abs(in.reference[k]));
        }
        return g;
    }

    private static long ceilFixed(double fileUnits) {
        return (long) Math.ceil(fileUnits * LandUseData.SCALE - 1e-9 * Math.abs(fileUnits * LandUseData.SCALE));
    }

    /** The rounded (or, relaxed, the LP) point of a solve that maximised service {@code k}. */
    static ExactPoint point(LandUseProblem p, Instance in, String label, int k, Solved s, long[] soft, BoundsOptions options,
                            List<Rounding> roundings) {
        double seconds = s.nanos / 1e9;
        if (!s.ok()) {
            double[] nan = new double[3];
            Arrays.fill(nan, Double.NaN);
            double[] viol = new double[S];
            Arrays.fill(viol, Double.NaN);
            return new ExactPoint(label, nan, new double[] {Double.NaN}, viol, null, s.status.name(), Double.NaN, seconds);
        }
        if (!options.integral()) {
            double[] viol = new double[S];
            for (int t = 0; t < S; t++) {
                double target = in.hard[t] / (double) LandUseData.SCALE;
                double shortfall = (target - s.totals[t]) / Math.max(Math.abs(target), 1e-6);
                viol[t] = shortfall > 1e-7 ? shortfall : 0;
            }
            return new ExactPoint(label, Arrays.copyOf(s.totals, 3), new double[] {s.totals[3]}, viol, null,
                    s.status.name(), 0.0, seconds);
        }
        long r0 = System.nanoTime();
        Rounding rounding = new Rounding(in, k, soft, options.timeLimitMillis());
        byte[] genome = rounding.round(s);
        roundings.add(rounding);
        double[] obj = new double[3], viol = new double[S], out = new double[1];
        p.evaluate(genome, obj, viol);
        p.computeOutputs(genome, out);
        double gap = (s.totals[k] - obj[k]) / Math.abs(s.totals[k]);
        String status = rounding.proven ? "OPTIMAL" : "FEASIBLE";
        return new ExactPoint(label, obj, out, viol, genome, status, gap, seconds + (System.nanoTime() - r0) / 1e9);
    }

    /** An LP solve: status, shares per variable, service totals in file units (forage last), time. */
    record Solved(LinearProgram.Status status, double[] x, double[] totals, double[] duals, long nanos) {
        boolean ok() {
            return status == LinearProgram.Status.OPTIMAL;
        }
    }

    /**
     * The instance without dominated options: per free cell its undominated options as LP variables
     * ({@code first[c]..first[c+1]}), fixed-point values, the totals of cells with a single option, and the targets.
     */
    static final class Instance {
        final LandUseData data;
        final int cells;
        final int freeCells;
        final byte[] fixedChoice; // per cell, -1 when free
        final int[] freeCell;     // free cell index -> cell
        final int[] first;        // free cell index -> first variable; first[freeCells] = variables
        final int[] option;       // variable -> land use
        final long[] value;       // variable * S + service
        final long[] fixedTotals = new long[S];
        final long[] hard = new long[S];
        final double[] reference = new double[S];

        Instance(LandUseProblem p) {
            data = p.data();
            cells = data.cells();
            int k = data.options();
            for (Service s : Service.values()) {
                reference[s.ordinal()] = data.reference(s);
                hard[s.ordinal()] = LandUseData.toFixed(data.reference(s) * p.constraintFactor());
            }
            fixedChoice = new byte[cells];
            List<Integer> cellsList = new ArrayList<>();
            int[] firstTmp = new int[cells + 1];
            int[] optTmp = new int[cells * k];
            int vars = 0;
            long[] v = new long[k * S];
            for (int c = 0; c < cells; c++) {
                for (int o = 0; o < k; o++) for (Service s : Service.values()) v[o * S + s.ordinal()] = data.value(c, o, s);
                int start = vars;
                for (int o = 0; o < k; o++) if (!dominated(v, o, k)) optTmp[vars++] = o;
                if (vars - start == 1) {
                    fixedChoice[c] = (byte) optTmp[start];
                    for (int s = 0; s < S; s++) fixedTotals[s] += v[optTmp[start] * S + s];
                    vars = start;
                } else {
                    fixedChoice[c] = -1;
                    firstTmp[cellsList.size()] = start;
                    cellsList.add(c);
                }
            }
            freeCells = cellsList.size();
            freeCell = cellsList.stream().mapToInt(Integer::intValue).toArray();
            first = Arrays.copyOf(firstTmp, freeCells + 1);
            first[freeCells] = vars;
            option = Arrays.copyOf(optTmp, vars);
            value = new long[vars * S];
            for (int f = 0; f < freeCells; f++) {
                for (int j = first[f]; j < first[f + 1]; j++) {
                    for (Service s : Service.values()) value[j * S + s.ordinal()] = data.value(freeCell[f], option[j], s);
                }
            }
        }

        /** True when another option is at least as good in every service (and better in one, or equal and earlier). */
        private static boolean dominated(long[] v, int o, int k) {
            for (int q = 0; q < k; q++) {
                if (q == o) continue;
                boolean geq = true, gt = false;
                for (int s = 0; s < S; s++) {
                    long a = v[q * S + s], b = v[o * S + s];
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

        int variables() {
            return option.length;
        }

        int options() {
            return data.options();
        }
    }

    /** One GLOP model over the free cells, re-solved with other objectives and row bounds (warm start). */
    static final class Formulation implements AutoCloseable {
        final Instance in;
        final LinearProgram lp = LinearProgram.lp();
        final long timeLimit;
        final int[] serviceRow = new int[S];
        int solves;
        long lpNanos;

        Formulation(Instance in, long timeLimitMillis) {
            this.in = in;
            this.timeLimit = timeLimitMillis;
            // dual simplex: the per-cell best options are a dual-feasible start, and a changed row bound keeps the
            // last basis dual feasible (about 20 times faster than the default primal simplex here)
            lp.solverParameters("use_dual_simplex: true, use_preprocessing: false");
            for (int j = 0; j < in.variables(); j++) lp.variable("x" + j, 0, 1);
            for (int f = 0; f < in.freeCells; f++) {
                int row = lp.row("cell" + in.freeCell[f], 1, 1);
                for (int j = in.first[f]; j < in.first[f + 1]; j++) lp.coefficient(row, j, 1);
            }
            for (Service s : Service.values()) {
                int t = s.ordinal();
                serviceRow[t] = lp.row(s.label, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
                for (int j = 0; j < in.variables(); j++) {
                    double a = scaled(j, t);
                    if (a != 0) lp.coefficient(serviceRow[t], j, a);
                }
            }
        }

        /** Coefficient of variable j in service row t: value / |reference|. */
        private double scaled(int j, int t) {
            return in.value[j * S + t] / (double) LandUseData.SCALE / scale(t);
        }

        private double scale(int t) {
            return Math.max(Math.abs(in.reference[t]), 1e-6);
        }

        /**
         * Maximises service k under the four constraints, crop ≥ eps1 and runoff ≥ eps2 (file units; −∞ for none).
         */
        Solved maximise(int k, double eps1, double eps2) {
            for (int t = 0; t < S; t++) {
                double lower = in.hard[t] / (double) LandUseData.SCALE;
                if (t == 1) lower = Math.max(lower, eps1);
                if (t == 2) lower = Math.max(lower, eps2);
                double fixed = in.fixedTotals[t] / (double) LandUseData.SCALE;
                lp.rowBounds(serviceRow[t], (lower - fixed) / scale(t), LinearProgram.INFINITY);
            }
            lp.objective(true);
            for (int j = 0; j < in.variables(); j++) lp.objectiveCoefficient(j, scaled(j, k));
            LinearProgram.Solution sol = lp.solve(timeLimit);
            solves++;
            lpNanos += sol.nanos();
            if (!sol.ok()) return new Solved(sol.status(), null, null, null, sol.nanos());
            double[] x = sol.values();
            double[] totals = new double[S];
            for (int t = 0; t < S; t++) {
                double sum = 0;
                for (int j = 0; j < x.length; j++) sum += x[j] * in.value[j * S + t];
                totals[t] = (sum + in.fixedTotals[t]) / LandUseData.SCALE;
            }
            double[] duals = new double[S];
            for (int t = 0; t < S; t++) duals[t] = lp.dual(serviceRow[t]);
            return new Solved(sol.status(), x, totals, duals, sol.nanos());
        }

        @Override
        public void close() {
            lp.close();
        }
    }

    /**
     * Rounds an LP solution to one land use per cell, maximising service {@code k}: hard lower bounds are the
     * problem's targets, soft ones (ε levels) are met where possible. Scores compare lexicographically: total relative
     * shortfall below the hard targets, then below the soft ones, then the objective (exact fixed-point sums).
     * <p>
     * The rounded allocation is then proven optimal or improved by reduced-cost fixing:
     * for multipliers λ ≥ 0 of the service rows (the LP duals) and {@code L(λ) = Σ_c max_o (c_o + λ·a_o) − λ·b}, any
     * integral allocation x meeting the rows has {@code c·x ≤ L(λ) − Σ_c ℓ(c, x_c)}, where {@code ℓ(c, o) =
     * max_q (c_q + λ·a_q) − (c_o + λ·a_o) ≥ 0}. An allocation better than the incumbent z therefore uses only
     * options with {@code ℓ ≤ L(λ) − z}; the few cells with more than one such option form a small MILP (SCIP), the
     * rest are fixed. Its optimum, checked in exact fixed-point arithmetic, is the integral optimum. (Without a
     * feasible incumbent nothing is fixed: small instances are then solved whole by SCIP.)
     */
    static final class Rounding {
        /**
         * Largest restricted MILP (variables) handed to SCIP; larger ones (thousands of options on the real data,
         * which SCIP does not close in a minute) get a local search over pairs of the cheapest open changes.
         */
        static final int MILP_LIMIT = 400;
        /** Open changes (smallest Lagrangian loss first) combined in pairs by the pair search. */
        static final int PAIR_CANDIDATES = 1500;
        final Instance in;
        final int k;
        final long timeLimit;
        final long[] soft = new long[S];
        final long[] state = new long[S];
        final int[] choice; // free cell -> variable
        boolean proven;
        int milpVariables = -1;

        Rounding(Instance in, int k, long[] softTargets, long timeLimitMillis) {
            this.in = in;
            this.k = k;
            this.timeLimit = timeLimitMillis;
            for (int t = 0; t < S; t++) soft[t] = softTargets == null ? Long.MIN_VALUE : Math.max(softTargets[t], in.hard[t]);
            this.choice = new int[in.freeCells];
        }

        byte[] round(Solved s) {
            double[] x = s.x;
            List<Integer> fractional = new ArrayList<>();
            System.arraycopy(in.fixedTotals, 0, state, 0, S);
            for (int f = 0; f < in.freeCells; f++) {
                int best = in.first[f];
                for (int j = in.first[f]; j < in.first[f + 1]; j++) if (x[j] > x[best]) best = j;
                choice[f] = best;
                add(best, 1);
                if (x[best] < WHOLE) fractional.add(f);
            }
            exhaustive(fractional, x);
            localSearch();
            Score incumbent = score(state);
            if (incumbent.hard == 0 && incumbent.soft > 0) {
                // the ε levels are out of reach of whole cells: hold the levels this allocation reaches instead, so
                // that the point is still the best carbon (as far as proven or searched) at its own levels
                for (int t = 0; t < S; t++) if (soft[t] != Long.MIN_VALUE) soft[t] = Math.min(soft[t], state[t]);
                incumbent = score(state);
            }
            exact(s.duals);
            byte[] genome = in.fixedChoice.clone();
            for (int f = 0; f < in.freeCells; f++) genome[in.freeCell[f]] = (byte) in.option[choice[f]];
            return genome;
        }

        private double scaled(int j, int t) {
            return in.value[j * S + t] / (double) LandUseData.SCALE / Math.max(Math.abs(in.reference[t]), 1e-6);
        }

        /** Reduced-cost fixing and a MILP over the options left (see the class comment). */
        private void exact(double[] duals) {
            long[] req = new long[S];
            double[] b = new double[S];
            for (int t = 0; t < S; t++) {
                req[t] = Math.max(in.hard[t], soft[t]);
                b[t] = (req[t] - in.fixedTotals[t]) / (double) LandUseData.SCALE / Math.max(Math.abs(in.reference[t]), 1e-6);
            }
            double z = (state[k] - in.fixedTotals[k]) / (double) LandUseData.SCALE / Math.max(Math.abs(in.reference[k]), 1e-6);
            // any λ ≥ 0 gives a valid bound; take the duals under either sign convention, whichever bounds tighter
            double[] lambda = null;
            double bound = Double.POSITIVE_INFINITY;
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] l = new double[S];
                for (int t = 0; t < S; t++) l[t] = Math.max(0, sign * duals[t]);
                double L = lagrangian(l, b, null);
                if (L < bound) {
                    bound = L;
                    lambda = l;
                }
            }
            double[] loss = new double[in.variables()];
            lagrangian(lambda, b, loss);
            Score incumbent = score(state);
            // without a feasible incumbent nothing can be fixed: every option stays open
            double threshold = incumbent.hard == 0 && incumbent.soft == 0 ? Math.max(0, bound - z) + 1e-10 : Double.POSITIVE_INFINITY;
            List<Integer> open = new ArrayList<>();
            int vars = 0;
            for (int f = 0; f < in.freeCells; f++) {
                int n = 0;
                for (int j = in.first[f]; j < in.first[f + 1]; j++) if (loss[j] <= threshold) n++;
                if (n > 1) {
                    open.add(f);
                    vars += n;
                }
            }
            milpVariables = vars;
            if (vars > MILP_LIMIT) {
                pairSearch(loss, threshold);
                return;
            }
            if (open.isEmpty()) { // every cell has one possible option: the incumbent is optimal
                proven = true;
                return;
            }
            long[] constant = state.clone();
            for (int f : open) for (int t = 0; t < S; t++) constant[t] -= in.value[choice[f] * S + t];
            try (LinearProgram mip = LinearProgram.mip()) {
                mip.solverParameters("limits/gap = 0\nlimits/absgap = 0\nnumerics/feastol = 1e-9\n");
                List<Integer> var = new ArrayList<>();
                int[] rows = new int[S];
                for (int t = 0; t < S; t++) {
                    double scale = Math.max(Math.abs(in.reference[t]), 1e-6);
                    rows[t] = mip.row("s" + t, (req[t] - constant[t]) / (double) LandUseData.SCALE / scale, LinearProgram.INFINITY);
                }
                mip.objective(true);
                for (int f : open) {
                    int row = mip.row("cell" + f, 1, 1);
                    for (int j = in.first[f]; j < in.first[f + 1]; j++) {
                        if (loss[j] > threshold) continue;
                        int v = mip.binary("x" + j);
                        var.add(j);
                        mip.coefficient(row, v, 1);
                        for (int t = 0; t < S; t++) mip.coefficient(rows[t], v, scaled(j, t));
                        mip.objectiveCoefficient(v, scaled(j, k));
                    }
                }
                LinearProgram.Solution sol = mip.solve(timeLimit > 0 ? Math.min(timeLimit, 10_000) : 10_000);
                if (!sol.ok()) return;
                int[] saved = choice.clone();
                long[] savedState = state.clone();
                Score before = score(state);
                for (int v = 0; v < var.size(); v++) {
                    if (sol.value(v) > 0.5) {
                        int j = var.get(v);
                        int f = cellOf(j);
                        add(choice[f], -1);
                        choice[f] = j;
                        add(j, 1);
                    }
                }
                Score after = score(state);
                if (after.hard == 0 && after.soft == 0 && !better(before, after)) {
                    proven = sol.status() == LinearProgram.Status.OPTIMAL;
                } else { // solver tolerance let a row slip: keep the incumbent
                    System.arraycopy(saved, 0, choice, 0, choice.length);
                    System.arraycopy(savedState, 0, state, 0, S);
                }
            }
        }

        /**
         * Best-improvement search over pairs of single-cell changes drawn from the open options with the smallest
         * Lagrangian loss (a pair can trade a shortfall one change opens against another's gain).
         */
        private void pairSearch(double[] loss, double threshold) {
            Integer[] open = java.util.stream.IntStream.range(0, in.variables())
                    .filter(j -> loss[j] <= threshold).boxed().toArray(Integer[]::new);
            Arrays.sort(open, (a, b) -> Double.compare(loss[a], loss[b]));
            int[] cand = new int[Math.min(open.length, PAIR_CANDIDATES)];
            int[] cell = new int[cand.length];
            for (int i = 0; i < cand.length; i++) {
                cand[i] = open[i];
                cell[i] = cellOf(cand[i]);
            }
            long[] cur = new long[S], one = new long[S];
            for (int step = 0; step < LOCAL_SEARCH_STEPS; step++) {
                Score bestScore = score(state);
                int bestA = -1, bestB = -1;
                for (int a = 0; a < cand.length; a++) {
                    int fa = cell[a], ja = cand[a];
                    if (choice[fa] == ja) continue;
                    for (int t = 0; t < S; t++) one[t] = state[t] + in.value[ja * S + t] - in.value[choice[fa] * S + t];
                    for (int b = a + 1; b < cand.length; b++) {
                        int fb = cell[b], jb = cand[b];
                        if (fb == fa || choice[fb] == jb) continue;
                        for (int t = 0; t < S; t++) cur[t] = one[t] + in.value[jb * S + t] - in.value[choice[fb] * S + t];
                        Score score = score(cur);
                        if (better(score, bestScore)) {
                            bestScore = score;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
                if (bestA < 0) return;
                for (int m : new int[] {bestA, bestB}) {
                    add(choice[cell[m]], -1);
                    choice[cell[m]] = cand[m];
                    add(cand[m], 1);
                }
                localSearch();
            }
        }

        private int cellOf(int j) {
            int lo = 0, hi = in.freeCells - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (in.first[mid] <= j) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }

        /** L(λ); when {@code loss} is given, fills it with ℓ per variable. */
        private double lagrangian(double[] lambda, double[] b, double[] loss) {
            double sum = 0;
            double[] val = new double[in.options()];
            for (int f = 0; f < in.freeCells; f++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int j = in.first[f]; j < in.first[f + 1]; j++) {
                    double v = scaled(j, k);
                    for (int t = 0; t < S; t++) v += lambda[t] * scaled(j, t);
                    val[j - in.first[f]] = v;
                    best = Math.max(best, v);
                }
                sum += best;
                if (loss != null) for (int j = in.first[f]; j < in.first[f + 1]; j++) loss[j] = best - val[j - in.first[f]];
            }
            for (int t = 0; t < S; t++) sum -= lambda[t] * b[t];
            return sum;
        }

        private void add(int j, int sign) {
            for (int t = 0; t < S; t++) state[t] += sign * in.value[j * S + t];
        }

        /** Assigns the fractional cells by trying every combination of their options (or of their LP support). */
        private void exhaustive(List<Integer> fractional, double[] x) {
            if (fractional.isEmpty()) return;
            int n = fractional.size();
            int[][] opts = new int[n][];
            long combos = 1;
            for (int i = 0; i < n; i++) {
                int f = fractional.get(i);
                opts[i] = java.util.stream.IntStream.range(in.first[f], in.first[f + 1]).toArray();
                combos = Math.min(Long.MAX_VALUE / 16, combos * opts[i].length);
            }
            if (combos > EXHAUSTIVE) {
                combos = 1;
                for (int i = 0; i < n; i++) {
                    opts[i] = Arrays.stream(opts[i]).filter(j -> x[j] > 1e-9).toArray();
                    combos = Math.min(Long.MAX_VALUE / 16, combos * opts[i].length);
                }
                if (combos > EXHAUSTIVE) return; // keep the largest shares; the local search does the rest
            }
            for (int i = 0; i < n; i++) add(choice[fractional.get(i)], -1);
            long[] base = state.clone();
            int[] idx = new int[n];
            int[] best = new int[n];
            Score bestScore = null;
            long[] cur = new long[S];
            while (true) {
                System.arraycopy(base, 0, cur, 0, S);
                for (int i = 0; i < n; i++) {
                    int j = opts[i][idx[i]];
                    for (int t = 0; t < S; t++) cur[t] += in.value[j * S + t];
                }
                Score score = score(cur);
                if (bestScore == null || better(score, bestScore)) {
                    bestScore = score;
                    for (int i = 0; i < n; i++) best[i] = opts[i][idx[i]];
                }
                int i = 0;
                while (i < n && ++idx[i] == opts[i].length) idx[i++] = 0;
                if (i == n) break;
            }
            for (int i = 0; i < n; i++) {
                choice[fractional.get(i)] = best[i];
                add(best[i], 1);
            }
        }

        /** Best-improvement single-cell changes until no change improves the score. */
        private void localSearch() {
            long[] cur = new long[S];
            for (int step = 0; step < LOCAL_SEARCH_STEPS; step++) {
                Score bestScore = score(state);
                int bestF = -1, bestJ = -1;
                for (int f = 0; f < in.freeCells; f++) {
                    int from = choice[f];
                    for (int j = in.first[f]; j < in.first[f + 1]; j++) {
                        if (j == from) continue;
                        for (int t = 0; t < S; t++) cur[t] = state[t] + in.value[j * S + t] - in.value[from * S + t];
                        Score score = score(cur);
                        if (better(score, bestScore)) {
                            bestScore = score;
                            bestF = f;
                            bestJ = j;
                        }
                    }
                }
                if (bestF < 0) return;
                add(choice[bestF], -1);
                choice[bestF] = bestJ;
                add(bestJ, 1);
            }
        }

        private Score score(long[] totals) {
            double hardShort = 0, softShort = 0;
            for (int t = 0; t < S; t++) {
                if (totals[t] < in.hard[t]) hardShort += (double) (in.hard[t] - totals[t]) / Math.max(Math.abs(in.hard[t]), 1L);
                if (totals[t] < soft[t]) softShort += (double) (soft[t] - totals[t]) / Math.max(Math.abs(soft[t]), 1L);
            }
            return new Score(hardShort, softShort, totals[k]);
        }

        private static boolean better(Score a, Score b) {
            if (a.hard != b.hard) return a.hard < b.hard;
            if (a.soft != b.soft) return a.soft < b.soft;
            return a.objective > b.objective;
        }

        /** Shortfall below the hard targets, below the soft ones, objective (exact): compared in that order. */
        private record Score(double hard, double soft, long objective) {
        }
    }
}
