package org.agrifront.problems.croplivestock;

import org.agrifront.core.Sense;

/**
 * The balanced compromise of a front: the member closest (Euclidean) to the ideal point after each objective is
 * turned into minimisation and scaled to [0, 1] by its range over the eligible members. The paper reports its
 * Pareto scheme with all indicators weighted alike; on an evolutionary front the member nearest the ideal point is
 * the corresponding "no objective preferred" choice. Ties go to the lowest index.
 */
public final class Compromise {
    private Compromise() {
    }

    /**
     * Index of the compromise among {@code objectives} (rows in natural units and senses), considering only rows
     * with {@code eligible[r]} (e.g. feasible ones); all rows when none is eligible. -1 for an empty front.
     */
    public static int knee(double[][] objectives, Sense[] senses, boolean[] eligible) {
        int rows = objectives.length;
        if (rows == 0) return -1;
        boolean any = false;
        for (boolean e : eligible) any |= e;
        int m = senses.length;
        double[] lo = new double[m], hi = new double[m];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            if (any && !eligible[r]) continue;
            for (int k = 0; k < m; k++) {
                double v = senses[k].toMinimization(objectives[r][k]);
                lo[k] = Math.min(lo[k], v);
                hi[k] = Math.max(hi[k], v);
            }
        }
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            if (any && !eligible[r]) continue;
            double d = 0;
            for (int k = 0; k < m; k++) {
                double range = hi[k] - lo[k];
                double z = range > 0 ? (senses[k].toMinimization(objectives[r][k]) - lo[k]) / range : 0;
                d += z * z;
            }
            if (d < bestD) {
                bestD = d;
                best = r;
            }
        }
        return best;
    }
}
