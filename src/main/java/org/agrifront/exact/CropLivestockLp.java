package org.agrifront.exact;

import java.util.ArrayList;
import java.util.List;

import org.agrifront.problems.croplivestock.Activity;
import org.agrifront.problems.croplivestock.Coefficients;
import org.agrifront.problems.croplivestock.CropLivestockProblem;
import org.agrifront.problems.croplivestock.QtpData;
import org.agrifront.problems.croplivestock.QtpEvaluator;
import org.agrifront.problems.croplivestock.Quantity;

/**
 * The linear programme of the crop-livestock problem (the seed paper's model, Methods eqs. 1–11) over exactly the
 * evolutionary encoding's decision space: one variable {@code y_v ∈ [0, 1]} per gene of
 * {@link CropLivestockProblem}, with {@code x_v = upper_v · y_v} hectares or heads. The cell capacity rows
 * (Σ crop y ≤ 1, Σ grazer y ≤ 1 per cell; chickens and pigs by their bounds) describe the set the genome decoder
 * reaches, and an LP solution is itself a genome ({@code y} = genes).
 * <p>
 * Rows (right-hand sides from {@link QtpEvaluator} under the nominal coefficients): per cell and pressure, the
 * agricultural load ≤ the room under the safe boundary; per pressure, the agricultural load of the protected and
 * high-conflict cells ≤ their count × today's protected mean − their non-agricultural load; per region and pressure, the load ≤ just allowance − non-agricultural load; per exorheic
 * basin, agricultural water ≤ today's; per basin, {@code N + 0.002·W ≤ 0.002·runoff − human N − 0.002·human W}
 * (the 2 mg/L concentration limit times surface water, linear) and the same for P with 0.0004; total output ≥
 * today's. A variable whose room is 0 for a pressure it contributes to is fixed at 0.
 * <p>
 * Each row is divided by its right-hand side (or largest coefficient) and tightened by {@value #MARGIN} of it, so
 * that the solver's feasibility tolerance cannot leave an excess the problem's evaluator would count; the optimum
 * moves by about that relative amount. Not thread-safe.
 */
public final class CropLivestockLp implements AutoCloseable {
    static final double MARGIN = 1e-6;
    private final CropLivestockProblem problem;
    private final LinearProgram lp;
    private final int nv;
    /** coef[k][v]: objective k per unit of y_v, natural units (objective order of the problem). */
    private final double[][] coef;
    private final double[] today;
    private final List<Integer> objectiveRows = new ArrayList<>();
    private int rows;

    public CropLivestockLp(CropLivestockProblem problem) {
        this.problem = problem;
        this.lp = LinearProgram.lp();
        this.nv = problem.variables();
        QtpData d = problem.data();
        QtpEvaluator ev = problem.evaluator();
        Coefficients c = d.nominal();
        this.today = ev.currentObjectives();
        coef = new double[QtpEvaluator.OBJECTIVES][nv];
        for (int v = 0; v < nv; v++) {
            int e = problem.entry(v);
            double u = problem.upper(v);
            for (int k = 0; k < Quantity.PRESSURES; k++) coef[k][v] = c.perUnit()[k][e] * u;
            coef[QtpEvaluator.CONFLICT][v] = c.conflictPerUnit()[e] * u;
            coef[QtpEvaluator.OUTPUT][v] = c.perUnit()[Quantity.OUTPUT.ordinal()][e] * u;
        }
        for (int v = 0; v < nv; v++) {
            int i = problem.cellOf(v);
            double hi = 1;
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                if (ev.room(k, i) <= 0 && coef[k][v] > 0) hi = 0;
            }
            lp.variable(problem.variableName(v), 0, hi);
        }
        buildRows(d, ev, c);
    }

    private void buildRows(QtpData d, QtpEvaluator ev, Coefficients c) {
        int n = d.cells();
        // group the variables by cell (they are stored cell by cell)
        int[] start = new int[n + 1];
        for (int v = 0, i = 0; i <= n; i++) {
            while (v < nv && problem.cellOf(v) < i) v++;
            start[i] = v;
        }
        for (int i = 0; i < n; i++) {
            List<Integer> crops = new ArrayList<>(), grazers = new ArrayList<>();
            for (int v = start[i]; v < start[i + 1]; v++) {
                Activity.Kind k = problem.activityOf(v).kind;
                if (k == Activity.Kind.CROP) crops.add(v);
                if (k == Activity.Kind.GRAZER) grazers.add(v);
            }
            if (crops.size() > 1) addRow(crops, unit(crops.size()), 1, false); // Σ crop y ≤ 1 (cropland)
            if (grazers.size() > 1) addRow(grazers, unit(grazers.size()), 1, false); // Σ grazer y ≤ 1 (biomass)
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                double room = ev.room(k, i);
                if (!(room > 0)) continue;
                List<Integer> vars = new ArrayList<>();
                List<Double> a = new ArrayList<>();
                double max = 0;
                for (int v = start[i]; v < start[i + 1]; v++) {
                    if (coef[k][v] > 0) {
                        vars.add(v);
                        a.add(coef[k][v]);
                        max += coef[k][v];
                    }
                }
                if (max > room) addRow(vars, toArray(a), room, false); // only rows that can bind
            }
        }
        for (int k = 0; k < Quantity.PRESSURES; k++) {
            double rhs = ev.maskedRoom(k);
            if (Double.isInfinite(rhs)) continue;
            List<Integer> vars = new ArrayList<>();
            List<Double> a = new ArrayList<>();
            for (int v = 0; v < nv; v++) {
                if (d.masked(problem.cellOf(v)) && coef[k][v] > 0) {
                    vars.add(v);
                    a.add(coef[k][v]);
                }
            }
            addRow(vars, toArray(a), rhs, false);
        }
        int regions = d.regions().size();
        for (int r = 0; r < regions; r++) {
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                List<Integer> vars = new ArrayList<>();
                List<Double> a = new ArrayList<>();
                for (int v = 0; v < nv; v++) {
                    if (d.region()[problem.cellOf(v)] == r && coef[k][v] > 0) {
                        vars.add(v);
                        a.add(coef[k][v]);
                    }
                }
                addRow(vars, toArray(a), d.regions().get(r).just()[k] - ev.regionHuman(k, r), false);
            }
        }
        for (int b = 0; b < d.basins().size(); b++) {
            List<Integer> vars = new ArrayList<>();
            for (int v = 0; v < nv; v++) if (d.basin()[problem.cellOf(v)] == b) vars.add(v);
            double[] w = new double[vars.size()], nn = new double[vars.size()], pp = new double[vars.size()];
            for (int j = 0; j < vars.size(); j++) {
                int v = vars.get(j);
                w[j] = coef[QtpEvaluator.WATER][v];
                nn[j] = coef[QtpEvaluator.N][v] + QtpEvaluator.N_LIMIT * w[j];
                pp[j] = coef[QtpEvaluator.P][v] + QtpEvaluator.P_LIMIT * w[j];
            }
            if (d.basins().get(b).exorheic()) addRow(vars, w, ev.basinCurrentWater(b), false);
            double runoff = c.runoff()[b], humanW = ev.basinHumanWater(b);
            addRow(vars, nn, QtpEvaluator.N_LIMIT * (runoff - humanW) - ev.basinHumanNutrient(b, 2), false);
            addRow(vars, pp, QtpEvaluator.P_LIMIT * (runoff - humanW) - ev.basinHumanNutrient(b, 3), false);
        }
        List<Integer> all = new ArrayList<>();
        for (int v = 0; v < nv; v++) all.add(v);
        addRow(all, coef[QtpEvaluator.OUTPUT], ev.currentOutput(), true);
    }

    private static double[] unit(int size) {
        double[] a = new double[size];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    private static double[] toArray(List<Double> a) {
        return a.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Adds {@code Σ a_j y_vars[j] ≤ rhs} (or ≥ when {@code atLeast}), scaled and tightened by {@link #MARGIN}. */
    private int addRow(List<Integer> vars, double[] a, double rhs, boolean atLeast) {
        double max = 0;
        for (double x : a) max = Math.max(max, Math.abs(x));
        double s = rhs != 0 ? Math.abs(rhs) : max > 0 ? max : 1;
        double bound = rhs / s + (atLeast ? MARGIN : -MARGIN) * Math.abs(rhs / s);
        int row = atLeast ? lp.row("r" + rows, bound, LinearProgram.INFINITY) : lp.row("r" + rows, -LinearProgram.INFINITY, bound);
        for (int j = 0; j < vars.size(); j++) if (a[j] != 0) lp.coefficient(row, vars.get(j), a[j] / s);
        rows++;
        return row;
    }

    public int rows() {
        return rows;
    }

    public int variables() {
        return nv;
    }

    /** Today's objective values (the normalisation of weighted sums). */
    public double[] today() {
        return today.clone();
    }

    /** Objective {@code k} of LP solution {@code y} in natural units. */
    public double objective(int k, double[] y) {
        double s = 0;
        for (int v = 0; v < nv; v++) s += coef[k][v] * y[v];
        return s;
    }

    /** Minimises {@code Σ_k weight_k · f_k / |today_k|} (see {@link #minimise(double[], double[], long)}). */
    public LinearProgram.Solution minimise(double[] weight, long timeLimitMillis) {
        return minimise(weight, todayScale(), timeLimitMillis);
    }

    /**
     * Minimises {@code Σ_k weight_k · f_k / scale_k} with objectives in minimisation form (output enters with a
     * minus sign). Returns the solution, or one with a non-OK status.
     */
    public LinearProgram.Solution minimise(double[] weight, double[] scale, long timeLimitMillis) {
        lp.objective(false);
        for (int v = 0; v < nv; v++) {
            double c = 0;
            for (int k = 0; k < weight.length; k++) {
                if (weight[k] == 0) continue;
                double sign = k == QtpEvaluator.OUTPUT ? -1 : 1;
                c += weight[k] * sign * coef[k][v] / scale[k];
            }
            lp.objectiveCoefficient(v, c);
        }
        return lp.solve(timeLimitMillis);
    }

    /** |today's value| of every objective (1 where today's is 0). */
    public double[] todayScale() {
        double[] s = new double[today.length];
        for (int k = 0; k < s.length; k++) s[k] = today[k] != 0 ? Math.abs(today[k]) : 1;
        return s;
    }

    /**
     * Adds (or moves) a row keeping objective {@code k} at least as good as {@code value} (for a lexicographic second
     * stage); returns the row index for {@link #release}.
     */
    public int hold(int k, double value) {
        double[] a = coef[k];
        List<Integer> all = new ArrayList<>();
        for (int v = 0; v < nv; v++) all.add(v);
        boolean max = k == QtpEvaluator.OUTPUT;
        double slack = 1e-7 * Math.abs(value);
        int row = addRow(all, a, max ? value - slack : value + slack, max);
        objectiveRows.add(row);
        return row;
    }

    /** Disables a row added by {@link #hold}. */
    public void release(int row) {
        lp.rowBounds(row, -LinearProgram.INFINITY, LinearProgram.INFINITY);
    }

    /** An LP solution as a genome: clipped to [0, 1], round-off below 1e-12 set to 0. */
    public static double[] genome(double[] y) {
        double[] g = new double[y.length];
        for (int v = 0; v < g.length; v++) g[v] = y[v] < 1e-12 ? 0 : Math.min(1, y[v]);
        return g;
    }

    @Override
    public void close() {
        lp.close();
    }
}
