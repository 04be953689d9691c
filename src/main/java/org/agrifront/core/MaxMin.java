package org.agrifront.core;

/**
 * The max–min compromise of a front: the eligible member whose <em>worst</em> objective is best, each objective
 * scored either as its relative improvement over a reference (current) value, {@code (v − ref) / |ref|} with the
 * sign turned so that positive is better, or, without reference values, as its position between the worst (0) and
 * the best (1) eligible value. It favours balance (no objective left far behind); the knee ({@link Knee}) instead
 * minimises the distance to the ideal point over all objectives at once, so one objective may lag if the others
 * gain. Both are "no objective preferred" picks; they coincide on symmetric fronts and differ on skewed ones.
 * Ties go to the lowest index.
 */
public final class MaxMin {
    private MaxMin() {
    }

    /**
     * Index of the max–min compromise among the rows of {@code objectives} (natural units) with {@code eligible[r]},
     * scored against {@code reference} (natural values per objective, a NaN or 0 entry leaves that objective out; null
     * for range scaling), or
     * -1 when no row is eligible.
     */
    public static int index(double[][] objectives, Sense[] senses, boolean[] eligible, double[] reference) {
        int m = senses.length;
        if (reference != null && java.util.Arrays.stream(reference).allMatch(r -> Double.isNaN(r) || r == 0)) reference = null;
        double[] lo = new double[m], hi = new double[m];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < objectives.length; r++) {
            if (!eligible[r]) continue;
            for (int k = 0; k < m; k++) {
                double v = senses[k].toMinimization(objectives[r][k]);
                lo[k] = Math.min(lo[k], v);
                hi[k] = Math.max(hi[k], v);
            }
        }
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < objectives.length; r++) {
            if (!eligible[r]) continue;
            double worst = Double.POSITIVE_INFINITY;
            for (int k = 0; k < m; k++) worst = Math.min(worst, score(objectives[r][k], k, senses, lo, hi, reference));
            if (worst > top) {
                top = worst;
                best = r;
            }
        }
        return best;
    }

    /** One objective's score, higher is better: relative improvement over the reference, or 0..1 over the range. */
    static double score(double value, int k, Sense[] senses, double[] lo, double[] hi, double[] reference) {
        double v = senses[k].toMinimization(value);
        if (reference != null) { // an objective without a usable reference value does not constrain the pick
            if (Double.isNaN(reference[k]) || reference[k] == 0) return Double.POSITIVE_INFINITY;
            return (senses[k].toMinimization(reference[k]) - v) / Math.abs(reference[k]);
        }
        double range = hi[k] - lo[k];
        return range > 0 ? (hi[k] - v) / range : 1;
    }

    /** As {@link #index(double[][], Sense[], boolean[], double[])} with every row eligible. */
    public static int index(double[][] objectives, Sense[] senses, double[] reference) {
        boolean[] all = new boolean[objectives.length];
        java.util.Arrays.fill(all, true);
        return index(objectives, senses, all, reference);
    }

    /**
     * The reference values of {@code objectives} from a problem's {@code objectiveReferences} (NaN where an objective
     * has none), or null when it has none at all (then the pick scales by the range).
     */
    public static double[] reference(java.util.List<Objective> objectives, java.util.Map<String, Double> references) {
        if (references == null || references.isEmpty()) return null;
        double[] out = new double[objectives.size()];
        for (int k = 0; k < out.length; k++) out[k] = references.getOrDefault(objectives.get(k).name(), Double.NaN);
        return out;
    }
}
