package org.agrifront.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Problem;
import org.agrifront.problems.allocation.AllocationData;
import org.agrifront.problems.allocation.AllocationProblem;
import org.agrifront.problems.allocation.Rows;

/**
 * Exact bounds of a user's allocation problem ({@link AllocationProblem}) as a MILP (SCIP), or its LP relaxation
 * (GLOP) with {@code --relaxed}.
 * <p>
 * <b>Model.</b> {@code x[c,o] ∈ {0,1}} for every allowed option of a cell with more than one, {@code Σ_o x[c,o] = 1}
 * per cell; each constraint bound is a row {@code Σ sign·v(c,o)·x[c,o] ≥ bound}, divided by |bound| so every row is of
 * order 1 for the solver's tolerances; objectives are divided by their normaliser (baseline total or span).
 * <p>
 * <b>Optima.</b> Each objective alone, plus {@value #TIE_BREAK} × the other normalised objectives so an optimum is not
 * dominated by another allocation of (almost) the same value. SCIP stops at a relative gap of {@value #GAP} or the
 * time limit; the status says which (OPTIMAL or FEASIBLE) and {@code gap} how far from the proven bound.
 * Options of a cell dominated by another of its options in every objective and constraint direction are left out:
 * an optimum never needs them.
 * <p>
 * <b>Reference front.</b> ε-constraint: optimise the first objective with every other objective held at a level of a
 * grid between its value at the first objective's optimum and its own optimum ({@code levels^(m-1)} ≥ the points
 * asked for). The MILP solutions are evaluated by the problem itself and filtered to the feasible non-dominated ones.
 */
public final class AllocationModel implements ExactModel {
    /** Weight of the other (normalised) objectives beside the one optimised: breaks ties towards non-dominated optima. */
    static final double TIE_BREAK = 1e-6;
    /** SCIP's relative gap limit: an optimum within this share of the proven bound counts as solved. */
    static final double GAP = 1e-5;

    @Override
    public boolean supports(Problem<?> problem) {
        return problem instanceof AllocationProblem;
    }

    @Override
    public BoundsResult solve(Problem<?> problem, BoundsOptions options) {
        AllocationProblem p = (AllocationProblem) problem;
        long t0 = System.nanoTime();
        try (Model model = new Model(p, options)) {
            int m = p.numberOfObjectives();
            List<ExactPoint> optima = new ArrayList<>();
            double[][] payoff = new double[m][];
            for (int k = 0; k < m; k++) {
                Model.Result r = model.optimise(k, null);
                optima.add(r.point("max".equals(p.objectives().get(k).sense().label()) ? "max " + p.objectives().get(k).name()
                        : "min " + p.objectives().get(k).name()));
                payoff[k] = r.normalised;
            }
            List<ExactPoint> grid = new ArrayList<>();
            int levels = 0, skipped = 0;
            if (m >= 2 && Arrays.stream(payoff).allMatch(x -> x != null)) {
                levels = 2;
                while (Math.pow(levels, m - 1) < options.frontPoints()) levels++;
                int[] idx = new int[m - 1];
                for (long count = (long) Math.pow(levels, m - 1), g = 0; g < count; g++) {
                    long rest = g;
                    double[] eps = new double[m];
                    Arrays.fill(eps, Double.NEGATIVE_INFINITY);
                    StringBuilder label = new StringBuilder("eps");
                    for (int i = 1; i < m; i++) {
                        idx[i - 1] = (int) (rest % levels);
                        rest /= levels;
                        double lo = payoff[0][i], hi = payoff[i][i];
                        eps[i] = lo + (hi - lo) * idx[i - 1] / (levels - 1);
                        label.append(' ').append(p.objectives().get(i).name()).append(' ').append(idx[i - 1]);
                    }
                    Model.Result r = model.optimise(0, eps);
                    if (r.normalised == null) {
                        skipped++;
                        continue;
                    }
                    grid.add(r.point(label.toString()));
                }
            }
            List<ExactPoint> front = Bounds.nondominated(p, grid);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("model", "x[c,o] " + (options.integral() ? "binary" : "in [0,1]") + " per allowed option, sum_o x[c,o] = 1 per cell, "
                    + "one row per constraint bound (divided by |bound|), objectives divided by their baseline total or span");
            meta.put("solver", options.integral() ? "OR-Tools SCIP (MILP)" : "OR-Tools GLOP (LP relaxation: objectives are LP values, no genomes)");
            meta.put("optima", "each objective alone plus " + TIE_BREAK + " x the other normalised objectives; relative gap limit " + GAP);
            meta.put("dominatedOptionsDropped", model.dropped);
            meta.put("cells", p.data().cells());
            meta.put("variables", model.lp.variables());
            meta.put("rows", model.lp.rows());
            meta.put("frontMethod", m < 2 ? "none (one objective)" : "epsilon-constraint on " + p.objectives().get(0).name()
                    + ", " + levels + " levels per other objective between its value at that optimum and its own optimum");
            meta.put("frontGridPoints", grid.size() + skipped);
            meta.put("frontGridSkipped", skipped);
            meta.put("frontNondominatedFeasible", front.size());
            meta.put("solves", model.solves);
            meta.put("seconds", (System.nanoTime() - t0) / 1e9);
            return new BoundsResult(optima, front, meta);
        }
    }

    /** The MILP/LP of one problem, reused across solves. */
    static final class Model implements AutoCloseable {
        final AllocationProblem p;
        final AllocationData data;
        final Rows rows;
        final LinearProgram lp;
        final BoundsOptions options;
        final int[] varCell;
        final int[] varOption;
        final int[] objectiveRow; // one row per objective, for ε levels and lexicographic holds
        final double[][] objectiveCoefficients; // per objective, per variable
        final double[] objectiveConstant; // per objective: the constant cells' part (normalised)
        int solves;
        int dropped;
        final boolean[] useful;

        Model(AllocationProblem p, BoundsOptions options) {
            this.p = p;
            this.data = p.data();
            this.rows = p.rows();
            this.options = options;
            this.lp = options.integral() ? LinearProgram.mip() : LinearProgram.lp();
            if (options.integral()) lp.solverParameters("limits/gap = " + GAP + "\n");
            int n = data.cells(), k = data.optionCount();
            this.useful = undominated();
            List<int[]> vars = new ArrayList<>();
            long[] constant = new long[rows.states()];
            int[] table = rows.stateTable();
            for (int c = 0; c < n; c++) {
                int allowed = 0, only = -1;
                for (int o = 0; o < k; o++) if (useful[c * k + o]) { allowed++; only = o; }
                if (allowed == 1) {
                    for (int s = 0; s < constant.length; s++) constant[s] += data.value(table[s], c, only);
                    continue;
                }
                int row = lp.row("cell " + c, 1, 1);
                for (int o = 0; o < k; o++) {
                    if (!useful[c * k + o]) continue;
                    int v = options.integral() ? lp.binary("x" + c + "_" + o) : lp.variable("x" + c + "_" + o, 0, 1);
                    lp.coefficient(row, v, 1);
                    vars.add(new int[] {c, o});
                }
            }
            varCell = vars.stream().mapToInt(a -> a[0]).toArray();
            varOption = vars.stream().mapToInt(a -> a[1]).toArray();
            for (int j = 0; j < rows.rows(); j++) {
                int s = rows.rowState()[j], sign = rows.rowSign()[j];
                double scale = rows.rowScale()[j];
                double rhs = (rows.rowBound()[j] - sign * (double) constant[s]) * scale;
                int row = lp.row("constraint " + j, rhs, LinearProgram.INFINITY);
                for (int v = 0; v < varCell.length; v++) {
                    double a = sign * (double) data.value(table[s], varCell[v], varOption[v]) * scale;
                    if (a != 0) lp.coefficient(row, v, a);
                }
            }
            int m = p.numberOfObjectives();
            objectiveRow = new int[m];
            objectiveCoefficients = new double[m][varCell.length];
            objectiveConstant = new double[m];
            for (int i = 0; i < m; i++) {
                int s = rows.objectiveState()[i], sign = rows.objectiveSign()[i];
                double norm = rows.objectiveNorm()[i];
                objectiveConstant[i] = sign * constant[s] / norm;
                objectiveRow[i] = lp.row("objective " + i, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
                for (int v = 0; v < varCell.length; v++) {
                    double a = sign * (double) data.value(table[s], varCell[v], varOption[v]) / norm;
                    objectiveCoefficients[i][v] = a;
                    if (a != 0) lp.coefficient(objectiveRow[i], v, a);
                }
            }
        }

        /**
         * Allowed options not dominated within their cell: an option is dropped when another allowed option is at
         * least as good in every direction (each objective in its sense, each constraint row) and better in one, or
         * equal in all and earlier.
         */
        private boolean[] undominated() {
            int n = data.cells(), k = data.optionCount();
            List<int[]> dirs = new ArrayList<>(); // state, sign
            for (int i = 0; i < rows.objectiveState().length; i++) dirs.add(new int[] {rows.objectiveState()[i], rows.objectiveSign()[i]});
            for (int j = 0; j < rows.rows(); j++) dirs.add(new int[] {rows.rowState()[j], rows.rowSign()[j]});
            int[] table = rows.stateTable();
            boolean[] useful = new boolean[n * k];
            for (int c = 0; c < n; c++) {
                for (int o = 0; o < k; o++) {
                    if (!data.allowed(c, o)) continue;
                    boolean dominated = false;
                    for (int q = 0; q < k && !dominated; q++) {
                        if (q == o || !data.allowed(c, q)) continue;
                        boolean geq = true, better = false;
                        for (int[] d : dirs) {
                            long a = d[1] * data.value(table[d[0]], c, q), b = d[1] * data.value(table[d[0]], c, o);
                            if (a < b) geq = false;
                            if (a > b) better = true;
                        }
                        dominated = geq && (better || q < o);
                    }
                    useful[c * k + o] = !dominated;
                    if (dominated) dropped++;
                }
            }
            return useful;
        }

        /** One solve's outcome: the normalised objective vector (null when not solved), genome, status. */
        final class Result {
            double[] normalised;
            byte[] genome;
            double[] lpObjectives; // natural units, relaxed runs
            LinearProgram.Status status;
            double gap;
            double seconds;

            ExactPoint point(String label) {
                int m = p.numberOfObjectives();
                if (normalised == null) {
                    double[] nan = new double[m];
                    Arrays.fill(nan, Double.NaN);
                    double[] viol = new double[p.numberOfConstraints()];
                    Arrays.fill(viol, Double.NaN);
                    double[] out = new double[p.outputs().size()];
                    Arrays.fill(out, Double.NaN);
                    return new ExactPoint(label, nan, out, viol, null, status.name(), Double.NaN, seconds);
                }
                if (genome == null) {
                    double[] viol = new double[p.numberOfConstraints()];
                    double[] out = new double[p.outputs().size()];
                    Arrays.fill(out, Double.NaN);
                    return new ExactPoint(label, lpObjectives, out, viol, null, status.name(), 0.0, seconds);
                }
                double[] obj = new double[m], viol = new double[p.numberOfConstraints()], out = new double[p.outputs().size()];
                p.evaluate(genome, obj, viol);
                p.computeOutputs(genome, out);
                return new ExactPoint(label, obj, out, viol, genome, status.name(), gap, seconds);
            }
        }

        /** Optimises objective {@code k} with the others at least {@code eps} (normalised; null or -inf = free). */
        Result optimise(int k, double[] eps) {
            int m = p.numberOfObjectives();
            for (int i = 0; i < m; i++) {
                double lo = eps == null || i == k ? Double.NEGATIVE_INFINITY : eps[i] - objectiveConstant[i];
                lp.rowBounds(objectiveRow[i], lo, LinearProgram.INFINITY);
            }
            Result r = new Result();
            long t0 = System.nanoTime();
            // the others with a tiny weight break ties, so an optimum is not dominated by one of the same value
            double[][] weighted = new double[m][];
            for (int i = 0; i < m; i++) {
                weighted[i] = objectiveCoefficients[i].clone();
                if (i != k) for (int j = 0; j < weighted[i].length; j++) weighted[i][j] *= TIE_BREAK;
            }
            LinearProgram.Solution s = solveFor(weighted);
            r.status = s.status();
            r.seconds = (System.nanoTime() - t0) / 1e9;
            if (!s.ok()) return r;
            r.gap = s.gap();
            double[] x = s.values();
            r.normalised = new double[m];
            for (int i = 0; i < m; i++) {
                double v = objectiveConstant[i];
                for (int j = 0; j < x.length; j++) v += objectiveCoefficients[i][j] * x[j];
                r.normalised[i] = v;
            }
            if (options.integral()) {
                byte[] genes = new byte[data.cells()];
                double[] best = new double[data.cells()];
                Arrays.fill(best, -1);
                for (int c = 0; c < genes.length; c++) {
                    for (int o = 0; o < data.optionCount(); o++) if (useful[c * data.optionCount() + o]) genes[c] = (byte) o; // constant cells
                }
                for (int j = 0; j < x.length; j++) {
                    if (x[j] > best[varCell[j]]) {
                        best[varCell[j]] = x[j];
                        genes[varCell[j]] = (byte) varOption[j];
                    }
                }
                r.genome = genes;
                // the evaluated genome gives the exact normalised values for the front grid
                double[] obj = new double[m], viol = new double[p.numberOfConstraints()];
                p.evaluate(genes, obj, viol);
                for (int i = 0; i < m; i++) {
                    r.normalised[i] = rows.objectiveSign()[i] * obj[i] * data.scale(rows.stateTable()[rows.objectiveState()[i]])
                            / rows.objectiveNorm()[i];
                }
            } else {
                r.lpObjectives = new double[m];
                for (int i = 0; i < m; i++) {
                    r.lpObjectives[i] = rows.objectiveSign()[i] * r.normalised[i] * rows.objectiveNorm()[i]
                            / data.scale(rows.stateTable()[rows.objectiveState()[i]]);
                }
            }
            return r;
        }

        private LinearProgram.Solution solveFor(double[][] objectives) {
            lp.objective(true);
            for (int j = 0; j < varCell.length; j++) {
                double a = 0;
                for (double[] o : objectives) a += o[j];
                lp.objectiveCoefficient(j, a);
            }
            solves++;
            LinearProgram.Solution sol = lp.solve(options.timeLimitMillis());
            return sol;
        }

        @Override
        public void close() {
            lp.close();
        }
    }
}
