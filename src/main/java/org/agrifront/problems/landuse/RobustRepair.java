package org.agrifront.problems.landuse;

import java.util.Arrays;

import org.agrifront.core.Repair;

/**
 * {@link GreedyRepair} over every scenario's targets at once: while some scenario misses a target, change the cells
 * whose best change buys the most of the missing totals per unit of objective lost (all totals relative to their
 * targets), never pushing a met target below itself. Deterministic; draws no random numbers; reads only the
 * service tables and the targets (a neutral start may use it).
 */
final class RobustRepair implements Repair<byte[]> {
    static final int MAX_PASSES = 50;
    private final long[] raw;
    private final long[] target;
    private final double[] scale;
    private final boolean[] objectiveColumn;
    private final int stride;
    private final int options;

    RobustRepair(RobustLandUseProblem p) {
        this.raw = p.rawValues();
        this.target = p.targets();
        this.stride = p.stride();
        this.options = p.options();
        this.scale = new double[stride];
        this.objectiveColumn = new boolean[stride];
        for (int t = 0; t < stride; t++) {
            scale[t] = 1.0 / Math.max(1L, Math.abs(target[t]));
            objectiveColumn[t] = t % RobustLandUseProblem.SV < RobustLandUseProblem.K;
        }
    }

    long[] totals(byte[] genes) {
        long[] total = new long[stride];
        for (int c = 0; c < genes.length; c++) {
            int b = (c * options + genes[c]) * stride;
            for (int t = 0; t < stride; t++) total[t] += raw[b + t];
        }
        return total;
    }

    boolean feasible(long[] total) {
        for (int t = 0; t < stride; t++) if (total[t] < target[t]) return false;
        return true;
    }

    @Override
    public void repair(byte[] genes) {
        int n = genes.length, k = options;
        long[] total = totals(genes);
        double[] ratio = new double[n];
        int[] move = new int[n];
        Integer[] order = new Integer[n];
        double[] deficit = new double[stride];
        for (int pass = 0; pass < MAX_PASSES && !feasible(total); pass++) {
            for (int t = 0; t < stride; t++) deficit[t] = Math.max(0, target[t] - total[t]) * scale[t];
            for (int c = 0; c < n; c++) {
                ratio[c] = 0;
                move[c] = -1;
                order[c] = c;
                int cur = (c * k + genes[c]) * stride;
                for (int o = 0; o < k; o++) {
                    if (o == genes[c]) continue;
                    int b = (c * k + o) * stride;
                    double gain = 0, loss = 0;
                    boolean allowed = true;
                    for (int t = 0; t < stride; t++) {
                        long d = raw[b + t] - raw[cur + t];
                        if (deficit[t] > 0) {
                            if (d > 0) gain += Math.min(d * scale[t], deficit[t]);
                            else loss += -d * scale[t];
                        } else if (d < 0) {
                            if (total[t] + d < target[t]) {
                                allowed = false;
                                break;
                            }
                            if (objectiveColumn[t]) loss += -d * scale[t];
                        }
                    }
                    if (!allowed || gain <= 0) continue;
                    double r = gain / (loss + 1e-12);
                    if (r > ratio[c]) {
                        ratio[c] = r;
                        move[c] = o;
                    }
                }
            }
            Arrays.sort(order, (a, b) -> Double.compare(ratio[b], ratio[a]) != 0 ? Double.compare(ratio[b], ratio[a]) : Integer.compare(a, b));
            boolean changed = false;
            for (int i = 0; i < n && !feasible(total); i++) {
                int c = order[i], o = move[c];
                if (o < 0) break;
                int cur = (c * k + genes[c]) * stride, b = (c * k + o) * stride;
                boolean helps = false, allowed = true;
                for (int t = 0; t < stride; t++) {
                    long d = raw[b + t] - raw[cur + t];
                    if (total[t] < target[t] && d > 0) helps = true;
                    if (total[t] >= target[t] && total[t] + d < target[t]) allowed = false;
                }
                if (!helps || !allowed) continue;
                for (int t = 0; t < stride; t++) total[t] += raw[b + t] - raw[cur + t];
                genes[c] = (byte) o;
                changed = true;
            }
            if (!changed) return;
        }
    }

    /**
     * Spends a feasible allocation's slack on {@code Σ_t w_t · total_t / |target_t|} ({@code w} per column, i.e.
     * scenario × service), applying in order of weighted gain per share of slack used every change that keeps all
     * targets. Nothing happens to an infeasible allocation.
     */
    void improve(byte[] genes, double[] w) {
        int n = genes.length, k = options;
        long[] total = totals(genes);
        if (!feasible(total)) return;
        double[] ratio = new double[n];
        int[] move = new int[n];
        Integer[] order = new Integer[n];
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            for (int c = 0; c < n; c++) {
                ratio[c] = 0;
                move[c] = -1;
                order[c] = c;
                int cur = (c * k + genes[c]) * stride;
                for (int o = 0; o < k; o++) {
                    if (o == genes[c]) continue;
                    int b = (c * k + o) * stride;
                    double gain = 0, cost = 0;
                    boolean allowed = true;
                    for (int t = 0; t < stride; t++) {
                        long d = raw[b + t] - raw[cur + t];
                        gain += w[t] * d * scale[t];
                        if (d < 0) {
                            long slack = total[t] - target[t];
                            if (-d > slack) {
                                allowed = false;
                                break;
                            }
                            cost += (double) -d / Math.max(1L, slack);
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
                int cur = (c * k + genes[c]) * stride, b = (c * k + o) * stride;
                boolean allowed = true;
                double gain = 0;
                for (int t = 0; t < stride; t++) {
                    long d = raw[b + t] - raw[cur + t];
                    if (total[t] + d < target[t]) allowed = false;
                    gain += w[t] * d * scale[t];
                }
                if (!allowed || gain <= 0) continue;
                for (int t = 0; t < stride; t++) total[t] += raw[b + t] - raw[cur + t];
                genes[c] = (byte) o;
                changed = true;
            }
            if (!changed) return;
        }
    }
}
