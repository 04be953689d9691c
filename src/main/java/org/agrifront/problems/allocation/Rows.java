package org.agrifront.problems.allocation;

/**
 * The linear structure of an allocation problem as the repair, the operators and the exact model see it. Totals
 * are held per "state" (one per value table the problem uses). Each constraint bound is a row
 * {@code sign × total[state] ≥ bound} in fixed point ({@code sign} −1 turns a maximum into a row of this form);
 * {@code scale} turns a row's shortfall into its share of the bound. Each objective is a direction
 * ({@code +1} max, {@code −1} min) on a state with a normaliser (its baseline total, or the table's span).
 */
public record Rows(int[] stateTable, int[] rowState, int[] rowSign, long[] rowBound, double[] rowScale, int[] rowConstraint,
            int[] objectiveState, int[] objectiveSign, double[] objectiveNorm) {

    public int states() {
        return stateTable.length;
    }

    public int rows() {
        return rowState.length;
    }

    /** Shortfall of row {@code j} for the given state totals (0 when satisfied), in fixed units. */
    public long shortfall(int j, long[] totals) {
        long v = rowSign[j] * totals[rowState[j]];
        return v >= rowBound[j] ? 0 : rowBound[j] - v;
    }

    public boolean feasible(long[] totals) {
        for (int j = 0; j < rowState.length; j++) if (shortfall(j, totals) > 0) return false;
        return true;
    }
}
