package org.agrifront.exact;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A linear (or mixed-integer) programme on OR-Tools: GLOP for LPs, SCIP for MILPs. Variables and rows are
 * addressed by index; the model can be re-solved after changing row bounds or the objective (ε-constraint sweeps
 * reuse one model and GLOP's warm start). Not thread-safe; one instance per thread.
 */
public final class LinearProgram implements AutoCloseable {
    /** Solver outcome. */
    public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNBOUNDED, ABNORMAL, NOT_SOLVED, MODEL_INVALID }

    public static final double INFINITY = Double.POSITIVE_INFINITY;
    private static volatile boolean loaded;

    private final MPSolver solver;
    private final boolean integer;
    private final List<MPVariable> variables = new ArrayList<>();
    private final List<MPConstraint> rows = new ArrayList<>();

    private LinearProgram(String solverId, boolean integer) {
        loadNatives();
        this.solver = MPSolver.createSolver(solverId);
        if (solver == null) throw new IllegalStateException("OR-Tools solver " + solverId + " is not available");
        this.integer = integer;
    }

    /** A continuous LP (GLOP). */
    public static LinearProgram lp() {
        return new LinearProgram("GLOP", false);
    }

    /** A mixed-integer programme (SCIP). */
    public static LinearProgram mip() {
        return new LinearProgram("SCIP", true);
    }

    /** Loads OR-Tools' native library once per process. */
    public static void loadNatives() {
        if (loaded) return;
        synchronized (LinearProgram.class) {
            if (!loaded) {
                Loader.loadNativeLibraries();
                loaded = true;
            }
        }
    }

    public boolean isInteger() {
        return integer;
    }

    /** Adds a continuous variable in [lo, hi]; returns its index. */
    public int variable(String name, double lo, double hi) {
        variables.add(solver.makeNumVar(lo, hi, name));
        return variables.size() - 1;
    }

    /** Adds an integer variable in [lo, hi] (MILP only). */
    public int integerVariable(String name, double lo, double hi) {
        if (!integer) throw new IllegalStateException("integer variables need LinearProgram.mip()");
        variables.add(solver.makeIntVar(lo, hi, name));
        return variables.size() - 1;
    }

    /** Adds a 0/1 variable (MILP only). */
    public int binary(String name) {
        return integerVariable(name, 0, 1);
    }

    public int variables() {
        return variables.size();
    }

    /** Adds a row {@code lo <= Σ a_j x_j <= hi} (use ±{@link #INFINITY} for one-sided); returns its index. */
    public int row(String name, double lo, double hi) {
        rows.add(solver.makeConstraint(toSolver(lo), toSolver(hi), name));
        return rows.size() - 1;
    }

    public int rows() {
        return rows.size();
    }

    public void coefficient(int row, int variable, double value) {
        rows.get(row).setCoefficient(variables.get(variable), value);
    }

    public void rowBounds(int row, double lo, double hi) {
        rows.get(row).setBounds(toSolver(lo), toSolver(hi));
    }

    public void variableBounds(int variable, double lo, double hi) {
        variables.get(variable).setBounds(toSolver(lo), toSolver(hi));
    }

    /** Clears the objective and sets its sense. */
    public void objective(boolean maximize) {
        MPObjective o = solver.objective();
        o.clear();
        if (maximize) o.setMaximization();
        else o.setMinimization();
    }

    public void objectiveCoefficient(int variable, double value) {
        solver.objective().setCoefficient(variables.get(variable), value);
    }

    /**
     * Passes solver-specific parameters in the solver's text format (GLOP: {@code glop.GlopParameters}, e.g.
     * {@code "use_dual_simplex: true"}); fails when the solver rejects them.
     */
    public void solverParameters(String text) {
        if (!solver.setSolverSpecificParametersAsString(text)) {
            throw new IllegalArgumentException("solver rejected the parameters: " + text);
        }
    }

    /** The dual value of a row after the last LP solve (OR-Tools' sign convention). */
    public double dual(int row) {
        return rows.get(row).dualValue();
    }

    /** Solves with an optional time limit (ms, 0 = none). */
    public Solution solve(long timeLimitMillis) {
        if (timeLimitMillis > 0) solver.setTimeLimit(timeLimitMillis);
        long t0 = System.nanoTime();
        MPSolver.ResultStatus rs = solver.solve();
        long nanos = System.nanoTime() - t0;
        Status status = switch (rs) {
            case OPTIMAL -> Status.OPTIMAL;
            case FEASIBLE -> Status.FEASIBLE;
            case INFEASIBLE -> Status.INFEASIBLE;
            case UNBOUNDED -> Status.UNBOUNDED;
            case ABNORMAL -> Status.ABNORMAL;
            case MODEL_INVALID -> Status.MODEL_INVALID;
            default -> Status.NOT_SOLVED;
        };
        double[] x = new double[variables.size()];
        double obj = Double.NaN, bound = Double.NaN;
        if (status == Status.OPTIMAL || status == Status.FEASIBLE) {
            for (int j = 0; j < x.length; j++) x[j] = variables.get(j).solutionValue();
            obj = solver.objective().value();
            bound = integer ? solver.objective().bestBound() : obj;
        }
        return new Solution(status, obj, bound, x, nanos);
    }

    public Solution solve() {
        return solve(0);
    }

    @Override
    public void close() {
        solver.delete();
    }

    private static double toSolver(double v) {
        if (v == Double.POSITIVE_INFINITY) return MPSolver.infinity();
        if (v == Double.NEGATIVE_INFINITY) return -MPSolver.infinity();
        return v;
    }

    /** A solve's outcome: status, objective value, best bound (MILP), variable values and solve time. */
    public record Solution(Status status, double objective, double bestBound, double[] values, long nanos) {
        public boolean ok() {
            return status == Status.OPTIMAL || status == Status.FEASIBLE;
        }

        public double value(int variable) {
            return values[variable];
        }

        /** Relative MILP gap |objective − bound| / max(1, |objective|); 0 for LPs. */
        public double gap() {
            if (!ok() || Double.isNaN(bestBound)) return Double.NaN;
            return Math.abs(objective - bestBound) / Math.max(1.0, Math.abs(objective));
        }
    }
}
