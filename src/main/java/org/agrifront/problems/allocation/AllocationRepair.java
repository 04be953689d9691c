package org.agrifront.problems.allocation;

import java.util.Arrays;

import org.agrifront.core.Repair;

/**
 * Greedy feasibility repair: while some constraint row falls short, change the cells whose best change of option
 * buys the most of the missing rows (each relative to its bound) per unit of objective lost (each relative to its
 * normaliser), never pushing a satisfied row below its bound. Passes over the cells in order of that ratio until the
 * allocation is feasible or no change helps (then it stays as close as it got). Only allowed options are chosen.
 * Deterministic; draws no random numbers. The same rule as the land-use repair, for any number of value tables.
 */
final class AllocationRepair implements Repair<byte[]> {
    static final int MAX_PASSES = 50;
    private final AllocationData data;
    private final Rows rows;
    private final byte[][] allowedOptions;

    AllocationRepair(AllocationData data, Rows rows) {
        this.data = data;
        this.rows = rows;
        this.allowedOptions = data.allowedOptions();
    }

    long[] totals(byte[] genes) {
        long[] t = new long[rows.states()];
        for (int s = 0; s < t.length; s++) t[s] = data.total(rows.stateTable()[s], genes);
        return t;
    }

    @Override
    public void repair(byte[] genes) {
        int n = genes.length, k = data.optionCount(), m = rows.rows(), S = rows.states();
        if (m == 0) return;
        long[][] values = data.values();
        int[] table = rows.stateTable();
        long[] total = totals(genes);
        double[] ratio = new double[n];
        int[] move = new int[n];
        Integer[] order = new Integer[n];
        long[] d = new long[S];
        for (int pass = 0; pass < MAX_PASSES && !rows.feasible(total); pass++) {
            double[] deficit = new double[m];
            for (int j = 0; j < m; j++) deficit[j] = rows.shortfall(j, total) * rows.rowScale()[j];
            for (int c = 0; c < n; c++) {
                ratio[c] = 0;
                move[c] = -1;
                order[c] = c;
                int cur = c * k + genes[c];
                for (byte o : allowedOptions[c]) {
                    if (o == genes[c]) continue;
                    for (int s = 0; s < S; s++) d[s] = values[table[s]][c * k + o] - values[table[s]][cur];
                    double gain = 0, loss = 0;
                    boolean allowed = true;
                    for (int j = 0; j < m; j++) {
                        long dj = rows.rowSign()[j] * d[rows.rowState()[j]];
                        if (deficit[j] > 0) {
                            if (dj > 0) gain += Math.min(dj * rows.rowScale()[j], deficit[j]);
                            else loss += -dj * rows.rowScale()[j];
                        } else if (dj < 0 && rows.rowSign()[j] * total[rows.rowState()[j]] + dj < rows.rowBound()[j]) {
                            allowed = false;
                        }
                    }
                    if (!allowed || gain <= 0) continue;
                    loss += objectiveLoss(d);
                    double r = gain / (loss + 1e-12);
                    if (r > ratio[c]) {
                        ratio[c] = r;
                        move[c] = o;
                    }
                }
            }
            Arrays.sort(order, (a, b) -> ratio[a] != ratio[b] ? Double.compare(ratio[b], ratio[a]) : Integer.compare(a, b));
            boolean changed = false;
            for (int i = 0; i < n && !rows.feasible(total); i++) {
                int c = order[i], o = move[c];
                if (o < 0) break;
                int cur = c * k + genes[c];
                for (int s = 0; s < S; s++) d[s] = values[table[s]][c * k + o] - values[table[s]][cur];
                boolean helps = false, allowed = true;
                for (int j = 0; j < m; j++) {
                    long v = rows.rowSign()[j] * total[rows.rowState()[j]], dj = rows.rowSign()[j] * d[rows.rowState()[j]];
                    if (v < rows.rowBound()[j] && dj > 0) helps = true;
                    if (v >= rows.rowBound()[j] && v + dj < rows.rowBound()[j]) allowed = false;
                }
                if (!helps || !allowed) continue;
                for (int s = 0; s < S; s++) total[s] += d[s];
                genes[c] = (byte) o;
                changed = true;
            }
            if (!changed) return;
        }
    }

    /** Objective worsening of a change {@code d} of the state totals, each relative to its normaliser. */
    private double objectiveLoss(long[] d) {
        double loss = 0;
        int[] st = rows.objectiveState(), sign = rows.objectiveSign();
        for (int i = 0; i < st.length; i++) {
            long v = sign[i] * d[st[i]];
            if (v < 0) loss += -v / rows.objectiveNorm()[i];
        }
        return loss;
    }
}
