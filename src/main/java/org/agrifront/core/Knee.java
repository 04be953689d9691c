package org.agrifront.core;

import java.util.Arrays;

/**
 * The knee (compromise) of a front: the eligible member closest, in Euclidean distance, to the ideal point after
 * every objective is turned into minimisation and scaled to [0, 1] over the eligible members.
 *
 * <p>For objective {@code k} with minimisation-form values {@code v} ({@link Sense#toMinimization}), the scaled value
 * is {@code (v - min_k) / (max_k - min_k)}, with min and max over the eligible rows; the ideal point is then the
 * origin, so the knee is the row with the smallest {@code sqrt(sum_k z_k^2)}. An objective on which the eligible rows
 * do not vary contributes 0. Ties go to the lowest index. Every objective weighs the same: this is the "no objective
 * preferred" choice, not a trade-off-angle knee, and it depends on the front's extent (adding an extreme member can
 * move it).
 *
 * <pre>{@code
 * int k = Knee.index(objectives, Dominance.senses(problem), feasible);   // feasible members only
 * }</pre>
 */
public final class Knee {
    private Knee() {
    }

    /**
     * Index of the knee among the rows of {@code objectives} (natural units and senses) with {@code eligible[r]}
     * (typically: feasible), or -1 when no row is eligible.
     *
     * @throws IllegalArgumentException when a row's length differs from {@code senses.length}, the arrays' lengths
     *                                  differ, or an eligible value is NaN
     */
    public static int index(double[][] objectives, Sense[] senses, boolean[] eligible) {
        int rows = objectives.length, m = senses.length;
        if (eligible.length != rows) {
            throw new IllegalArgumentException(rows + " rows but " + eligible.length + " eligibility flags");
        }
        double[] lo = new double[m], hi = new double[m];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            if (objectives[r].length != m) {
                throw new IllegalArgumentException("row " + r + " has " + objectives[r].length + " objectives, expected " + m);
            }
            if (!eligible[r]) continue;
            for (int k = 0; k < m; k++) {
                double v = senses[k].toMinimization(objectives[r][k]);
                if (Double.isNaN(v)) throw new IllegalArgumentException("row " + r + ", objective " + k + " is NaN");
                lo[k] = Math.min(lo[k], v);
                hi[k] = Math.max(hi[k], v);
            }
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            if (!eligible[r]) continue;
            double d = squaredDistance(objectives[r], senses, lo, hi);
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    /** As {@link #index(double[][], Sense[], boolean[])} with every row eligible. */
    public static int index(double[][] objectives, Sense[] senses) {
        boolean[] all = new boolean[objectives.length];
        Arrays.fill(all, true);
        return index(objectives, senses, all);
    }

    /**
     * Squared Euclidean distance of one row to the ideal point in the scaled space defined by {@code lo} and
     * {@code hi} (squared: same order as the distance, without a rounding step that could create ties).
     */
    private static double squaredDistance(double[] row, Sense[] senses, double[] lo, double[] hi) {
        double s = 0;
        for (int k = 0; k < senses.length; k++) {
            double range = hi[k] - lo[k];
            double z = range > 0 ? (senses[k].toMinimization(row[k]) - lo[k]) / range : 0;
            s += z * z;
        }
        return s;
    }
}
