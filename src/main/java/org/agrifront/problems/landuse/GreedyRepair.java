package org.agrifront.problems.landuse;

import java.util.Arrays;

import org.agrifront.core.Repair;
import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * Greedy feasibility repair: while some service total is below its target, change the cells whose best change of
 * land use buys the most of the missing services per unit of objective lost (all services relative to their
 * targets), never pushing a satisfied service below its target. Passes over the cells in order of that ratio until
 * the allocation is feasible or no change helps (then it stays as close as it got). Deterministic; draws no random
 * numbers. Used where the hierarchy moves from the relaxed unit level to the cell level, and as the problem's
 * repair ({@code --constraint-handling repair}).
 */
final class GreedyRepair implements Repair<byte[]> {
    static final int MAX_PASSES = 50;
    private final LandUseData data;
    private final long[] target;
    private final double[] scale; // 1 / |target|

    GreedyRepair(LandUseData data, long[] target) {
        this.data = data;
        this.target = target.clone();
        this.scale = new double[target.length];
        for (int s = 0; s < target.length; s++) scale[s] = 1.0 / Math.max(1L, Math.abs(target[s]));
    }

    @Override
    public void repair(byte[] genes) {
        int n = genes.length, k = data.options();
        long[] total = new long[LandUseData.SERVICES];
        for (Service s : Service.values()) total[s.ordinal()] = data.total(genes, s);
        long[] raw = data.rawValues();
        double[] ratio = new double[n];
        int[] move = new int[n];
        Integer[] order = new Integer[n];
        for (int pass = 0; pass < MAX_PASSES && !feasible(total); pass++) {
            double[] deficit = new double[LandUseData.SERVICES];
            for (int s = 0; s < deficit.length; s++) deficit[s] = Math.max(0, target[s] - total[s]) * scale[s];
            for (int c = 0; c < n; c++) {
                ratio[c] = 0;
                move[c] = -1;
                int cur = (c * k + genes[c]) * LandUseData.SERVICES;
                for (int o = 0; o < k; o++) {
                    if (o == genes[c]) continue;
                    int b = (c * k + o) * LandUseData.SERVICES;
                    double gain = 0, loss = 0;
                    boolean allowed = true;
                    for (int s = 0; s < LandUseData.SERVICES; s++) {
                        long d = raw[b + s] - raw[cur + s];
                        if (deficit[s] > 0) {
                            if (d > 0) gain += Math.min(d * scale[s], deficit[s]);
                            else loss += -d * scale[s];
                        } else if (d < 0) {
                            if (total[s] + d < target[s]) allowed = false;
                            if (s < 3) loss += -d * scale[s];
                        }
                    }
                    if (!allowed || gain <= 0) continue;
                    double r = gain / (loss + 1e-12);
                    if (r > ratio[c]) {
                        ratio[c] = r;
                        move[c] = o;
                    }
                }
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> Double.compare(ratio[b], ratio[a]) != 0 ? Double.compare(ratio[b], ratio[a]) : Integer.compare(a, b));
            boolean changed = false;
            for (int i = 0; i < n && !feasible(total); i++) {
                int c = order[i], o = move[c];
                if (o < 0) break;
                int cur = (c * k + genes[c]) * LandUseData.SERVICES, b = (c * k + o) * LandUseData.SERVICES;
                boolean helps = false, allowed = true;
                for (int s = 0; s < LandUseData.SERVICES; s++) {
                    long d = raw[b + s] - raw[cur + s];
                    if (total[s] < target[s] && d > 0) helps = true;
                    if (total[s] >= target[s] && total[s] + d < target[s]) allowed = false;
                }
                if (!helps || !allowed) continue;
                for (int s = 0; s < LandUseData.SERVICES; s++) total[s] += raw[b + s] - raw[cur + s];
                genes[c] = (byte) o;
                changed = true;
            }
            if (!changed) return;
        }
    }

    /**
     * Spends the slack of a feasible allocation on the weighted objective {@code Σ w_s · total_s / target_s}
     * (services 0–2): passes over the cells in order of weighted gain per share of the slack it uses, applying
     * every change that keeps all four services at or above target. Does nothing to an infeasible allocation.
     */
    void improve(byte[] genes, double[] w) {
        int n = genes.length, k = data.options();
        long[] total = new long[LandUseData.SERVICES];
        for (Service s : Service.values()) total[s.ordinal()] = data.total(genes, s);
        if (!feasible(total)) return;
        long[] raw = data.rawValues();
        double[] ratio = new double[n];
        int[] move = new int[n];
        Integer[] order = new Integer[n];
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            for (int c = 0; c < n; c++) {
                ratio[c] = 0;
                move[c] = -1;
                order[c] = c;
                int cur = (c * k + genes[c]) * LandUseData.SERVICES;
                for (int o = 0; o < k; o++) {
                    if (o == genes[c]) continue;
                    int b = (c * k + o) * LandUseData.SERVICES;
                    double gain = 0, cost = 0;
                    boolean allowed = true;
                    for (int s = 0; s < LandUseData.SERVICES; s++) {
                        long d = raw[b + s] - raw[cur + s];
                        if (s < 3) gain += w[s] * d * scale[s];
                        if (d < 0) {
                            long slack = total[s] - target[s];
                            if (-d > slack) allowed = false;
                            else cost += (double) -d / Math.max(1L, slack);
                        }
                    }
                    if (!allowed || gain <= 0) continue;
                    double r = gain / (cost + 1e-12);
                    if (r > ratio[c]) {
                        ratio[c] = r;
                        move[c] = o;
                    }
                }
            }
            Arrays.sort(order, (a, b) -> Double.compare(ratio[b], ratio[a]) != 0 ? Double.compare(ratio[b], ratio[a]) : Integer.compare(a, b));
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int c = order[i], o = move[c];
                if (o < 0) break;
                int cur = (c * k + genes[c]) * LandUseData.SERVICES, b = (c * k + o) * LandUseData.SERVICES;
                boolean allowed = true;
                double gain = 0;
                for (int s = 0; s < LandUseData.SERVICES; s++) {
                    long d = raw[b + s] - raw[cur + s];
                    if (total[s] + d < target[s]) allowed = false;
                    if (s < 3) gain += w[s] * d * scale[s];
                }
                if (!allowed || gain <= 0) continue;
                for (int s = 0; s < LandUseData.SERVICES; s++) total[s] += raw[b + s] - raw[cur + s];
                genes[c] = (byte) o;
                changed = true;
            }
            if (!changed) return;
        }
    }

    private boolean feasible(long[] total) {
        for (int s = 0; s < total.length; s++) if (total[s] < target[s]) return false;
        return true;
    }
}
